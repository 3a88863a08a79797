/**
 * @titraille/core: make a French article SEO-ready, deterministically and offline.
 * Isomorphic: no Node-only imports here (see `@titraille/core/node`).
 */
export {optimize, optimizeSync, stagePlugins} from './pipeline.js'
export type {OptimizeOptions, OptimizeResult, TitrailleReport} from './pipeline.js'
export {TitrailleError, isTitrailleError} from './errors.js'
export type {TitrailleErrorCode} from './errors.js'
export {decodeArticle, DEFAULT_MAX_BYTES} from './input/decode.js'
export type {DecodeOptions} from './input/decode.js'
export {assertFrench, identifyLanguage} from './input/language.js'
export {parseArticle, parsePlainText, parseFrontMatter, looksLikeMarkdown, looksLikeTitle} from './parse/index.js'
export type {ParseOptions, ParsedArticle, PlainTextOptions} from './parse/index.js'
export {renderMarkdown, renderFrontMatter, OWNED_KEYS} from './render/markdown.js'
export type {RenderMarkdownOptions} from './render/markdown.js'
export {titrailleParse, initData, metaFromFrontMatter} from './plugins/parse.js'
export type {ParsePluginOptions} from './plugins/parse.js'
export {titrailleStringify} from './plugins/stringify.js'
export type {StringifyPluginOptions} from './plugins/stringify.js'
export * from './nlp/index.js'
export type {ArticleFormat, ArticleMeta, FrontMatter, GeneratedInfo, TitrailleData} from './types.js'
export {comparableWords, firstMissingWord} from './invariants.js'
export {remarkTitraille} from './plugins/preset.js'
export type {RemarkTitrailleOptions} from './plugins/preset.js'
