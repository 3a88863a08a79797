import type {Nodes, Root} from 'mdast'
import {TitrailleError} from '../errors.js'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {ArticleFormat, FrontMatter} from '../types.js'
import {parseFrontMatter} from './front-matter.js'
import {parsePlainText} from './text.js'

export {parsePlainText, looksLikeTitle} from './text.js'
export type {PlainTextOptions} from './text.js'
export {parseFrontMatter} from './front-matter.js'

/** Options for {@link parseArticle}. */
export interface ParseOptions {
  /**
   * How to read the input: `auto` looks for Markdown syntax or front matter.
   * @default 'auto'
   */
  format?: ArticleFormat | 'auto' | null | undefined
  /**
   * In plain text, take a headline-like first line as the title.
   * @default true
   */
  detectTitle?: boolean | null | undefined
}

/** A parsed article. */
export interface ParsedArticle {
  tree: Root
  format: ArticleFormat
  frontMatter: FrontMatter
}

const markdownParser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze()

/** One-line signs of Markdown; every pattern is anchored and linear. */
const LINE_SIGNS = [
  /^#{1,6}[ \t]/, // ATX heading
  /^(?:```|~~~)/, // fenced code
  /^ {0,3}>/, // block quote
  /^<(?:[a-zA-Z][\w-]*|!--)/ // HTML block
]
const BULLET = /^ {0,3}[-*+][ \t]/
const ORDERED = /^ {0,3}\d{1,9}[.)][ \t]/
const TABLE_DELIMITER = /^\|?[ \t]*:?-+:?[ \t]*\|/
const SETEXT = /^(?:=+|-+)[ \t]*$/

/** How many lines the Markdown detector looks at: enough for any article's first signs. */
const DETECT_LINES = 5_000

/**
 * Deepest nesting accepted. Every stage walks the tree recursively; real
 * articles nest a handful of levels, and thousands would exhaust the stack.
 */
export const MAX_DEPTH = 100

function tooDeep(depth: number): TitrailleError {
  return new TitrailleError(
    'TOO_DEEP',
    `The Markdown is nested about ${depth} levels deep (lists or block quotes), over the limit of ${MAX_DEPTH}.`,
    'Flatten the nesting; no article needs that many levels.'
  )
}

/** A lower bound of the nesting of the deepest line: block-quote markers, or list indentation / 2. */
export function nestingEstimate(text: string): number {
  let max = 0
  let lineStart = 0
  while (lineStart <= text.length) {
    let quotes = 0
    let indent = 0
    let i = lineStart
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === 62 /* > */) quotes++
      else if (c === 32 /* space */) indent++
      else if (c === 9 /* tab */) indent += 4
      else break
    }
    const c = text.charCodeAt(i)
    const listMarker = c === 45 || c === 42 || c === 43 || (c >= 48 && c <= 57)
    const depth = Math.max(quotes, listMarker && quotes === 0 ? Math.floor(indent / 2) : 0)
    if (depth > max) max = depth
    const end = text.indexOf('\n', i)
    if (end === -1) break
    lineStart = end + 1
  }
  return max
}

/** Depth of the deepest node, measured without recursion. */
export function treeDepth(tree: Root): number {
  let max = 0
  const stack: [Nodes, number][] = [[tree, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (depth > max) max = depth
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push([child, depth + 1])
  }
  return max
}

/** Whether the text is Markdown rather than plain prose (front matter, headings, fences, lists, links, tables, HTML). */
export function looksLikeMarkdown(text: string): boolean {
  if (text.startsWith('---\n')) return true
  const lines = text.split('\n', DETECT_LINES)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const next = lines[i + 1]
    if (LINE_SIGNS.some((sign) => sign.test(line)) || hasInlineLink(line)) return true
    if (next === undefined) continue
    if (BULLET.test(line) && BULLET.test(next)) return true
    if (ORDERED.test(line) && ORDERED.test(next)) return true
    if (line.startsWith('|') && TABLE_DELIMITER.test(next)) return true
    if (line.trim() !== '' && SETEXT.test(next)) return true
  }
  return false
}

/** `[text](destination)` on one line, found without backtracking. */
function hasInlineLink(line: string): boolean {
  let from = 0
  for (;;) {
    const middle = line.indexOf('](', from)
    if (middle === -1) return false
    const open = line.lastIndexOf('[', middle)
    const close = line.indexOf(')', middle + 2)
    if (open !== -1 && middle - open > 1 && close > middle + 2 && !/\s/.test(line.slice(middle + 2, close))) return true
    from = middle + 2
  }
}

/**
 * Parse an article (already decoded by `decodeArticle`) into mdast with
 * positions, reading its front matter when there is one.
 */
export function parseArticle(text: string, options?: Readonly<ParseOptions> | null): ParsedArticle {
  const wanted = options?.format ?? 'auto'
  const format: ArticleFormat = wanted === 'auto' ? (looksLikeMarkdown(text) ? 'markdown' : 'text') : wanted
  if (format === 'text') {
    return {tree: parsePlainText(text, options), format, frontMatter: {raw: undefined, data: {}}}
  }
  // The parser itself recurses and slows down on absurd nesting: a cheap
  // line scan refuses those first; the tree check below is the exact one.
  const estimate = nestingEstimate(text)
  if (estimate > MAX_DEPTH) throw tooDeep(estimate)
  const tree = markdownParser.parse(text)
  const depth = treeDepth(tree)
  if (depth > MAX_DEPTH) throw tooDeep(depth)
  const first = tree.children[0]
  const frontMatter = first?.type === 'yaml' ? parseFrontMatter(first.value) : {raw: undefined, data: {}}
  return {tree, format, frontMatter}
}
