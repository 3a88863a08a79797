import {fr} from '@titraille/rules'
import {heading, paragraph} from './nodes.js'
import {fillTemplate, fillVariants} from './template.js'
import type {Addition, ExpandContext} from './types.js'

/** « Ce qu’ils ont dit » (« La parole à X » over one speaker): the article's quotations with their speakers, each in a new sentence. */
export function quotes(ctx: ExpandContext): Addition | undefined {
  const {material, picker} = ctx
  if (material.quotes.length === 0 || !material.focus) return undefined
  const draft = ctx.draft()
  const from = new Set<number>()
  const templates: string[] = []
  const lines: string[] = []
  const voices = new Set<string>()
  for (const quote of material.quotes.slice(0, 5)) {
    const slots = {speaker: quote.speaker, quote: quote.text}
    const template = picker.pick(fr.QUOTE_LINES, (t) => draft.accept(fillVariants(t.text, slots)))
    if (!template) continue
    templates.push(template.id)
    lines.push(draft.sentences[draft.sentences.length - 1]!)
    voices.add(quote.speaker)
    for (const id of quote.from) from.add(id)
  }
  if (lines.length === 0) return undefined
  // The intro, chosen once the lines are known: several people, one person several times, or one line.
  const pool = voices.size >= 2 ? fr.QUOTES_INTRO : lines.length >= 2 ? fr.QUOTES_INTRO_SPEAKER : fr.QUOTES_INTRO_ONE
  const introSlots = {focus: material.focus.text, speaker: [...voices][0]}
  const intro = picker.pick(pool, (t) => draft.accept(fillVariants(t.text, introSlots)))
  if (!intro) return undefined
  const introText = draft.sentences[draft.sentences.length - 1]!
  templates.unshift(intro.id)
  const paragraphs = [...lines]
  // « Ces prises de parole … » speaks of several.
  const outro = lines.length < 2 ? undefined : picker.pick(fr.QUOTES_OUTRO, (t) => draft.accept(fillVariants(t.text, {focus: material.focus!.text})))
  if (outro) {
    templates.push(outro.id)
    paragraphs.push(draft.sentences[draft.sentences.length - 1]!)
  }
  const generated = {by: 'expand:quotes', from: [...from].sort((a, b) => a - b), template: templates.join(' ')}
  // « Ce qu’ils ont dit » speaks of several: one speaker gets « La parole à Zlatko Zeljko ».
  const title = voices.size === 1 ? fillTemplate(fr.EXPAND_HEADINGS.quotesOne, {speaker: [...voices][0]!}) : fr.EXPAND_HEADINGS.quotes
  return {
    by: 'quotes',
    placement: {kind: 'end'},
    nodes: [heading(title, 2, generated), paragraph(introText, generated), ...paragraphs.map((text) => paragraph(text, generated))],
    words: draft.words + title.split(/\s+/u).length,
    from: generated.from,
    templates,
    sentences: [introText, ...paragraphs]
  }
}
