import {defineRule} from './define.js'

/** Options of `keyphrase-in-meta-description`. */
export interface KeyphraseInMetaDescriptionOptions {
  /** Most occurrences before it reads as stuffing. @default 2 */
  max: number
}

/** The meta description holds the keyphrase once or twice. */
export const keyphraseInMetaDescription = defineRule<KeyphraseInMetaDescriptionOptions>({
  id: 'keyphrase-in-meta-description',
  category: 'seo',
  description: 'The meta description contains the keyphrase once or twice',
  severity: 'warn',
  weight: 3,
  defaults: {max: 2},
  applies: (m) => m.keyphrase !== undefined && m.meta.description !== undefined,
  check(m, o) {
    const k = m.keyphrase
    if (!k) return []
    if (k.description === 0) {
      return [{message: `Unexpected meta description without the keyphrase “${k.text}”, expected it once`, rating: 'bad', actual: '0', expected: [`1–${o.max}`], fix: 'Use the keyphrase in the meta description.'}]
    }
    if (k.description > o.max) {
      return [{message: `Unexpected keyphrase ${k.description} times in the meta description, expected at most ${o.max}`, rating: 'bad', actual: String(k.description), expected: [`1–${o.max}`], fix: 'Use the keyphrase at most twice in the meta description.'}]
    }
    return []
  }
})
