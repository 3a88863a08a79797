import {defineRule} from './define.js'

/** Every subheading has text under it before the next heading. */
export const emptySection = defineRule<Record<string, never>>({
  id: 'empty-section',
  category: 'seo',
  description: 'No subheading without text under it',
  severity: 'warn',
  weight: 2,
  defaults: {},
  check(m) {
    const found = []
    for (let index = 0; index < m.headings.length; index++) {
      const heading = m.headings[index]!
      if (heading.depth === 1) continue
      const section = m.sections.find((s) => s.heading === index)
      const next = m.headings[index + 1]
      const hasSubsection = next !== undefined && next.depth > heading.depth
      if (section && section.blocks === 0 && !hasSubsection) {
        found.push({message: `Unexpected empty section “${heading.text}”, expected text under it`, rating: 'bad' as const, place: heading.place, fix: 'Write the section or remove its subheading.'})
      }
    }
    return found
  }
})
