import {defineRule} from './define.js'

/** Options of `subheading-length`. */
export interface SubheadingLengthOptions {
  /** Most characters of a subheading. @default 70 */
  max: number
  /** Fewest words of a subheading. @default 2 */
  minWords: number
}

/** Subheadings are short (≤ 70 characters) but say something (≥ 2 words). */
export const subheadingLength = defineRule<SubheadingLengthOptions>({
  id: 'subheading-length',
  category: 'readability',
  description: 'Subheadings have 2 words to 70 characters',
  severity: 'warn',
  weight: 1,
  defaults: {max: 70, minWords: 2},
  check(m, o) {
    const found = []
    for (const heading of m.headings) {
      if (heading.depth === 1) continue
      if (heading.characters > o.max) found.push({message: `Unexpected subheading of ${heading.characters} characters, expected at most ${o.max}`, rating: 'ok' as const, place: heading.place, actual: String(heading.characters), expected: [`≤ ${o.max}`], fix: 'Shorten the subheading.'})
      else if (heading.words < o.minWords) found.push({message: `Unexpected subheading of ${heading.words} word${heading.words === 1 ? '' : 's'} (“${heading.text}”), expected at least ${o.minWords}`, rating: 'ok' as const, place: heading.place, actual: String(heading.words), expected: [`≥ ${o.minWords}`], fix: 'Say what the section is about.'})
    }
    return found
  }
})
