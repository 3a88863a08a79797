import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import {buildMeta, type MetaOptions} from '../meta/index.js'
import {analyzeTree} from '../nlp/analyze.js'
import type {Analysis} from '../nlp/types.js'
import {countTreeWords} from '../nlp/words.js'

/** Options of {@link remarkMeta}. */
export type RemarkMetaOptions = Pick<MetaOptions, 'keyphrase'>

/**
 * Unified plugin: fills `file.data.titraille.meta` (title, description,
 * slug, keywords, reading time); values from front matter are kept.
 */
export const remarkMeta: Plugin<[(Readonly<RemarkMetaOptions> | null | undefined)?], Root> = function (options) {
  return (tree, file) => {
    const data = file.data.titraille
    if (!data) return
    const keyphrase = data.meta.keyphrase ?? options?.keyphrase ?? data.settings.keyphrase ?? undefined
    const analysis = (data as unknown as {analysis?: Analysis}).analysis ?? analyzeTree(tree, {keyphrase})
    data.meta = buildMeta(analysis, data.meta, {keyphrase, words: countTreeWords(tree)})
  }
}
