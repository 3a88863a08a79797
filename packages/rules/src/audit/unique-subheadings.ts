import {defineRule} from './define.js'

const END_PUNCTUATION = new Set([' ', '.', ':', ';', '!', '?', '…'])

/** Comparable form of a heading: case, spacing and end punctuation do not matter. */
function key(text: string): string {
  const spaced = text.normalize('NFC').toLowerCase().replace(/'/g, '’').replace(/[\s\u00a0\u202f]+/g, ' ')
  // A loop, not a `[…]+$` regex: that one backtracks quadratically on long runs.
  let end = spaced.length
  while (end > 0 && END_PUNCTUATION.has(spaced[end - 1]!)) end--
  return spaced.slice(0, end).trim()
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
