import {defineRule, hasProse, percent} from './define.js'

/** Options of `sentence-length`. */
export interface SentenceLengthOptions {
  /** A sentence longer than this many words is long (Yoast's French setting). @default 20 */
  words: number
  /** Most share of long sentences, in percent. @default 25 */
  max: number
  /** Above this share it is far too many. @default 30 */
  tooMany: number
}

/** At most 25 % of the sentences have more than 20 words. */
export const sentenceLength = defineRule<SentenceLengthOptions>({
  id: 'sentence-length',
  category: 'readability',
  description: 'At most 25 % of sentences have more than 20 words',
  severity: 'warn',
  weight: 4,
  defaults: {words: 20, max: 25, tooMany: 30},
  applies: hasProse,
  check(m, o) {
    const long = m.sentences.filter((sentence) => sentence.words > o.words)
    const share = percent(long.length, m.sentences.length)
    if (share <= o.max) return []
    const longest = [...long].sort((a, b) => b.words - a.words || a.id - b.id)[0]
    return [
      {
        message: `Unexpected ${share} % of sentences over ${o.words} words (${long.length}/${m.sentences.length}), expected at most ${o.max} %`,
        rating: share > o.tooMany ? 'bad' : 'ok',
        place: longest?.place,
        actual: `${share} %`,
        expected: [`≤ ${o.max} %`],
        fix: `Split long sentences, starting with the longest (${longest?.words ?? 0} words).`
      }
    ]
  }
})
