/**
 * Stretches of a text that typography must never change: URLs, e-mail
 * addresses, HTML tags, entities and backtick code written in plain text.
 */
/** Each pattern with a cheap test that tells when it cannot match (most prose has no URL). */
const PROTECTED: readonly {may: RegExp; pattern: RegExp}[] = [
  // URLs, without the punctuation that ends the sentence around them.
  {may: /:\/\/|www\./iu, pattern: /\b(?:[a-z][a-z0-9+.-]{0,15}:\/\/|www\.)[^\s<>«»"“”]*[^\s<>«»"“”.,;:!?'’)\]]/giu},
  {may: /mailto:/iu, pattern: /\bmailto:[^\s<>«»"]+/giu},
  // Bare domain names (`twitter.com`, `Wikinews.org`).
  {
    may: /\.(?:com|org|net|fr|io|dev|info|eu|be|ch|ca|uk)\b/iu,
    pattern: /\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|fr|io|dev|info|eu|be|ch|ca|gouv\.fr|co\.uk)\b(?:\/[^\s<>«»"“”]*[^\s<>«»"“”.,;:!?'’)\]])?/giu
  },
  {may: /`/u, pattern: /`[^`\n]+`/gu},
  {may: /</u, pattern: /<\/?[a-z][^<>\n]*>/giu},
  {may: /&/u, pattern: /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/giu}
]

const LOCAL_PART = /[\p{L}\p{N}._%+-]/u
const DOMAIN_PART = /[\p{L}\p{N}.-]/u

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
  for (const {may, pattern} of PROTECTED) {
    if (!may.test(text)) continue
    for (const match of text.matchAll(pattern)) {
      const end = match.index + match[0].length
      for (let i = match.index; i < end; i++) locked[i] = 1
    }
  }
}
