import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {decodeArticle} from '../input/decode.js'
import {assertFrench} from '../input/language.js'
import {countTreeWords, proseOf} from '../nlp/words.js'
import {parseArticle, type ParseOptions} from '../parse/index.js'
import type {ArticleMeta, FrontMatter, TitrailleData} from '../types.js'

/** Options of the `titrailleParse` parser plugin. */
export interface ParsePluginOptions extends ParseOptions {
  /**
   * Refuse text that is identified as another language than French.
   * @default true
   */
  langCheck?: boolean | null | undefined
  /**
   * Largest accepted input in bytes.
   * @default 5_000_000
   */
  maxBytes?: number | null | undefined
}

/**
 * Unified parser plugin: reads a French article (plain text or Markdown with
 * front matter) into mdast and sets up `file.data.titraille`.
 */
export const titrailleParse: Plugin<[(Readonly<ParsePluginOptions> | null | undefined)?], string, Root> = function (options) {
  this.parser = (document: string, file: VFile): Root => {
    const text = decodeArticle(document, options)
    file.value = text
    const parsed = parseArticle(text, options)
    if (options?.langCheck ?? true) assertFrench(proseOf(parsed.tree))
    file.data.titraille = initData(text, parsed.format, parsed.frontMatter)
    file.data.titraille.inputWords = countTreeWords(parsed.tree)
    return parsed.tree
  }
}

/** Metadata the author already gave in front matter. */
export function metaFromFrontMatter(data: Record<string, unknown>): ArticleMeta {
  const text = (key: string) => (typeof data[key] === 'string' && (data[key] as string).trim() !== '' ? (data[key] as string) : undefined)
  const keywords = Array.isArray(data.keywords) ? data.keywords.filter((k): k is string => typeof k === 'string') : undefined
  return {
    title: text('title'),
    description: text('description'),
    slug: text('slug'),
    keyphrase: text('keyphrase'),
    keywords
  }
}

/** Fresh `file.data.titraille` for a newly read article. */
export function initData(source: string, format: TitrailleData['format'], frontMatter: FrontMatter): TitrailleData {
  const meta = metaFromFrontMatter(frontMatter.data)
  return {source, format, frontMatter, inputWords: 0, meta, settings: {keyphrase: meta.keyphrase, minWords: 700}}
}
