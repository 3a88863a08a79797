import {defineRule} from './define.js'

/** Options of `consecutive-sentences`. */
export interface ConsecutiveSentencesOptions {
  /** Fewest consecutive sentences with the same first word that are reported. @default 3 */
  min: number
}

/** No three consecutive sentences start with the same word. */
export const consecutiveSentences = defineRule<ConsecutiveSentencesOptions>({
  id: 'consecutive-sentences',
  category: 'readability',
  description: 'No 3 or more consecutive sentences start with the same word',
  severity: 'warn',
  weight: 2,
  defaults: {min: 3},
  check(m, o) {
    return m.sameStarts
      .filter((run) => run.sentences.length >= o.min)
      .map((run) => ({
        message: `Unexpected ${run.sentences.length} consecutive sentences starting with “${run.word}”, expected fewer than ${o.min}`,
        rating: 'bad' as const,
        place: run.place,
        actual: String(run.sentences.length),
        expected: [`< ${o.min}`],
        fix: 'Vary how these sentences start.'
      }))
  }
})
