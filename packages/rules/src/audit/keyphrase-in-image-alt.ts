import {defineRule} from './define.js'

/** When the article has images, one of their alt texts holds the keyphrase. */
export const keyphraseInImageAlt = defineRule<Record<string, never>>({
  id: 'keyphrase-in-image-alt',
  category: 'seo',
  description: 'When there are images, an alt text contains the keyphrase',
  severity: 'warn',
  weight: 1,
  defaults: {},
  applies: (m) => m.keyphrase !== undefined && m.images.length > 0,
  check(m) {
    const k = m.keyphrase
    if (!k || k.imageAlts > 0) return []
    return [{message: `Unexpected images without the keyphrase “${k.text}” in any alt text, expected it in one`, rating: 'ok', place: m.images[0]?.place, actual: '0', expected: ['≥ 1'], fix: 'Use the keyphrase in the alt text of a relevant image.'}]
  }
})
