/**
 * @titraille/eleventy: an Eleventy 3 plugin that runs Titraille on each
 * French Markdown page before Eleventy's own Markdown engine renders it, and
 * gives layouts the generated `title` and `description`.
 */
import {OWNED_KEYS, parseArticle, renderMarkdown} from '@titraille/core'
import {remarkTitrailleNode, type RemarkTitrailleNodeOptions} from '@titraille/core/node'
import type {Root} from 'mdast'
import {unified, type Processor} from 'unified'
import {VFile} from 'vfile'

/** Options of the Eleventy plugin: the stage options, the audit settings and config lookup of `remarkTitrailleNode`. */
export interface EleventyTitrailleOptions extends Omit<RemarkTitrailleNodeOptions, 'writeFrontMatter'> {
  /**
   * Extensions of the templates to optimise (Eleventy's preprocessor filter).
   * @default 'md'
   */
  extensions?: string | string[] | null | undefined
}

/** The part of Eleventy's `UserConfig` the plugin uses. */
export interface EleventyConfigLike {
  addPreprocessor(
    name: string,
    extensions: string | string[],
    callback: (this: {inputPath?: string}, data: Record<string, unknown>, content: string) => unknown
  ): void
}

/** Data keys the plugin fills for layouts when the page does not set them. */
export const LAYOUT_KEYS = ['title', 'description', 'keywords'] as const

/**
 * Register Titraille on an Eleventy config:
 * `eleventyConfig.addPlugin(titraille, {minWords: 700})`. A page opts out
 * with `titraille: false` in its front matter.
 */
export default function titraille(eleventyConfig: EleventyConfigLike, options?: Readonly<EleventyTitrailleOptions> | null): void {
  const {extensions = 'md', ...rest} = options ?? {}
  // Eleventy has already parsed the front matter away; the stages get it through `file.data.frontmatter`.
  const processor = unified()
    .use(remarkTitrailleNode, {...rest, writeFrontMatter: false})
    .freeze() as unknown as Processor<Root, Root, Root, undefined, undefined>

  eleventyConfig.addPreprocessor('titraille', extensions ?? 'md', async function (data, content) {
    if (data.titraille === false || typeof content !== 'string') return undefined
    const page = data.page as {inputPath?: string} | undefined
    const result = await optimizeTemplate(processor, content, this.inputPath ?? page?.inputPath, data)
    if (!result) return undefined
    for (const key of LAYOUT_KEYS) data[key] ??= result.frontMatter[key]
    return result.markdown
  })
}

/** What the preprocessor computed for one page. */
export interface OptimizedTemplate {
  /** The optimised Markdown body, without front matter (Eleventy keeps its own). */
  markdown: string
  /** The page's front matter filled with what Titraille computed (`??=`). */
  frontMatter: Record<string, unknown>
}

/**
 * Optimise one template body whose front matter Eleventy already read into
 * `data`. Resolves with `undefined` when Titraille left the page as it is
 * (not French).
 */
export async function optimizeTemplate(
  processor: Processor<Root, Root, Root, undefined, undefined>,
  content: string,
  path: string | undefined,
  data: Readonly<Record<string, unknown>>
): Promise<OptimizedTemplate | undefined> {
  const frontMatter: Record<string, unknown> = {}
  // Only the keys Titraille reads: Eleventy's data also holds collections, `page`, `eleventy` …
  for (const key of [...OWNED_KEYS, 'minWords']) if (data[key] !== undefined) frontMatter[key] = data[key]
  const file = new VFile({value: content, path, data: {frontmatter: frontMatter}})
  const tree = parseArticle(content, {format: 'markdown'}).tree
  await processor.run(tree, file)
  if (file.messages.some((message) => message.ruleId === 'not-french')) return undefined
  const filled = (file.data as {frontmatter?: Record<string, unknown>}).frontmatter ?? frontMatter
  // The H1, if any, is already in the tree (option `h1`); layouts usually print the title themselves.
  const markdown = renderMarkdown(tree, {source: file.data.titraille?.source ?? content, frontMatterOutput: false, h1: false})
  return {markdown, frontMatter: filled}
}
