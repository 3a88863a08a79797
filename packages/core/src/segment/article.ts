import type {Nodes, Root, RootContent} from 'mdast'
import {collectBlocks} from '../nlp/analyze.js'
import type {Analysis} from '../nlp/types.js'
import {contentStems} from './content.js'
import {reparagraph, type ReparagraphOptions} from './paragraphs.js'
import {cohesionCurve, depthScores} from './cohesion.js'
import {segmentUnits} from './units.js'

/**
 * A section of an article: a run of top-level nodes (`tree.children`) that
 * the subheadings stage may open with a heading. Sections are in document
 * order and contiguous; together they cover every node after the article's
 * head (front matter, definitions and the H1 title before the first prose,
 * which belong to no section).
 */
export interface Segment {
  /** Index in `tree.children` of the section's first node. */
  start: number
  /** Index in `tree.children` just after its last node. */
  end: number
  /** Words of its prose (audit count, headings included). */
  words: number
  /** Ids of its blocks in `Analysis.blocks`, in order. */
  blocks: number[]
  /** Ids of its sentences in `Analysis.sentences`, in order. */
  sentences: number[]
  /**
   * The chapeau: the article's first paragraph, set apart as the first
   * section. It gets no subheading and may be shorter than `minWords`.
   */
  chapeau: boolean
  /**
   * The section starts with the author's own heading (`tree.children[start]`
   * is a heading): keep it, add none.
   */
  authorHeading: boolean
  /**
   * TextTiling depth score of the boundary that opens the section (how sharp
   * the topic shift is, ≥ 0, higher is sharper); 0 for the first section.
   */
  depth: number
}

/** Options of {@link segmentArticle}. */
export interface SegmentOptions extends ReparagraphOptions {
  /**
   * Fewest words of a section (the chapeau excepted): no subheading before a short run of text.
   * @default 80
   */
  minWords?: number | null | undefined
  /**
   * Most words of a section; longer author sections are split too.
   * @default 300
   */
  maxWords?: number | null | undefined
  /**
   * Preferred words of a section (a length prior added to the lexical cost; 0 for none).
   * @default 200
   */
  targetWords?: number | null | undefined
  /**
   * Spread of the length prior around `targetWords` (natural-log units).
   * @default 1.5
   */
  lengthSpread?: number | null | undefined
  /**
   * Paragraphs on each side of a gap compared by the cohesion curve.
   * @default 2
   */
  window?: number | null | undefined
  /**
   * Set the first paragraph apart as the chapeau (a section without a subheading).
   * @default true
   */
  chapeau?: boolean | null | undefined
  /**
   * Split paragraphs longer than `maxParagraphWords` before segmenting.
   * @default true
   */
  reparagraph?: boolean | null | undefined
  /**
   * Cost of one more section (1 is U00's `log n` prior): higher gives fewer sections.
   * @default 1
   */
  penalty?: number | null | undefined
}

/** Result of {@link segmentArticle}. */
export interface ArticleSegmentation {
  segments: Segment[]
  /** The analysis, recomputed when paragraphs were split (sentence ids unchanged). */
  analysis: Analysis
  /** Paragraphs added by re-paragraphing. */
  paragraphsAdded: number
}

const TARGET = 200

/** Top-level node types that are not prose an author writes sections of. */
const HEAD_TYPES = new Set(['yaml', 'toml', 'definition', 'html'])

/** A candidate position for a boundary: a paragraph and the nodes that hang on it. */
interface Unit {
  start: number
  end: number
  stems: string[]
  words: number
  blocks: number[]
  sentences: number[]
}

/**
 * Sections of an article by lexical cohesion. Paragraphs longer than
 * `maxParagraphWords` are first split (the tree changes in place and the
 * analysis is recomputed, keeping sentence ids). The author's headings are
 * kept as section starts, and only sections over `maxWords` are split. Other
 * boundaries fall between paragraphs where {@link segmentUnits} puts them,
 * with sections of `minWords`–`maxWords` words. Deterministic; linear in the
 * number of paragraphs.
 */
export function segmentArticle(tree: Root, analysis: Analysis, options?: Readonly<SegmentOptions> | null): ArticleSegmentation {
  const minWords = options?.minWords ?? 80
  const maxWords = options?.maxWords ?? 300
  let paragraphsAdded = 0
  if (options?.reparagraph ?? true) {
    const result = reparagraph(tree, analysis, options)
    analysis = result.analysis
    paragraphsAdded = result.added
  }

  const children = tree.children
  // The head: front matter and the title before the first prose.
  let first = 0
  let titled = false
  while (first < children.length) {
    const node = children[first]!
    const title: boolean = !titled && node.type === 'heading' && node.depth === 1
    if (!title && !HEAD_TYPES.has(node.type)) break
    titled ||= title
    first++
  }

  // Parts: runs of nodes opened by an author heading (part 0 may have none).
  const parts: {start: number; end: number; heading: boolean}[] = []
  for (let i = first; i < children.length; i++) {
    if (children[i]!.type === 'heading' || parts.length === 0) parts.push({start: i, end: i + 1, heading: children[i]!.type === 'heading'})
    else parts[parts.length - 1]!.end = i + 1
  }
  const hasHeadings = parts.some((part) => part.heading)

  const units = unitsOf(children, first, children.length, analysis, blockIndex(tree, analysis))
  // One cohesion curve over the whole body, so every boundary's depth is on the same scale.
  const cohesion = cohesionCurve(units.map((unit) => unit.stems), {window: options?.window ?? 2})
  const depth = depthScores(cohesion)
  const depthBefore = (u: number) => (u > 0 ? (depth[u - 1] ?? 0) : 0)

  const segments: Segment[] = []
  let u = 0
  for (const [p, part] of parts.entries()) {
    const from = u
    while (u < units.length && units[u]!.start < part.end) u++
    let offset = from
    let partUnits = units.slice(from, u)
    if (partUnits.length === 0) continue
    if (p === 0 && !part.heading && (options?.chapeau ?? true)) {
      const restWords = partUnits.slice(1).reduce((sum, unit) => sum + unit.words, 0)
      // Text too short to stand under a subheading stays with the chapeau; so
      // does the whole lead of an article that has headings, unless it is too
      // long (its author, or an earlier run, chose where sections start).
      const leadWords = restWords + partUnits[0]!.words
      const lead = restWords < minWords || (hasHeadings && leadWords <= maxWords) ? partUnits.length : 1
      segments.push(segmentOf(partUnits.slice(0, lead), {chapeau: true, authorHeading: false, depth: 0}))
      partUnits = partUnits.slice(lead)
      offset += lead
      if (partUnits.length === 0) continue
    }
    const words = partUnits.reduce((sum, unit) => sum + unit.words, 0)
    const boundaries =
      !hasHeadings || words > maxWords
        ? segmentUnits(
            partUnits.map((unit) => unit.stems),
            {words: partUnits.map((unit) => unit.words), minWords, maxWords, targetWords: options?.targetWords ?? TARGET, lengthSpread: options?.lengthSpread, penalty: options?.penalty, cohesion: cohesion.slice(offset, offset + partUnits.length - 1)}
          ).boundaries
        : []
    const starts = [0, ...boundaries]
    for (const [s, start] of starts.entries()) {
      const stop = starts[s + 1] ?? partUnits.length
      segments.push(
        segmentOf(partUnits.slice(start, stop), {
          chapeau: false,
          authorHeading: start === 0 && part.heading,
          depth: depthBefore(offset + start)
        })
      )
    }
  }
  return {segments, analysis, paragraphsAdded}
}

/** Top-level index of each block of the analysis. */
function blockIndex(tree: Root, analysis: Analysis): Map<number, number> {
  const top = new Map<Nodes, number>()
  tree.children.forEach((child, index) => {
    for (const found of collectBlocks({type: 'root', children: [child]})) top.set(found.node, index)
  })
  const out = new Map<number, number>()
  for (const block of analysis.blocks) {
    const index = top.get(block.node)
    if (index !== undefined) out.set(block.id, index)
  }
  return out
}

/** Blocks of each top-level node, in order. */
function blocksByNode(analysis: Analysis, blockOf: Map<number, number>): Map<number, number[]> {
  const out = new Map<number, number[]>()
  for (const block of analysis.blocks) {
    const index = blockOf.get(block.id)
    if (index === undefined) continue
    const list = out.get(index)
    if (list) list.push(block.id)
    else out.set(index, [block.id])
  }
  return out
}

/**
 * Units of `children[start, end)`: each opens at a heading or a paragraph (or
 * at the first node) and takes the non-paragraph nodes after it (lists, quotes,
 * code, tables …). A paragraph that ends with a colon introduces what
 * follows, so it opens no unit after it.
 */
function unitsOf(children: RootContent[], start: number, end: number, analysis: Analysis, blockOf: Map<number, number>): Unit[] {
  const byNode = blocksByNode(analysis, blockOf)
  const units: Unit[] = []
  let introduces = false
  for (let i = start; i < end; i++) {
    const node = children[i]!
    const blocks = byNode.get(i) ?? []
    const opens = units.length === 0 || node.type === 'heading' || (node.type === 'paragraph' && !introduces)
    if (opens) units.push({start: i, end: i + 1, stems: [], words: 0, blocks: [], sentences: []})
    const unit = units[units.length - 1]!
    unit.end = i + 1
    for (const id of blocks) {
      const block = analysis.blocks[id]!
      unit.blocks.push(id)
      unit.words += block.words
      for (const s of block.sentences) {
        unit.sentences.push(s)
        unit.stems.push(...contentStems(analysis.sentences[s]!.tokens))
      }
    }
    if (node.type === 'paragraph') {
      const last = blocks[blocks.length - 1]
      introduces = last !== undefined && /:\s*$/.test(analysis.blocks[last]!.text)
    }
  }
  return units
}

function segmentOf(units: readonly Unit[], flags: Pick<Segment, 'chapeau' | 'authorHeading' | 'depth'>): Segment {
  return {
    start: units[0]!.start,
    end: units[units.length - 1]!.end,
    words: units.reduce((sum, unit) => sum + unit.words, 0),
    blocks: units.flatMap((unit) => unit.blocks),
    sentences: units.flatMap((unit) => unit.sentences),
    ...flags
  }
}
