import type {Paragraph, Text} from 'mdast'
import {fr} from '@titraille/rules'
import type {Sentence} from '../nlp/types.js'
import {capitalizeFirst, lowercaseFirst} from './french.js'
import {isFirstName} from '../nlp/entities.js'
import {quotedSentences} from './material.js'
import type {Addition, ExpandContext} from './types.js'

const OPENERS = new Set(fr.SENTENCE_OPENERS)
const BLOCKERS = new Set(fr.TRANSITION_BLOCKERS)
/** Transitions the audit counts: a sentence opening on one already has its connector. */
const AUDIT_TRANSITIONS: readonly string[] = [...fr.TRANSITION_WORDS, ...fr.TRANSITION_PHRASES, ...fr.TWO_PART_TRANSITIONS.map((pair) => pair[0])]

function opensOnTransition(text: string): boolean {
  const lower = text.toLowerCase().replace(/'/gu, '’')
  return AUDIT_TRANSITIONS.some((transition) => lower.startsWith(transition) && !/^[\p{L}\p{N}]/u.test(lower.slice(transition.length)))
}

/** A place where a connector can open a sentence. */
interface Site {
  node: Paragraph
  text: Text
  /** Offset of the sentence in the text node. */
  offset: number
  sentence: Sentence
}

function firstWord(text: string): string {
  return /^[\p{L}’']+/u.exec(text)?.[0]?.toLowerCase().replace(/'/gu, '’') ?? ''
}

/**
 * Transitions: a connector at the start of section openers and of a sentence
 * inside other paragraphs (`Par ailleurs, …`), chosen by relation (addition
 * between paragraphs, `enfin` before the last one), never twice the same,
 * only from the openers the audit counts.
 */
export function transitions(ctx: ExpandContext): Addition | undefined {
  const {analysis, tree} = ctx
  const blockOf = new Map(analysis.blocks.map((block) => [block.node, block]))
  const quoted = quotedSentences(analysis)
  const sites: {site: Site; last: boolean}[] = []
  let seenProse = false
  let paragraphIndex = 0
  const paragraphs = tree.children.filter((node): node is Paragraph => node.type === 'paragraph' && !node.data?.generated)
  for (const node of paragraphs) {
    const block = blockOf.get(node)
    if (!block) continue
    if (!seenProse) {
      seenProse = true
      continue
    }
    paragraphIndex++
    const first = node.children[0]
    if (!first || first.type !== 'text') continue
    const single = node.children.length === 1
    const sentences = block.sentences.map((id) => analysis.sentences[id]!).filter(Boolean)
    // Alternate: the paragraph's first sentence, or its second one when the paragraph is one text.
    const wantMiddle = paragraphIndex % 2 === 0 && single && sentences.length >= 2
    const sentence = wantMiddle ? sentences[1]! : sentences[0]
    // Never inside quoted speech: a connector there would put words in someone's mouth.
    if (!sentence || quoted.has(sentence.id)) continue
    const offset = wantMiddle ? sentence.start : 0
    if (wantMiddle && first.value.slice(offset, offset + sentence.text.length) !== sentence.text) continue
    const word = firstWord(first.value.slice(offset))
    if (!word || BLOCKERS.has(word) || OPENERS.has(word) || !/^\p{L}/u.test(first.value.slice(offset)) || opensOnTransition(first.value.slice(offset))) continue
    sites.push({site: {node, text: first, offset, sentence}, last: node === paragraphs[paragraphs.length - 1]})
  }
  if (sites.length === 0) return undefined
  const addition = (fr.TRANSITIONS_BY_RELATION.addition ?? []).filter((word) => OPENERS.has(word))
  const time = (fr.TRANSITIONS_BY_RELATION.time ?? []).filter((word) => OPENERS.has(word))
  const start = ctx.seed % Math.max(1, addition.length)
  const rotated = [...addition.slice(start), ...addition.slice(0, start)]
  const plan: {site: Site; opener: string}[] = []
  for (const {site, last} of sites) {
    const opener = last && time.length > 0 ? time[time.length - 1]! : rotated.shift()
    if (!opener) continue
    plan.push({site, opener})
  }
  if (plan.length === 0) return undefined
  const templates = plan.map((p) => `transition:${p.opener}`)
  const from = plan.map((p) => p.site.sentence.id)
  const words = plan.reduce((sum, p) => sum + p.opener.split(/\s+/u).length, 0)
  return {
    by: 'transitions',
    placement: {kind: 'inline'},
    nodes: [],
    words,
    from,
    templates,
    sentences: [],
    apply() {
      // A capital stays only on a name: a word the article also capitalises inside a sentence.
      const names = new Set<string>()
      for (const sentence of analysis.sentences) {
        sentence.tokens.forEach((token, index) => {
          if (index > 0 && /^\p{Lu}/u.test(token.text) && !/^[«“"(—–:.!?-]$/u.test(sentence.tokens[index - 1]!.text)) names.add(token.text)
        })
      }
      // Or on a first name, or a word the tagger reads as a name (`Bertrand de Broc, obligé de …`
      // opens a sentence and is named nowhere else).
      const keepsCapital = (text: string, first: Sentence['tokens'][number] | undefined) => {
        const word = /^[\p{L}’'-]+/u.exec(text)?.[0] ?? ''
        return names.has(word) || /^\p{Lu}{2,}/u.test(word) || isFirstName(word) || first?.pos === 'PROPN'
      }
      for (const {site, opener} of plan) {
        const {node, text, offset} = site
        const head = text.value.slice(0, offset)
        const tail = text.value.slice(offset)
        const lowered = keepsCapital(tail, site.sentence.tokens[0]) ? tail : lowercaseFirst(tail)
        const generated = {by: 'expand:transitions', from: [site.sentence.id], template: `transition:${opener}`}
        const added: Text = {type: 'text', value: `${capitalizeFirst(opener)}, `, data: {generated}}
        const index = node.children.indexOf(text)
        const replacement: Text[] = head === '' ? [added, {...text, value: lowered}] : [{...text, value: head}, added, {type: 'text', value: lowered}]
        node.children.splice(index, 1, ...replacement)
      }
    }
  }
}
