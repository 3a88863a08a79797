import type {Root} from 'mdast'
import type {Plugin, Processor} from 'unified'
import type {VFile} from 'vfile'
import {renderMarkdown} from '../render/markdown.js'

/** Options of the `titrailleStringify` compiler plugin. */
export interface StringifyPluginOptions {
  /**
   * Write the title as an H1 when the body has none.
   * @default true
   */
  h1?: boolean | null | undefined
}

/** Unified compiler plugin: writes the article as Markdown with YAML front matter. */
export const titrailleStringify: Plugin<[(Readonly<StringifyPluginOptions> | null | undefined)?], Root, string> = function (options) {
  const self = this as unknown as Processor<Root, Root, Root, Root, string>
  self.compiler = (tree: Root, file: VFile): string => {
    const data = file.data.titraille
    return renderMarkdown(tree, {
      source: data?.source,
      frontMatter: data?.frontMatter,
      meta: data?.meta,
      h1: options?.h1
    })
  }
}
