// Deep import: natural's top-level entry costs ~0.9 s and prints to stdout.
import PorterStemmerFr from 'natural/lib/natural/stemmers/porter_stemmer_fr.js'

const cache = new Map<string, string>()

/** French Porter stem of a lowercase word (memoised). */
export function stem(word: string): string {
  let value = cache.get(word)
  if (value === undefined) {
    value = PorterStemmerFr.stem(word)
    if (cache.size > 50_000) cache.clear()
    cache.set(word, value)
  }
  return value
}
