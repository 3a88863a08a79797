/** The French language layer: sentences, tokens, stems, the analysis. */
export {tokenize, normalizeWord} from './tokens.js'
export {splitSentences} from './sentences.js'
export type {Span} from './sentences.js'
export {stem} from './stem.js'
export {analyzeBlocks, blockText, collectBlocks} from './analyze.js'
export {words, countWords, countTreeWords, proseOf, NON_PROSE} from './words.js'
export type {Analysis, Block, Entity, Keyphrase, Sentence, Token, TokenKind} from './types.js'
