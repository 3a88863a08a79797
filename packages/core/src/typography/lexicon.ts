import words from 'an-array-of-french-words/index.json' with {type: 'json'}

/** A word list: whether a lowercase French word is known. */
export interface Lexicon {
  has(word: string): boolean
}

/**
 * A lexicon over a list sorted by UTF-16 code units, searched by bisection:
 * no Set to build, so the only cost is reading the list once.
 */
export function sortedLexicon(sorted: readonly string[]): Lexicon {
  return {
    has(word: string): boolean {
      let low = 0
      let high = sorted.length - 1
      while (low <= high) {
        const middle = (low + high) >>> 1
        const entry = sorted[middle]!
        if (entry === word) return true
        if (entry < word) low = middle + 1
        else high = middle - 1
      }
      return false
    }
  }
}

let french: Lexicon | undefined

/**
 * The French word list of `an-array-of-french-words` (≈ 336,000 inflected
 * forms, lowercase, sorted), opened once.
 */
export function frenchLexicon(): Lexicon {
  french ??= sortedLexicon(words as readonly string[])
  return french
}

/**
 * Whether a lowercase word is French: listed, or a compound the 1990
 * spelling reform welded (`plateforme` for `plate-forme`, `weekend`).
 */
export function isKnownWord(lexicon: Lexicon, word: string): boolean {
  if (lexicon.has(word)) return true
  for (let i = 2; i <= word.length - 2; i++) if (lexicon.has(`${word.slice(0, i)}-${word.slice(i)}`)) return true
  return false
}
