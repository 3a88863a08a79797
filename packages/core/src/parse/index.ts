import type {Root} from 'mdast'
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

const MARKDOWN_SIGNS = [
  /^---\n/, // front matter
  /^#{1,6}[ \t]+\S/m, // ATX heading
  /^(?:```|~~~)/m, // fenced code
  /^[ \t]{0,3}>[ \t]?\S/m, // block quote
  /^[ \t]{0,3}[-*+][ \t]+\S[^\n]*\n[ \t]{0,3}[-*+][ \t]+\S/m, // two list items
  /^[ \t]{0,3}\d{1,9}[.)][ \t]+\S[^\n]*\n[ \t]{0,3}\d{1,9}[.)][ \t]+\S/m, // two ordered items
  /\[[^\]\n]{1,200}\]\([^)\s]{1,500}\)/, // link or image
  /^\|[^\n]*\|[ \t]*\n\|[ \t:|-]+\|/m, // table
  /^<(?:[a-zA-Z][\w-]*|!--)/m, // HTML block
  /^[^\n]+\n(?:=+|-+)[ \t]*$/m // setext heading
]

/** Whether the text is Markdown rather than plain prose. */
export function looksLikeMarkdown(text: string): boolean {
  return MARKDOWN_SIGNS.some((sign) => sign.test(text))
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
  const tree = markdownParser.parse(text)
  const first = tree.children[0]
  const frontMatter = first?.type === 'yaml' ? parseFrontMatter(first.value) : {raw: undefined, data: {}}
  return {tree, format, frontMatter}
}
