import {fr} from '@titraille/rules'
import {nounPhrase, overlaps, proseSentences} from './material.js'
import {heading, paragraph} from './nodes.js'
import {fillVariants} from './template.js'
import type {Addition, ExpandContext} from './types.js'
import {withoutArticle} from './french.js'

/** Phrases named per step: more reads as a list, not a sentence. */
const MAX_PER_STEP = 3
/** How many steps may name the same phrase. */
const MAX_MENTIONS = 2

/**
 * « Le fil de l’article »: the article walked through in its own order, one
 * sentence per sentence of it that carries two keyphrases, or one of several
 * words (`Il est d’abord question du revirement de jurisprudence. … Dernier
 * point abordé : la Loi fondamentale, le régime nazi et la population.`).
 * The only claims are what the article mentions and in which order, both
 * true by construction; the phrases are the article's own, with its
 * determiners.
 */
export function guide(ctx: ExpandContext): Addition | undefined {
  const {analysis, material, picker} = ctx
  if (!material.focus) return undefined
  const sentences = proseSentences(analysis).filter((sentence) => analysis.blocks[sentence.block]?.type !== 'listItem')
  // A phrase reads alone with the article's determiner, or as a name the analysis knows (`Élisabeth
  // Bonnet`); a bare capitalised word (`Prévu`) is a tagging accident, a bare acronym (`IV`, `ISS`) a piece of a name.
  // A place goes with its article (`la Floride`): without one, it is left out.
  const names = new Set(analysis.entities.filter((entity) => entity.kind === 'person' || entity.kind === 'organization' || (entity.kind === 'other' && /\s/u.test(entity.text))).map((entity) => entity.text))
  const people = new Set(analysis.entities.filter((entity) => (entity.kind === 'person' || entity.kind === 'organization') && /\s/u.test(entity.text)).map((entity) => entity.text))
  const readsAlone = (text: string) => /^(?:le|la|les|l’) /u.test(text) || (names.has(text) && !/^[\p{Lu}\d]+$/u.test(text))
  const mentions = new Map<string, number>()
  const steps: {phrases: string[]; from: number}[] = []
  for (const sentence of sentences) {
    const found: {text: string; at: number; end: number}[] = []
    for (const keyphrase of analysis.keyphrases) {
      if (/\d/u.test(keyphrase.text) || !keyphrase.occurrences.includes(sentence.id)) continue
      // A person or organisation the analysis knows is a name wherever it stands, even when its first
      // word is also a common noun (`Marc Guillemot`, after `Dans l’après-midi,`).
      const written = nounPhrase(keyphrase.text, [sentence]) ?? (people.has(keyphrase.text) && sentence.text.includes(keyphrase.text) ? {text: keyphrase.text} : undefined)
      // A word of a longer actor's name the sentence gives whole is that actor (`la Défense` of `le
      // ministre de la Défense`).
      const actor = written && material.actors.find((candidate) => candidate.name.length > written.text.length && candidate.name.endsWith(withoutArticle(written.text)) && sentence.text.toLowerCase().includes(withoutArticle(candidate.name).toLowerCase()))
      const phrase = actor ? {text: actor.name} : written
      if (!phrase || !readsAlone(phrase.text) || (mentions.get(phrase.text) ?? 0) >= MAX_MENTIONS) continue
      if (found.some((other) => overlaps(other.text, phrase.text))) continue
      const bare = withoutArticle(phrase.text).toLowerCase()
      const at = sentence.text.toLowerCase().indexOf(bare)
      if (at < 0) continue
      // Two phrases sharing words of the sentence are one (`le chef de la direction`, `la direction de l’aviation`).
      if (found.some((other) => at < other.end && other.at < at + bare.length)) continue
      found.push({text: phrase.text, at, end: at + bare.length})
    }
    // One phrase alone makes a step only when it says something (`le revirement de jurisprudence`, not `l’occasion`).
    if (found.length === 0 || (found.length === 1 && withoutArticle(found[0]!.text).split(/\s+/u).length < 2)) continue
    const phrases = found
      .sort((a, b) => a.at - b.at)
      .slice(0, MAX_PER_STEP)
      .map((phrase) => phrase.text)
    // Two steps in a row that name the same things say nothing new.
    const last = steps[steps.length - 1]
    if (last && phrases.every((phrase) => last.phrases.includes(phrase))) continue
    for (const phrase of phrases) mentions.set(phrase, (mentions.get(phrase) ?? 0) + 1)
    steps.push({phrases, from: sentence.id})
  }
  if (steps.length < 2) return undefined
  const draft = ctx.draft()
  const intro = picker.pick(fr.GUIDE_INTRO, (t) => draft.accept(fillVariants(t.text, {focus: material.focus!.text})))
  if (!intro) return undefined
  const templates = [intro.id]
  const from = new Set<number>()
  const title = fr.EXPAND_HEADINGS.guide
  const titleWords = title.split(/\s+/u).length
  for (const [i, step] of steps.entries()) {
    if (draft.words + titleWords >= ctx.need + 15) break
    const pool = i === 0 ? fr.GUIDE_FIRST : i === steps.length - 1 ? fr.GUIDE_LAST : fr.GUIDE_NEXT
    const template = picker.pick(pool, (t) => draft.accept(fillVariants(t.text, {items: step.phrases})))
    if (!template) continue
    templates.push(template.id)
    from.add(step.from)
  }
  if (templates.length < 3) return undefined
  const outro = picker.pick(fr.GUIDE_OUTRO, (t) => draft.accept(fillVariants(t.text, {focus: material.focus!.text})))
  if (outro) templates.push(outro.id)
  const body = outro ? draft.sentences.slice(1, -1) : draft.sentences.slice(1)
  const generated = {by: 'expand:guide', from: [...from].sort((a, b) => a - b), template: templates.join(' ')}
  return {
    by: 'guide',
    placement: {kind: 'end'},
    nodes: [heading(title, 2, generated), paragraph(draft.sentences[0]!, generated), paragraph(body.join(' '), generated), ...(outro ? [paragraph(draft.sentences[draft.sentences.length - 1]!, generated)] : [])],
    words: draft.words + titleWords,
    from: generated.from,
    templates,
    sentences: [...draft.sentences]
  }
}
