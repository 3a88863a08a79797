import {defineRule, percent} from './define.js'

/** Options of `transition-words`. */
export interface TransitionWordsOptions {
  /** Least share of sentences holding a transition, in percent. @default 30 */
  min: number
  /** Below this share it is far too few. @default 20 */
  tooFew: number
  /** Texts shorter than this are not judged (as Yoast). @default 200 */
  minWords: number
}

/** At least 30 % of the sentences hold a transition word. */
export const transitionWords = defineRule<TransitionWordsOptions>({
  id: 'transition-words',
  category: 'readability',
  description: 'At least 30 % of sentences contain a transition word',
  severity: 'warn',
  weight: 3,
  defaults: {min: 30, tooFew: 20, minWords: 200},
  applies: (m, o) => m.sentences.length > 0 && m.words >= o.minWords,
  check(m, o) {
    const count = m.sentences.filter((sentence) => sentence.transition !== undefined).length
    const share = percent(count, m.sentences.length)
    if (share >= o.min) return []
    return [
      {
        message: `Unexpected ${share} % of sentences with a transition word (${count}/${m.sentences.length}), expected at least ${o.min} %`,
        rating: share < o.tooFew ? 'bad' : 'ok',
        actual: `${share} %`,
        expected: [`≥ ${o.min} %`],
        fix: 'Link sentences with transitions (cependant, en effet, par ailleurs …).'
      }
    ]
  }
})
