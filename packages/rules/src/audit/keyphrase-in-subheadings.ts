import {defineRule, percent} from './define.js'

/** Options of `keyphrase-in-subheadings`. */
export interface KeyphraseInSubheadingsOptions {
  /** Least share of subheadings (H2–H3) holding the keyphrase, in percent. @default 30 */
  min: number
  /** Most share, in percent: more reads as stuffing. @default 75 */
  max: number
}

/** 30–75 % of the subheadings hold the keyphrase. */
export const keyphraseInSubheadings = defineRule<KeyphraseInSubheadingsOptions>({
  id: 'keyphrase-in-subheadings',
  category: 'seo',
  description: 'The keyphrase appears in 30–75 % of the subheadings (H2–H3)',
  severity: 'warn',
  weight: 3,
  defaults: {min: 30, max: 75},
  applies: (m) => m.keyphrase !== undefined && m.keyphrase.subheadings.total > 0,
  check(m, o) {
    const k = m.keyphrase
    if (!k) return []
    const {with: count, total} = k.subheadings
    const share = percent(count, total)
    if (share >= o.min && share <= o.max) return []
    const low = share < o.min
    return [
      {
        message: `Unexpected keyphrase in ${share} % of subheadings (${count}/${total}), expected ${o.min}–${o.max} %`,
        rating: low && count > 0 ? 'ok' : 'bad',
        actual: `${share} %`,
        expected: [`${o.min}–${o.max} %`],
        fix: low ? 'Use the keyphrase (or a variant) in more subheadings.' : 'Use the keyphrase in fewer subheadings.'
      }
    ]
  }
})
