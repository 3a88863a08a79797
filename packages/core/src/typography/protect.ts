/**
 * Stretches of a text that typography must never change: URLs, e-mail
 * addresses, HTML tags, entities and backtick code written in plain text.
 */
const PROTECTED = [
  // URLs, without the punctuation that ends the sentence around them.
  /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>«»"“”]*[^\s<>«»"“”.,;:!?'’)\]]/giu,
  /\bmailto:[^\s<>«»"]+/giu,
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu,
  // Bare domain names (`twitter.com`, `Wikinews.org`).
  /\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|fr|io|dev|info|eu|be|ch|ca|gouv\.fr|co\.uk)\b(?:\/[^\s<>«»"]*)?/giu,
  /`[^`\n]+`/gu,
  /<\/?[a-z][^<>\n]*>/giu,
  /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/giu
]

/** Mark (with 1) every protected character of `text` in `locked`. */
export function lockProtected(text: string, locked: Uint8Array): void {
  for (const pattern of PROTECTED) {
    for (const match of text.matchAll(pattern)) {
      const end = match.index + match[0].length
      for (let i = match.index; i < end; i++) locked[i] = 1
    }
  }
}
