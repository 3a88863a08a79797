import {fr} from '@titraille/rules'
import {capitalizeFirst, frenchSpacing} from './french.js'
import {listSection, strongThen} from './nodes.js'
import {pointsOf} from './points.js'
import {fillVariants} from './template.js'
import type {Addition, ExpandContext} from './types.js'

/**
 * « Les points clés »: the article's clauses reduced to who and what
 * (`**La Cour constitutionnelle** : a procédé … à un revirement de
 * jurisprudence.`), in the order of the text, one per clause.
 */
export function keyPoints(ctx: ExpandContext): Addition | undefined {
  const {material, picker, analysis} = ctx
  if (!material.focus) return undefined
  const points = pointsOf(analysis)
  if (points.length < 2) return undefined
  const draft = ctx.draft()
  const slots = {focus: material.focus.text}
  const intro = picker.pick(fr.KEY_POINTS_INTRO, (t) => draft.accept(fillVariants(t.text, slots)))
  if (!intro) return undefined
  const title = fr.EXPAND_HEADINGS.keyPoints
  const items = []
  const restated: string[] = []
  const from = new Set<number>()
  let last: {subject: string; predicates: string[]; accepted: boolean} | undefined
  for (const point of points) {
    if (draft.words + 2 >= ctx.need + 20) break
    if (ctx.told(point.predicate)) continue
    // A label is a name or a short noun phrase: a long subject restates half the sentence, and a
    // negative one (`Aucune intervention … : n’était autorisée`) reads as its opposite.
    if (point.subject.split(' ').length > MAX_SUBJECT_WORDS || /^(?:aucun|aucune|nul|nulle)\s/iu.test(point.subject)) continue
    const subject = capitalizeFirst(point.subject)
    // Two facts in a row about the same subject make one item: `**X** : a fait ceci ; annonce cela.`
    if (last?.accepted && last.subject === subject && last.predicates.length < 3) {
      const predicates = [...last.predicates, point.predicate]
      const rest = frenchSpacing(` : ${predicates.join(' ; ')}.`)
      draft.undo()
      if (draft.accept(`${subject}${rest}`)) {
        items[items.length - 1] = strongThen(subject, rest)
        last.predicates = predicates
        restated.push(point.predicate)
        from.add(point.from)
        continue
      }
      draft.accept(`${subject}${frenchSpacing(` : ${last.predicates.join(' ; ')}.`)}`)
      continue
    }
    // The whole predicate, or, when it repeats too much of the article, its core (`a confirmé ces
    // incidents` for `a confirmé ces incidents à Ajdabiya et un autre à Jalo …`).
    const short = corePredicate(point.predicate)
    const predicate = [point.predicate, ...(short ? [short] : [])].find((candidate) => draft.accept(`${subject}${frenchSpacing(` : ${candidate}.`)}`))
    if (!predicate) continue
    const rest = frenchSpacing(` : ${predicate}.`)
    items.push(strongThen(subject, rest))
    last = {subject, predicates: [predicate], accepted: true}
    // The whole clause counts as told, so that no later section restates the rest of it.
    restated.push(predicate, point.predicate)
    from.add(point.from)
  }
  if (items.length < 2) return undefined
  for (const predicate of restated) ctx.restated.add(predicate)
  const outro = picker.pick(fr.KEY_POINTS_OUTRO, (t) => draft.accept(fillVariants(t.text, slots)))
  const templates = outro ? [intro.id, outro.id] : [intro.id]
  return listSection({by: 'keypoints', title, draft, items, from, templates, outro: outro !== undefined})
}

/** Longest subject a point is labelled with. */
const MAX_SUBJECT_WORDS = 7

/** Words that open an adjunct after the verb and its object: where a predicate can stop (not `en`, which ends locutions: `mis en service`). */
const ADJUNCT_OPENERS: ReadonlySet<string> = new Set(['pour', 'par', 'après', 'avant', 'dans', 'depuis', 'selon', 'lors', 'afin', 'avec', 'sans', 'sur', 'à', 'au', 'aux', 'contre', 'malgré', 'entre', 'vers', 'alors', 'car', 'mais', 'et', 'puis'])

/**
 * The verb and what follows it up to its first adjunct (`s’adresse à la foule` for `s’adresse à la
 * foule pour démonter la stratégie Romney`), at least four words (`ont été obtenus` says nothing)
 * and two fewer than the whole; or `undefined` when the predicate has no such core.
 */
export function corePredicate(predicate: string): string | undefined {
  const words = predicate.split(' ')
  for (let i = 4; i <= words.length - 2; i++) {
    if (!ADJUNCT_OPENERS.has(words[i]!.toLowerCase())) continue
    const core = words.slice(0, i)
    // Not on a word that needs what follows (`a été mis en`, `des`, `l’`).
    const end = core[core.length - 1]!.toLowerCase()
    if (/[’']$/u.test(end) || ['de', 'du', 'des', 'le', 'la', 'les', 'un', 'une', 'se', 'ne', 'pas', 'plus', 'très', 'été', 'est', 'a', 'ont', 'sont'].includes(end)) return undefined
    // Nor on an adverb, nor on a participle that governs the `à` after it (`est destiné uniquement
    // à la mise en orbite`, `est autorisée à intervenir`).
    const verbal = core.filter((word) => !/ment$/u.test(word)).pop() ?? ''
    if (/ment$/u.test(end) || (/^(?:à|au|aux)$/u.test(words[i]!.toLowerCase()) && /(?:é|ée|és|ées)$/u.test(verbal.toLowerCase()))) return undefined
    return core.join(' ')
  }
  return undefined
}
