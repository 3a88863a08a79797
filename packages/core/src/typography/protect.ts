/**
 * Stretches of a text that typography must never change: URLs, e-mail
 * addresses, HTML tags, entities and backtick code written in plain text.
 */
/** Each pattern with a cheap test that tells when it cannot match (most prose has no URL). */
const PROTECTED: readonly {may: RegExp; pattern: RegExp}[] = [
  // URLs, without the punctuation that ends the sentence around them.
  {may: /:\/\/|www\./iu, pattern: /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>«»"“”]*[^\s<>«»"“”.,;:!?'’)\]]/giu},
  {may: /mailto:/iu, pattern: /\bmailto:[^\s<>«»"]+/giu},
  {may: /@/u, pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu},
  // Bare domain names (`twitter.com`, `Wikinews.org`).
  {
    may: /\.(?:com|org|net|fr|io|dev|info|eu|be|ch|ca|uk)\b/iu,
    pattern: /\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|fr|io|dev|info|eu|be|ch|ca|gouv\.fr|co\.uk)\b(?:\/[^\s<>«»"“”]*[^\s<>«»"“”.,;:!?'’)\]])?/giu
  },
  {may: /`/u, pattern: /`[^`\n]+`/gu},
  {may: /</u, pattern: /<\/?[a-z][^<>\n]*>/giu},
  {may: /&/u, pattern: /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/giu}
]

/** Mark (with 1) every protected character of `text` in `locked`. */
export function lockProtected(text: string, locked: Uint8Array): void {
  for (const {may, pattern} of PROTECTED) {
    if (!may.test(text)) continue
    for (const match of text.matchAll(pattern)) {
      const end = match.index + match[0].length
      for (let i = match.index; i < end; i++) locked[i] = 1
    }
  }
}
