import {defineRule} from './define.js'

/** Options of `keyphrase-in-slug`. */
export interface KeyphraseInSlugOptions {
  /** Share of the keyphrase's content words the slug must hold to be merely `ok`. @default 0.5 */
  partial: number
}

/** The slug holds the keyphrase's content words. */
export const keyphraseInSlug = defineRule<KeyphraseInSlugOptions>({
  id: 'keyphrase-in-slug',
  category: 'seo',
  description: 'The slug contains the content words of the keyphrase',
  severity: 'warn',
  weight: 2,
  defaults: {partial: 0.5},
  applies: (m) => m.keyphrase !== undefined && m.meta.slug !== undefined,
  check(m, o) {
    const k = m.keyphrase
    if (!k || k.slug >= 1) return []
    return [
      {
        message: `Unexpected slug “${m.meta.slug ?? ''}” without ${k.slug > 0 ? 'all of ' : ''}the keyphrase “${k.text}”, expected its words in the slug`,
        rating: k.slug >= o.partial ? 'ok' : 'bad',
        actual: m.meta.slug,
        expected: [k.contentWords.join('-')],
        fix: 'Put the keyphrase’s words in the slug.'
      }
    ]
  }
})
