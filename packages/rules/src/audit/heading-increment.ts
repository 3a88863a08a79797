import {defineRule} from './define.js'

/** Heading levels go down one step at a time (no H2 → H4). */
export const headingIncrement = defineRule<Record<string, never>>({
  id: 'heading-increment',
  category: 'seo',
  description: 'No skipped heading level (H2 → H4)',
  severity: 'warn',
  weight: 2,
  defaults: {},
  check(m) {
    const found = []
    let previous = 0
    for (const heading of m.headings) {
      if (previous > 0 && heading.depth > previous + 1) {
        found.push({message: `Unexpected H${heading.depth} “${heading.text}” after an H${previous}, expected H${previous + 1} or less`, rating: 'bad' as const, place: heading.place, actual: `h${heading.depth}`, expected: [`h${previous + 1}`], fix: `Make it an H${previous + 1}.`})
      }
      previous = heading.depth
    }
    return found
  }
})
