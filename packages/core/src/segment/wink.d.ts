// wink-nlp types its utilities as ambient modules without the `.js` that
// Node's ESM resolution needs; these re-export them under the real paths.
/// <reference types="wink-nlp" />
declare module 'wink-nlp/utilities/bm25-vectorizer.js' {
  export {default} from 'wink-nlp/utilities/bm25-vectorizer'
}
declare module 'wink-nlp/utilities/similarity.js' {
  export {default} from 'wink-nlp/utilities/similarity'
}
