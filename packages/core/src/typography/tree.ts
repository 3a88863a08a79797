import type {Nodes, Root, Text} from 'mdast'
import type {fr} from '@titraille/rules'
import {location} from 'vfile-location'
import {flatten, runPasses, segment, type AppliedFix, type Segment} from './block.js'
import {findBlockIssues} from './findings.js'
import {frenchLexicon, type Lexicon} from './lexicon.js'
import {OBJECT, PASSES} from './passes.js'

/** A place in the source text. */
export interface TypographyPoint {
  line: number
  column: number
  offset: number
}

/** A fix the stage made. */
export interface TypographyFix {
  rule: fr.TypographyRuleId
  /** Where, in the source (approximate inside Markdown escapes). */
  place?: TypographyPoint | undefined
  /** Text replaced (`''` for an insertion). */
  actual: string
  /** Text written instead. */
  expected: string
}

/** A fault the stage found and left to a person. */
export interface TypographyFinding {
  rule: fr.TypographyRuleId
  place?: TypographyPoint | undefined
  /** The faulty text. */
  actual: string
  /** The suggestion. */
  expected: string
  /** "Unexpected X, expected Y". */
  reason: string
}

/** What the typography stage did and found. */
export interface TypographyResult {
  fixes: TypographyFix[]
  findings: TypographyFinding[]
}

/** Options of {@link typesetTree} and {@link fixTypography}. */
export interface TypographyOptions {
  /**
   * Apply the fixes (when `false`, only findings are computed).
   * @default true
   */
  fix?: boolean | null | undefined
  /**
   * Rules not to run, by id.
   * @default []
   */
  disable?: readonly fr.TypographyRuleId[] | null | undefined
  /** Word list for the `glued-words` rule. @default the French word list */
  lexicon?: Lexicon | null | undefined
  /** The text the tree's positions point into, for the places of fixes and findings. */
  source?: string | null | undefined
}

/** Blocks copied byte for byte by the renderer, not prose, or components (MDX) whose text is theirs. */
const SKIPPED = new Set(['code', 'html', 'table', 'definition', 'footnoteDefinition', 'thematicBreak', 'math', 'yaml', 'toml', 'mdxJsxFlowElement', 'mdxjsEsm', 'mdxFlowExpression'])
/** Inline containers whose text is the block's text. */
const TRANSPARENT = new Set(['emphasis', 'strong', 'delete'])

/**
 * Fix the French typography of every paragraph and heading of an mdast tree
 * (in place) and report what cannot be fixed safely. Code, HTML, links,
 * images, URLs and e-mail addresses are never changed.
 */
export function typesetTree(tree: Root, options?: Readonly<TypographyOptions> | null): TypographyResult {
  const blocks: Segment[][] = []
  const walk = (node: Nodes) => {
    if (SKIPPED.has(node.type)) return
    if (node.type === 'paragraph' || node.type === 'heading') {
      const segments: Segment[] = []
      collect(node, 0, segments)
      blocks.push(segments)
      return
    }
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child)
  }
  walk(tree)
  return typesetBlocks(blocks, options)
}

/** Elements without a closing tag: they open nothing. */
const VOID_ELEMENTS = /^<(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b/iu

function collect(parent: Nodes, depth: number, segments: Segment[], html = {open: 0}): void {
  if (!('children' in parent)) return
  for (const child of parent.children as Nodes[]) {
    // Text between inline HTML tags (`<span>…</span>`) is the HTML's content: left as written.
    if (child.type === 'text') segments.push(segment(child.value, child, html.open === 0, depth))
    else if (TRANSPARENT.has(child.type)) collect(child, depth + 1, segments, html)
    else {
      if (child.type === 'html') {
        if (/^<\//u.test(child.value)) html.open = Math.max(0, html.open - 1)
        else if (/^<[a-z]/iu.test(child.value) && !/\/>$/u.test(child.value) && !VOID_ELEMENTS.test(child.value) && !/<\//u.test(child.value)) html.open++
      }
      segments.push(segment(child.type === 'break' ? '\n' : OBJECT, undefined, false, depth))
    }
  }
}

/** Typeset blocks of segments: the shared core of the tree and string functions. */
export function typesetBlocks(blocks: Segment[][], options?: Readonly<TypographyOptions> | null): TypographyResult {
  const disabled = new Set(options?.disable ?? [])
  const passes = options?.fix === false ? [] : PASSES.filter((pass) => !disabled.has(pass.rule))
  const source = options?.source ?? undefined
  const place = source === undefined ? undefined : location(source)
  const pointOf = (s: Segment, index: number): TypographyPoint | undefined => {
    const start = s.node?.position?.start.offset
    if (start === undefined) {
      if (s.node || !place) return undefined
      const point = place.toPoint(index)
      return point ? {line: point.line, column: point.column, offset: index} : undefined
    }
    const end = s.node?.position?.end.offset
    // Escapes and entities make a Markdown node's value differ from its source: then the node's start is the best place.
    const exact = source !== undefined && end !== undefined && source.slice(start, end) === s.original
    const offset = exact ? start + index : start
    const point = place?.toPoint(offset)
    return point ? {line: point.line, column: point.column, offset} : {line: s.node!.position!.start.line, column: s.node!.position!.start.column, offset}
  }

  const applied: AppliedFix[] = []
  for (const segments of blocks) {
    applied.push(...runPasses(segments, passes))
    for (const s of segments) if (s.node && s.value !== s.node.value) s.node.value = s.value
  }
  const fixes = applied
    .map((fix) => ({rule: fix.rule, place: pointOf(fix.segment, fix.index), actual: fix.actual, expected: fix.expected}))
    .sort((a, b) => (a.place?.offset ?? 0) - (b.place?.offset ?? 0))

  const lexicon = disabled.has('glued-words') ? undefined : (options?.lexicon ?? frenchLexicon())
  const findings: TypographyFinding[] = []
  blocks.forEach((segments, b) => {
    const {text, locked} = flatten(segments)
    const next = blocks[b + 1]
    const nextOpensQuote = next !== undefined && /^\s*«/u.test(flatten(next).text)
    for (const found of findBlockIssues(text, locked, {lexicon, nextOpensQuote})) {
      if (disabled.has(found.rule)) continue
      const at = segmentAt(segments, found.start)
      findings.push({rule: found.rule, place: at ? pointOf(at.segment, at.segment.origin[at.index]!) : undefined, actual: found.actual, expected: found.expected, reason: found.reason})
    }
  })
  return {fixes, findings}
}

function segmentAt(segments: readonly Segment[], offset: number): {segment: Segment; index: number} | undefined {
  let at = 0
  for (const s of segments) {
    if (offset < at + s.value.length) return {segment: s, index: offset - at}
    at += s.value.length
  }
  return undefined
}

/**
 * Fix the French typography of a plain-text article (paragraphs separated by
 * blank lines, or one per line). Offsets of fixes and findings point into the input.
 */
export function fixTypography(text: string, options?: Readonly<TypographyOptions> | null): TypographyResult & {text: string} {
  // Paragraphs as the plain-text reader sees them: blank-line separated, or one per line when there is no blank line.
  const blocks = text.split(/\n[ \t]*\n/.test(text) ? /(\n[ \t]*\n)/ : /(\n)/)
  const segments: Segment[][] = []
  const all: Segment[] = []
  let offset = 0
  for (const [i, part] of blocks.entries()) {
    // Paragraphs are typeset apart; the blank lines between them are kept as they are.
    const s = segment(part, undefined, i % 2 === 0, 0)
    s.origin = s.origin.map((index) => index + offset)
    offset += part.length
    all.push(s)
    if (s.editable) segments.push([s])
  }
  const result = typesetBlocks(segments, {...options, source: options?.source ?? text})
  return {text: all.map((s) => s.value).join(''), ...result}
}
