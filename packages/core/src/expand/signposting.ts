import type {Heading} from 'mdast'
import {fr} from '@titraille/rules'
import {nounPhrase, overlaps, proseSentences, type Phrase} from './material.js'
import {paragraph} from './nodes.js'
import {canFill, fillVariants} from './template.js'
import type {Addition, ExpandContext} from './types.js'

/**
 * Signposting: a sentence opening each section that announces what it
 * covers, built from the keyphrases that occur in the section.
 */
export function signposting(ctx: ExpandContext): Addition | undefined {
  const {analysis, tree, picker} = ctx
  const sentences = proseSentences(analysis)
  const blockOf = new Map(analysis.blocks.map((block) => [block.node, block]))
  const sections: {heading: Heading; sentenceIds: Set<number>}[] = []
  let current: {heading: Heading; sentenceIds: Set<number>} | undefined
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth >= 2) {
      current = node.data?.generated?.by.startsWith('expand:') ? undefined : {heading: node, sentenceIds: new Set()}
      if (current) sections.push(current)
      continue
    }
    if (node.type === 'heading') current = undefined
    const block = blockOf.get(node)
    if (current && block) for (const id of block.sentences) current.sentenceIds.add(id)
  }
  const additions: Addition[] = []
  // Each section announces what is its own: not the focus, not what an earlier section announced.
  const announced: string[] = ctx.material.focus ? [ctx.material.focus.text] : []
  for (const section of sections) {
    if (section.sentenceIds.size === 0) continue
    const own = sentences.filter((sentence) => section.sentenceIds.has(sentence.id))
    const topics: Phrase[] = []
    for (const keyphrase of analysis.keyphrases) {
      if (topics.length >= 2) break
      if (/\d/u.test(keyphrase.text) || !keyphrase.occurrences.some((id) => section.sentenceIds.has(id))) continue
      const phrase = nounPhrase(keyphrase.text, own)
      if (!phrase || topics.some((topic) => overlaps(topic.text, phrase.text)) || announced.some((text) => overlaps(text, phrase.text))) continue
      topics.push(phrase)
    }
    if (topics.length < 2) continue
    announced.push(...topics.map((topic) => topic.text))
    const slots = {topic: topics[0]!.text, topic2: topics[1]!.text}
    const draft = ctx.draft()
    const template = picker.pick(fr.SIGNPOSTS, (t) => canFill(t.text, slots) && draft.accept(fillVariants(t.text, slots)))
    if (!template) continue
    const from = [...new Set(topics.flatMap((topic) => topic.from))].sort((a, b) => a - b)
    const generated = {by: 'expand:signposting', from, template: template.id}
    additions.push({
      by: 'signposting',
      placement: {kind: 'after', node: section.heading},
      nodes: [paragraph(draft.sentences[0]!, generated)],
      words: draft.words,
      from,
      templates: [template.id],
      sentences: [...draft.sentences]
    })
  }
  if (additions.length === 0) return undefined
  const [first, ...rest] = additions
  return {
    ...first!,
    words: additions.reduce((sum, a) => sum + a.words, 0),
    templates: additions.flatMap((a) => a.templates),
    from: [...new Set(additions.flatMap((a) => a.from))].sort((a, b) => a - b),
    sentences: additions.flatMap((a) => a.sentences),
    more: rest
  }
}
