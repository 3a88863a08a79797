/**
 * French syllable counting for the Kandel–Moles reading ease. Written-form
 * rules, as readability formulas use them: a syllable is a group of vowels,
 * with the usual French corrections below. Lowercase input expected.
 */

/** Letters that make vowel sounds in French spelling. */
export const VOWELS = 'aàâäeéèêëiîïoôöuùûüyÿœæ'

const VOWEL_GROUP = new RegExp(`[${VOWELS}]+`, 'gu')

/**
 * Vowel pairs said as two syllables (hiatus): `ré-a-li-té`, `thé-â-tre`,
 * `po-ète`, `na-ïf`, `cré-é`. Checked inside each vowel group.
 */
export const HIATUS: readonly RegExp[] = [/é[aâeéèêioôu]/u, /[aeo]ï/u, /o[éè]/u, /[aeo]ü/u]

/** A final `e` / `es` after a consonant: `par-le`, `gran-des`. */
const MUTE_E = new RegExp(`[^${VOWELS}]es?$`, 'u')

const ALPHANUMERIC = /[\p{L}\p{N}]/u

/** The word without punctuation around it (`«`, `»,`, `…`); a loop, as an anchored regex backtracks on long runs. */
function trimToAlphanumeric(word: string): string {
  if (word === '' || (ALPHANUMERIC.test(word[0]!) && ALPHANUMERIC.test(word[word.length - 1]!))) return word
  const chars = [...word]
  let start = 0
  let end = chars.length
  while (start < end && !ALPHANUMERIC.test(chars[start]!)) start++
  while (end > start && !ALPHANUMERIC.test(chars[end - 1]!)) end--
  return chars.slice(start, end).join('')
}

/** Syllables of one French word (at least one for any word with a letter or digit). */
export function countSyllables(word: string): number {
  const lower = trimToAlphanumeric(word.normalize('NFC').toLowerCase().replace(/['’]/g, ''))
  const groups = lower.match(VOWEL_GROUP) ?? []
  let count = 0
  for (const group of groups) {
    count += 1
    for (const hiatus of HIATUS) if (hiatus.test(group)) count += 1
  }
  // A final `e` / `es` after a consonant is mute (`parle`, `grandes`), when it is not the only vowel (`le`, `des`).
  if (groups.length > 1 && MUTE_E.test(lower)) count -= 1
  return Math.max(count, /[\p{L}\p{N}]/u.test(lower) ? 1 : 0)
}

/** Sum of {@link countSyllables} over the words of a text. */
export function countTextSyllables(words: readonly string[]): number {
  let total = 0
  for (const word of words) total += countSyllables(word)
  return total
}
