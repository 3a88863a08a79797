import {defineRule} from './define.js'

/** Options of `keyphrase-density`. */
export interface KeyphraseDensityOptions {
  /** Least occurrences per 100 words. @default 0.5 */
  min: number
  /** Most occurrences per 100 words. @default 3 */
  max: number
}

/** The keyphrase (stem variants, both apostrophes) occurs 0.5–3 times per 100 words. */
export const keyphraseDensity = defineRule<KeyphraseDensityOptions>({
  id: 'keyphrase-density',
  category: 'seo',
  description: 'The keyphrase occurs 0.5–3 times per 100 words (stem variants count)',
  severity: 'warn',
  weight: 4,
  defaults: {min: 0.5, max: 3},
  applies: (m) => m.keyphrase !== undefined && m.words > 0,
  check(m, o) {
    const k = m.keyphrase
    if (!k) return []
    if (k.density >= o.min && k.density <= o.max) return []
    const low = k.density < o.min
    return [
      {
        message: `Unexpected keyphrase density of ${k.density} % (${k.count} in ${m.words} words), expected ${o.min}–${o.max} %`,
        rating: k.count === 0 || !low ? 'bad' : 'ok',
        actual: `${k.density} %`,
        expected: [`${o.min}–${o.max} %`],
        fix: low ? `Use the keyphrase about ${Math.ceil((o.min * m.words) / 100) - k.count} more times.` : 'Use the keyphrase less often; vary with synonyms.'
      }
    ]
  }
})
