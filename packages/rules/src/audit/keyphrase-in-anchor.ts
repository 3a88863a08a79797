import {defineRule} from './define.js'

/** No link uses the keyphrase as its anchor text: it would send readers (and rank) to another page. */
export const keyphraseInAnchor = defineRule<Record<string, never>>({
  id: 'keyphrase-in-anchor',
  category: 'seo',
  description: 'No link has the keyphrase as its anchor text (competing links)',
  severity: 'warn',
  weight: 2,
  defaults: {},
  applies: (m) => m.keyphrase !== undefined && m.links.length > 0,
  check(m) {
    const k = m.keyphrase
    if (!k) return []
    return m.links
      .filter((link) => link.keyphrase)
      .map((link) => ({
        message: `Unexpected keyphrase “${k.text}” as link text, expected other words for the link to ${link.url}`,
        rating: 'bad' as const,
        place: link.place,
        actual: link.text,
        fix: 'Reword the link text so the article, not the link target, ranks for the keyphrase.'
      }))
  }
})
