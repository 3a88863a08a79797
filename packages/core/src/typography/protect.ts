/**
 * Stretches of a text that typography must never change: URLs, e-mail
 * addresses, HTML tags, entities and backtick code written in plain text.
 */
/** Each pattern with a cheap test that tells when it cannot match (most prose has no URL). */
const PROTECTED: readonly {may: RegExp; pattern: RegExp}[] = [
  // URLs, without the punctuation that ends the sentence around them.
  {may: /:\/\/|www\./iu, pattern: /\b(?:[a-z][a-z0-9+.-]{0,15}:\/\/|www\.)[^\s<>«»"“”]*[^\s<>«»"“”.,;:!?'’)\]]/giu},
  {may: /mailto:/iu, pattern: /\bmailto:[^\s<>«»"]+/giu},
  {may: /`/u, pattern: /`[^`\n]+`/gu},
  {may: /</u, pattern: /<\/?[a-z][^<>\n]*>/giu},
  {may: /&/u, pattern: /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/giu}
]

const LOCAL_PART = /[\p{L}\p{N}._%+-]/u
const DOMAIN_PART = /[\p{L}\p{N}.-]/u
/** The end of a bare domain name (`twitter.com`, `Wikinews.org`, `service-public.gouv.fr`). */
const TOP_LEVEL = /\.(?:com|org|net|fr|io|dev|info|eu|be|ch|ca|uk)(?![\p{L}\p{N}-])/giu
const PATH_PART = /[^\s<>«»"“”]/u
const PATH_END = /[^\s<>«»"“”.,;:!?'’)\]]/u

/** Mark (with 1) every protected character of `text` in `locked`. */
export function lockProtected(text: string, locked: Uint8Array): void {
  // E-mail addresses, grown from each `@` (a pattern run from every start would be quadratic).
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at
    while (start > 0 && LOCAL_PART.test(text[start - 1]!)) start--
    let end = at + 1
    while (end < text.length && DOMAIN_PART.test(text[end]!)) end++
    while (end > at + 1 && text[end - 1] === '.') end--
    if (start < at && text.slice(at + 1, end).includes('.')) locked.fill(1, start, end)
  }
  // Bare domain names, grown back from their top-level domain and on along a path.
  // Never walking back past the previous domain keeps this linear on `a.com.com.com…`.
  let floor = 0
  for (const match of text.matchAll(TOP_LEVEL)) {
    let start = match.index
    while (start > floor && DOMAIN_PART.test(text[start - 1]!)) start--
    while (start < match.index && (text[start] === '.' || text[start] === '-')) start++
    if (start === match.index) continue
    let end = match.index + match[0].length
    if (text[end] === '/') {
      let stop = end
      while (stop < text.length && PATH_PART.test(text[stop]!)) stop++
      while (stop > end && !PATH_END.test(text[stop - 1]!)) stop--
      end = stop
    }
    locked.fill(1, start, end)
    floor = end
  }
  for (const {may, pattern} of PROTECTED) {
    if (!may.test(text)) continue
    for (const match of text.matchAll(pattern)) {
      const end = match.index + match[0].length
      for (let i = match.index; i < end; i++) locked[i] = 1
    }
  }
}
