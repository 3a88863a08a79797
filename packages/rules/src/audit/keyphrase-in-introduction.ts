import {defineRule} from './define.js'

/** The first paragraph holds the keyphrase, best within one sentence. */
export const keyphraseInIntroduction = defineRule<Record<string, never>>({
  id: 'keyphrase-in-introduction',
  category: 'seo',
  description: 'The first paragraph contains the keyphrase (in one sentence at best)',
  severity: 'warn',
  weight: 4,
  defaults: {},
  applies: (m) => m.keyphrase !== undefined && m.paragraphs.length > 0,
  check(m) {
    const k = m.keyphrase
    if (!k || k.firstParagraph === 'sentence') return []
    const place = m.paragraphs[0]?.place
    if (k.firstParagraph === 'paragraph') {
      return [{message: `Unexpected keyphrase “${k.text}” spread over sentences of the first paragraph, expected it in one sentence`, rating: 'ok', place, fix: 'Say the keyphrase in one sentence of the first paragraph.'}]
    }
    return [{message: `Unexpected first paragraph without the keyphrase “${k.text}”, expected it there`, rating: 'bad', place, expected: [k.text], fix: 'Use the keyphrase in the first paragraph (the chapeau).'}]
  }
})
