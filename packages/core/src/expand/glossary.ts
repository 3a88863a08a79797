import {fr} from '@titraille/rules'
import {capitalizeFirst, withoutArticle} from './french.js'
import {heading, list, paragraph, strongThen} from './nodes.js'
import {contextsOf} from './points.js'
import {fillTemplate, fillVariants} from './template.js'
import type {Addition, ExpandContext} from './types.js'

/**
 * « Les mots-clés »: each keyphrase (and place) with how many sentences use
 * it and the noun phrases of the article it occurs in.
 */
export function glossary(ctx: ExpandContext): Addition | undefined {
  const {material, picker, analysis} = ctx
  if (!material.focus) return undefined
  // Names come last, those « Les acteurs » gives no role: the phrases around them say who they are.
  const names = material.actors.filter((actor) => !actor.role).map((actor) => ({text: actor.name, from: actor.from}))
  const terms = [material.focus, ...material.topics, ...material.places, ...names]
  const draft = ctx.draft()
  const intro = picker.pick(fr.GLOSSARY_INTRO, (t) => draft.accept(fillVariants(t.text, {focus: material.focus!.text})))
  if (!intro) return undefined
  const title = fr.EXPAND_HEADINGS.glossary
  const items = []
  const entries: string[] = []
  const quoted = new Set<string>()
  const from = new Set<number>()
  // Each link phrase serves once: the list never repeats a frame.
  const firstLink = ctx.seed % fr.GLOSSARY_LINKS.length
  let link = firstLink
  const linksLeft = () => fr.GLOSSARY_LINKS.length - (link - firstLink)
  const nextLink = () => fr.GLOSSARY_LINKS[link++ % fr.GLOSSARY_LINKS.length]!
  for (const term of terms) {
    if (draft.words >= ctx.need + 20) break
    // A phrase an earlier entry quoted is not quoted again (`le résultat de cette élection`).
    const contexts = contextsOf(analysis, term.text).filter((context) => !quoted.has(context.text))
    if (contexts.length === 0) continue
    // A piece of a longer name an earlier entry gave (`Artificial Intelligence` after `Allen Institute`).
    if (/^\p{Lu}/u.test(term.text) && entries.some((entry) => /^\p{Lu}/u.test(entry) && contexts[0]!.text.includes(entry))) continue
    const count = occurrencesIn(material.input, withoutArticle(term.text))
    const countText = count > 10 ? fr.GLOSSARY_MANY : fr.GLOSSARY_COUNTS[count]
    if (!countText) continue
    if (linksLeft() === 0) break
    const mark = link
    const parts = [countText, fillTemplate(nextLink(), {context: contexts[0]!.text})]
    if (contexts.length >= 2 && linksLeft() > 0) parts.push(`puis ${lowerFirst(fillTemplate(nextLink(), {context: contexts[1]!.text}))}`)
    const name = capitalizeFirst(withoutArticle(term.text))
    // fillTemplate capitalises; the parts continue the entry, so they start lower-case.
    const rest = ` : ${parts.map((part, i) => (i === 0 ? part : lowerFirst(part))).join(', ')}.`
    if (!draft.accept(`${name}${rest}`)) {
      link = mark
      continue
    }
    items.push(strongThen(name, rest.replace(' :', '\u00a0:')))
    entries.push(withoutArticle(term.text))
    for (const context of contexts.slice(0, 2)) {
      quoted.add(context.text)
      ctx.restated.add(context.text)
    }
    for (const c of contexts.slice(0, 2)) from.add(c.from)
  }
  if (items.length < 2) return undefined
  const outro = picker.pick(fr.GLOSSARY_OUTRO, (t) => draft.accept(fillVariants(t.text, {focus: material.focus!.text})))
  const templates = outro ? [intro.id, outro.id] : [intro.id]
  const generated = {by: 'expand:glossary', from: [...from].sort((a, b) => a - b), template: templates.join(' ')}
  return {
    by: 'glossary',
    placement: {kind: 'end'},
    nodes: [heading(title, 2, generated), paragraph(draft.sentences[0]!, generated), list(items, generated), ...(outro ? [paragraph(draft.sentences[draft.sentences.length - 1]!, generated)] : [])],
    words: draft.words + title.split(/\s+/u).length,
    from: generated.from,
    templates,
    sentences: [...draft.sentences]
  }
}

function lowerFirst(text: string): string {
  return text.slice(0, 1).toLowerCase() + text.slice(1)
}

/** How many times `term` occurs in `text` as whole words, ignoring case (what the entry claims). */
export function occurrencesIn(text: string, term: string): number {
  const haystack = text.toLowerCase()
  const needle = term.toLowerCase()
  if (needle === '') return 0
  const isLetter = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char)
  let count = 0
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
    if (!isLetter(haystack[at - 1]) && !isLetter(haystack[at + needle.length])) count++
  }
  return count
}
