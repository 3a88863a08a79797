import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import {analyzeTree, type AnalyzeOptions} from '../nlp/analyze.js'
import type {Analysis} from '../nlp/types.js'
import {initData} from './parse.js'

export {analyzeTree} from '../nlp/analyze.js'
export type {AnalyzeOptions} from '../nlp/analyze.js'

declare module '../types.js' {
  interface TitrailleData {
    /** The one analysis of the article (the `analyze` stage): sentences, tokens, keyphrases, entities, focus. */
    analysis?: Analysis
  }
}

/** Options of {@link remarkAnalyze}. */
export interface AnalyzePluginOptions {
  /**
   * The focus keyphrase; `file.data.titraille.settings.keyphrase` (front
   * matter or `optimize` option) wins over it; without either, the best
   * extracted keyphrase.
   */
  keyphrase?: string | null | undefined
  /** The article's title; by default `meta.title`, then the first level-1 heading. */
  title?: string | null | undefined
}

/**
 * The `analyze` stage: computes the analysis of the tree once and stores it
 * on `file.data.titraille.analysis`. A later stage that changes the tree
 * calls `analyzeTree(tree, {keyphrase, title})` to refresh it.
 */
export const remarkAnalyze: Plugin<[(Readonly<AnalyzePluginOptions> | null | undefined)?], Root> = function (options) {
  return (tree, file) => {
    // In a unified pipeline without Titraille's parser, start the shared data here.
    const data = (file.data.titraille ??= initData(String(file.value ?? ''), 'markdown', {raw: undefined, data: {}}))
    const settings: AnalyzeOptions = {
      keyphrase: data.settings.keyphrase ?? options?.keyphrase,
      title: options?.title ?? data.meta.title
    }
    data.analysis = analyzeTree(tree, settings)
  }
}
