import {defineRule} from './define.js'

/** Options of `text-length`. */
export interface TextLengthOptions {
  /** Least words for a good article. @default 300 */
  min: number
  /** Fewer words than this is far too short. @default 200 */
  tooShort: number
}

/** The text has at least 300 words. */
export const textLength = defineRule<TextLengthOptions>({
  id: 'text-length',
  category: 'seo',
  description: 'The text has at least 300 words',
  severity: 'error',
  weight: 4,
  defaults: {min: 300, tooShort: 200},
  check(m, o) {
    if (m.words >= o.min) return []
    return [{message: `Unexpected ${m.words} words, expected at least ${o.min}`, rating: m.words < o.tooShort ? 'bad' : 'ok', actual: String(m.words), expected: [`≥ ${o.min}`], fix: `Add about ${o.min - m.words} words of substance.`}]
  }
})
