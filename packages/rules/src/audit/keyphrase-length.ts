import {defineRule} from './define.js'

/** Options of `keyphrase-length`. */
export interface KeyphraseLengthOptions {
  /** Most content words for a good keyphrase. @default 4 */
  max: number
  /** Most content words before the keyphrase is far too long. @default 8 */
  tooLong: number
}

/** The focus keyphrase is set and short: 1–4 content words (function words do not count, as in Yoast's French config). */
export const keyphraseLength = defineRule<KeyphraseLengthOptions>({
  id: 'keyphrase-length',
  category: 'seo',
  description: 'A focus keyphrase is set and has 1–4 content words',
  severity: 'warn',
  weight: 3,
  defaults: {max: 4, tooLong: 8},
  check(m, o) {
    if (!m.keyphrase) {
      return [{message: 'Unexpected missing focus keyphrase, expected one', rating: 'bad', expected: ['a keyphrase'], fix: 'Give a focus keyphrase (front matter `keyphrase` or `--keyphrase`).'}]
    }
    const n = m.keyphrase.contentWords.length
    if (n <= o.max && n > 0) return []
    return [
      {
        message: `Unexpected keyphrase of ${n} content words, expected at most ${o.max}`,
        rating: n > o.tooLong ? 'bad' : 'ok',
        actual: String(n),
        expected: [`≤ ${o.max}`],
        fix: 'Shorten the focus keyphrase to what a reader would type in a search engine.'
      }
    ]
  }
})
