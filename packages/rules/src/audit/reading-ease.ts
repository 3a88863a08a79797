import {defineRule} from './define.js'

/** Options of `reading-ease`. */
export interface ReadingEaseOptions {
  /** Least Kandel–Moles score for an easy enough text ("standard" and easier). @default 60 */
  min: number
  /** Below this the text is hard. @default 50 */
  hard: number
}

/** Kandel–Moles reading ease (the French Flesch) of at least 60. */
export const readingEase = defineRule<ReadingEaseOptions>({
  id: 'reading-ease',
  category: 'readability',
  description: 'Kandel–Moles reading ease (207 − 1.015 × words/sentence − 73.6 × syllables/word) ≥ 60',
  severity: 'warn',
  weight: 3,
  defaults: {min: 60, hard: 50},
  applies: (m) => m.readingEase.sentences > 0,
  check(m, o) {
    const {score, words, sentences} = m.readingEase
    if (score >= o.min) return []
    return [
      {
        message: `Unexpected reading ease of ${score}, expected at least ${o.min}`,
        rating: score < o.hard ? 'bad' : 'ok',
        actual: String(score),
        expected: [`≥ ${o.min}`],
        fix: `Use shorter sentences (now ${Math.round((words / sentences) * 10) / 10} words on average) and shorter words.`
      }
    ]
  }
})
