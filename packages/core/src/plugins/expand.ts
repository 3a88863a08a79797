import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import {expandArticle} from '../expand/planner.js'
import type {ExpandOptions, ExpandResult} from '../expand/types.js'
import {analyzeTree} from '../nlp/analyze.js'
import type {Analysis} from '../nlp/types.js'

declare module '../types.js' {
  interface TitrailleData {
    /** What the expand stage added (words, strategies, templates, FAQ). */
    expand?: ExpandResult | undefined
  }
}

/** Options of {@link remarkExpand}. */
export type RemarkExpandOptions = ExpandOptions

/**
 * Unified plugin: brings the article to `minWords` with text derived from it
 * (`expandArticle`), stores the result on `file.data.titraille.expand` and
 * refreshes the analysis the new text invalidated.
 */
export const remarkExpand: Plugin<[(Readonly<RemarkExpandOptions> | null | undefined)?], Root> = function (options) {
  return (tree, file) => {
    const data = file.data.titraille
    const holder = data as unknown as {analysis?: Analysis} | undefined
    const keyphrase = options?.keyphrase ?? data?.settings.keyphrase ?? undefined
    // Earlier stages (segment, subheadings) may have re-paragraphed the tree and added headings since
    // the analysis: analyse what is there now, keeping the focus the article had.
    const analysis = analyzeTree(tree, {keyphrase: keyphrase ?? holder?.analysis?.focus})
    const result = expandArticle(tree, analysis, {...options, keyphrase, minWords: options?.minWords ?? data?.settings.minWords})
    if (!data) return
    data.expand = result
    // The new text invalidates the analysis; the focus stays the one the article had.
    if (result.addedWords > 0 && holder) holder.analysis = analyzeTree(tree, {keyphrase: keyphrase ?? analysis.focus})
    if (!result.reached && !result.alreadyExpanded) {
      file.message(`Unexpected ${result.outputWords} words, expected at least ${result.target}: the article gives too little material to expand further without padding`, {
        ruleId: 'expand-target',
        source: 'titraille'
      })
    }
  }
}
