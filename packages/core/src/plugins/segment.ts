import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import {analyzeBlocks} from '../nlp/analyze.js'
import type {Analysis} from '../nlp/types.js'
import {segmentArticle, type Segment, type SegmentOptions} from '../segment/article.js'
import type {TitrailleData} from '../types.js'
import {initData} from './parse.js'

declare module '../types.js' {
  interface TitrailleData {
    /** Sections of the article, in order (the `segment` stage). */
    segments?: Segment[]
  }
}

/** What this stage reads and may rewrite: the analysis another stage declares. */
type WithAnalysis = TitrailleData & {analysis?: Analysis}

/**
 * The `segment` stage: splits over-long paragraphs, finds the article's
 * sections by lexical cohesion and stores them on
 * `file.data.titraille.segments`. It reads `file.data.titraille.analysis`
 * and, when paragraphs were split, replaces it with one for the new tree
 * (same sentence ids). Without an analysis (no `analyze` stage ran), it
 * analyses the blocks itself and stores that, with no keyphrases.
 */
export const remarkSegment: Plugin<[(Readonly<SegmentOptions> | null | undefined)?], Root> = function (options) {
  return (tree, file) => {
    // In a unified pipeline without Titraille's parser, start the shared data here.
    const data: WithAnalysis = (file.data.titraille ??= initData(String(file.value ?? ''), 'markdown', {raw: undefined, data: {}}))
    const analysis = data.analysis ?? {...analyzeBlocks(tree), keyphrases: [], entities: [], focus: undefined}
    const result = segmentArticle(tree, analysis, {...options, source: data.source})
    data.analysis = result.analysis
    data.segments = result.segments
  }
}
