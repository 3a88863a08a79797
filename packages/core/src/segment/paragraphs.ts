import type {Nodes, Paragraph, PhrasingContent, Root} from 'mdast'
import type {Point} from 'unist'
import {location} from 'vfile-location'
import {blockText} from '../nlp/analyze.js'
import {splitSentences} from '../nlp/sentences.js'
import type {Analysis, Block} from '../nlp/types.js'
import {countWords} from '../nlp/words.js'
import {cohesionCurve} from './cohesion.js'
import {contentStems} from './content.js'

/** Options of {@link reparagraph}. */
export interface ReparagraphOptions {
  /**
   * A top-level paragraph with more words than this is split at sentence boundaries.
   * @default 150
   */
  maxParagraphWords?: number | null | undefined
  /**
   * Fewest words of a paragraph made by a split.
   * @default 40
   */
  minParagraphWords?: number | null | undefined
  /**
   * The text the tree's positions point into: when given, new paragraphs get exact positions.
   */
  source?: string | null | undefined
}

interface Gap {
  /** Index of the first sentence after the gap. */
  sentence: number
  /** Where the paragraph's children are cut. */
  child: number
  /** Offset inside `child` when it is a text node cut in two, else -1. */
  inside: number
}

/** Result of {@link reparagraph}. */
export interface Reparagraphed<A extends Pick<Analysis, 'blocks' | 'sentences' | 'words'>> {
  /** The analysis of the new tree: same sentences (ids, texts, tokens), blocks renumbered. */
  analysis: A
  /** Paragraphs added. */
  added: number
}

/**
 * Split every top-level paragraph longer than `maxParagraphWords` at sentence
 * boundaries, each time where lexical cohesion between the sentences on
 * either side is lowest, until the pieces are short enough. A text that is
 * one long block comes out paragraphed. Only cuts that keep every sentence
 * whole are made, so the analysis' sentences keep their ids. Changes `tree`
 * in place and returns the analysis of the new tree (not re-tokenised: the
 * sentences are moved to their new blocks).
 */
export function reparagraph<A extends Pick<Analysis, 'blocks' | 'sentences' | 'words'>>(tree: Root, analysis: A, options?: Readonly<ReparagraphOptions> | null): Reparagraphed<A> {
  const maxWords = options?.maxParagraphWords ?? 150
  const minWords = options?.minParagraphWords ?? 40
  const byNode = new Map(analysis.blocks.map((block) => [block.node, block]))
  const source = options?.source ?? undefined
  // Built on first use: an index of line starts, so every new position costs O(log n).
  let place: ReturnType<typeof location> | undefined
  const toPoint = source === undefined ? undefined : (offset: number) => (place ??= location(source)).toPoint(offset)
  const pieces = new Map<Nodes, Paragraph[]>()
  const children: Root['children'] = []
  for (const node of tree.children) {
    const block = node.type === 'paragraph' ? byNode.get(node) : undefined
    if (!block || node.type !== 'paragraph' || block.words <= maxWords || block.sentences.length < 2) {
      children.push(node)
      continue
    }
    const sentences = block.sentences.map((id) => analysis.sentences[id]!)
    const split = splitParagraph(node, sentences, {maxWords, minWords, source, toPoint})
    if (split.length > 1) pieces.set(node, split)
    children.push(...split)
  }
  if (pieces.size === 0) return {analysis, added: 0}
  tree.children = children
  let added = 0
  for (const list of pieces.values()) added += list.length - 1
  return {analysis: moveSentences(analysis, pieces), added}
}

/** The analysis after paragraphs were split into `pieces`: blocks renumbered, sentences re-homed. */
function moveSentences<A extends Pick<Analysis, 'blocks' | 'sentences' | 'words'>>(analysis: A, pieces: Map<Nodes, Paragraph[]>): A {
  const blocks: Block[] = []
  const sentences = analysis.sentences.slice()
  for (const block of analysis.blocks) {
    const split = pieces.get(block.node)
    if (!split) {
      const id = blocks.length
      blocks.push({...block, id})
      if (id !== block.id) for (const s of block.sentences) sentences[s] = {...sentences[s]!, block: id}
      continue
    }
    let next = 0
    for (const piece of split) {
      const text = blockText(piece)
      const spans = splitSentences(text)
      const id = blocks.length
      const ids: number[] = []
      for (const span of spans) {
        const sentence = analysis.sentences[block.sentences[next++]!]!
        // Sentence and token offsets are relative to the block's text: shift them to the piece's.
        const shift = span.start - sentence.start
        ids.push(sentence.id)
        sentences[sentence.id] = {
          ...sentence,
          block: id,
          start: sentence.start + shift,
          end: sentence.end + shift,
          tokens: sentence.tokens.map((token) => ({...token, start: token.start + shift, end: token.end + shift}))
        }
      }
      blocks.push({id, type: 'paragraph', depth: undefined, node: piece, text, sentences: ids, words: countWords(text)})
    }
  }
  return {...analysis, blocks, sentences}
}

interface SentenceLike {
  start: number
  end: number
  text: string
  words: number
  tokens: Parameters<typeof contentStems>[0]
}

function splitParagraph(node: Paragraph, sentences: readonly SentenceLike[], limits: {maxWords: number; minWords: number; source: string | undefined; toPoint: ((offset: number) => Point | undefined) | undefined}): Paragraph[] {
  const stems = sentences.map((sentence) => contentStems(sentence.tokens))
  const cohesion = cohesionCurve(stems, {window: 2})
  const gaps = new Map<number, Gap>()
  const offsets = childOffsets(node)
  for (let s = 1; s < sentences.length; s++) {
    const gap = locate(node, offsets, sentences[s]!.start, s)
    if (gap) gaps.set(s, gap)
  }
  // Recursive bisection of the sentence range [from, to).
  const cuts: number[] = []
  const bisect = (from: number, to: number) => {
    let total = 0
    for (let s = from; s < to; s++) total += sentences[s]!.words
    if (total <= limits.maxWords) return
    let best = -1
    let bestScore = Number.POSITIVE_INFINITY
    let left = 0
    for (let s = from + 1; s < to; s++) {
      left += sentences[s - 1]!.words
      const right = total - left
      if (left < limits.minWords || right < limits.minWords || !gaps.has(s)) continue
      // Lowest cohesion first; among equals, the most even split.
      const score = cohesion[s - 1]! + Math.abs(left - right) / (total * 1000)
      if (score < bestScore) {
        bestScore = score
        best = s
      }
    }
    if (best < 0) return
    bisect(from, best)
    cuts.push(best)
    bisect(best, to)
  }
  bisect(0, sentences.length)
  if (cuts.length === 0) return [node]
  cuts.sort((a, b) => a - b)
  const pieces = cutAll(node, cuts.map((c) => gaps.get(c)!), limits)
  // Each piece must re-split into exactly its own sentences, or the sentence ids would shift.
  const bounds = [0, ...cuts, sentences.length]
  const whole = pieces.every((piece, i) => {
    const text = blockText(piece)
    const found = splitSentences(text).map((span) => text.slice(span.start, span.end))
    const expected = sentences.slice(bounds[i], bounds[i + 1]).map((sentence) => sentence.text)
    return found.length === expected.length && found.every((t, k) => t === expected[k])
  })
  return whole ? pieces : [node]
}

/** Offset of each child's text in the paragraph's block text, and the total length last. */
function childOffsets(node: Paragraph): number[] {
  const offsets = [0]
  for (const child of node.children) offsets.push(offsets[offsets.length - 1]! + blockText(child).length)
  return offsets
}

/** Where to cut a paragraph's children so that the second part starts at `offset` of its block text. */
function locate(node: Paragraph, offsets: readonly number[], offset: number, sentence: number): Gap | undefined {
  // Binary search for the last child starting at or before `offset`.
  let low = 0
  let high = node.children.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (offsets[middle]! <= offset) low = middle
    else high = middle - 1
  }
  // Several children may start at the same offset (empty ones): cut before the first of them.
  let c = low
  while (c > 0 && offsets[c - 1] === offset) c--
  if (offsets[c] === offset) return c > 0 ? {sentence, child: c, inside: -1} : undefined
  return node.children[c]!.type === 'text' ? {sentence, child: c, inside: offset - offsets[c]!} : undefined
}

type Text = Extract<PhrasingContent, {type: 'text'}>
interface Where {
  source: string | undefined
  toPoint: ((offset: number) => Point | undefined) | undefined
}

/** Cut a paragraph at gaps (in order), in one pass; white space and line breaks at the cuts are dropped. */
function cutAll(node: Paragraph, gaps: readonly Gap[], where: Where): Paragraph[] {
  const groups: PhrasingContent[][] = [[]]
  let g = 0
  node.children.forEach((child, c) => {
    while (g < gaps.length && gaps[g]!.child === c && gaps[g]!.inside < 0) {
      groups.push([])
      g++
    }
    if (g < gaps.length && gaps[g]!.child === c && child.type === 'text') {
      let from = 0
      const base = verbatimStart(child, where.source)
      while (g < gaps.length && gaps[g]!.child === c) {
        const at = gaps[g]!.inside
        groups[groups.length - 1]!.push(textPiece(child, from, at, base, where.toPoint))
        groups.push([])
        from = at
        g++
      }
      groups[groups.length - 1]!.push(textPiece(child, from, child.value.length, base, where.toPoint))
    } else {
      groups[groups.length - 1]!.push(child)
    }
  })
  return groups.map((children, index) => {
    trimEdge(children, 'start', where)
    trimEdge(children, 'end', where)
    const paragraph: Paragraph = {type: 'paragraph', children}
    const start = index === 0 ? node.position?.start : children[0]?.position?.start
    const end = index === groups.length - 1 ? node.position?.end : children[children.length - 1]?.position?.end
    if (start && end) paragraph.position = {start, end}
    return paragraph
  })
}

/**
 * Offset in `source` where the text node's value starts when the node's
 * source is its value verbatim (no escapes or entities), else undefined.
 */
function verbatimStart(node: Text, source: string | undefined): number | undefined {
  const base = node.position?.start.offset
  if (base === undefined || source === undefined || node.position?.end.offset !== base + node.value.length) return undefined
  return source.startsWith(node.value, base) ? base : undefined
}

/** The text of `node` between `from` and `to`, trimmed where it was cut, with its position when it can be exact. */
function textPiece(node: Text, from: number, to: number, base: number | undefined, toPoint: Where['toPoint']): Text {
  const raw = node.value.slice(from, to)
  const lead = from > 0 ? raw.length - raw.trimStart().length : 0
  const value = to < node.value.length ? raw.slice(lead).trimEnd() : raw.slice(lead)
  const piece: Text = {type: 'text', value}
  if (base !== undefined && toPoint) {
    const start = toPoint(base + from + lead)
    const end = toPoint(base + from + lead + value.length)
    if (start && end) piece.position = {start, end}
  }
  return piece
}

/** Drop white space, line breaks and emptied text at one edge of a piece. */
function trimEdge(children: PhrasingContent[], edge: 'start' | 'end', where: Where): void {
  const index = () => (edge === 'start' ? 0 : children.length - 1)
  for (;;) {
    const node = children[index()]
    if (node === undefined) return
    if (node.type === 'break' || (node.type === 'text' && node.value.trim() === '')) {
      children.splice(index(), 1)
      continue
    }
    if (node.type !== 'text') return
    const value = edge === 'start' ? node.value.trimStart() : node.value.trimEnd()
    if (value === node.value) return
    // A copy: the original paragraph stays intact if the split is given up.
    const from = edge === 'start' ? node.value.length - value.length : 0
    children[index()] = textPiece(node, from, from + value.length, verbatimStart(node, where.source), where.toPoint)
    return
  }
}
