import {defineRule} from './define.js'

/** Comparable form of a heading: case, spacing and end punctuation do not matter. */
function key(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/['’]/g, '’').replace(/[\s\u00a0\u202f]+/g, ' ').replace(/[\s.:;!?…]+$/u, '').trim()
}

/** Every subheading is different. */
export const uniqueSubheadings = defineRule<Record<string, never>>({
  id: 'unique-subheadings',
  category: 'seo',
  description: 'Subheadings are unique',
  severity: 'warn',
  weight: 2,
  defaults: {},
  check(m) {
    const seen = new Set<string>()
    const found = []
    for (const heading of m.headings) {
      if (heading.depth === 1) continue
      const k = key(heading.text)
      if (seen.has(k)) found.push({message: `Unexpected duplicate subheading “${heading.text}”, expected unique subheadings`, rating: 'bad' as const, place: heading.place, actual: heading.text, fix: 'Name this section by what sets it apart.'})
      seen.add(k)
    }
    return found
  }
})
