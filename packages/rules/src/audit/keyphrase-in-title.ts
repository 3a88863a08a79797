import {defineRule} from './define.js'

/** The title holds the keyphrase, at its start at best. */
export const keyphraseInTitle = defineRule<Record<string, never>>({
  id: 'keyphrase-in-title',
  category: 'seo',
  description: 'The title contains the keyphrase, best at its start',
  severity: 'warn',
  weight: 5,
  defaults: {},
  applies: (m) => m.keyphrase !== undefined && m.meta.title !== undefined,
  check(m) {
    const k = m.keyphrase
    if (!k || k.title === 'start') return []
    if (k.title === 'anywhere') {
      return [{message: `Unexpected keyphrase “${k.text}” after the start of the title, expected it first`, rating: 'ok', actual: m.meta.title, expected: [`${k.text} …`], fix: 'Move the keyphrase to the start of the title.'}]
    }
    return [{message: `Unexpected title without the keyphrase “${k.text}”, expected it in the title`, rating: 'bad', actual: m.meta.title, expected: [k.text], fix: 'Put the keyphrase in the title, at its start.'}]
  }
})
