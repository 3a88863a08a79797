import {defineRule} from './define.js'

/** Exactly one H1: the title. */
export const singleH1 = defineRule<Record<string, never>>({
  id: 'single-h1',
  category: 'seo',
  description: 'Exactly one H1 heading',
  severity: 'error',
  weight: 3,
  defaults: {},
  check(m) {
    const h1 = m.headings.filter((heading) => heading.depth === 1)
    if (h1.length === 1) return []
    if (h1.length === 0) return [{message: 'Unexpected article without an H1, expected one (the title)', rating: 'bad', actual: '0', expected: ['1'], fix: 'Start the article with its title as an H1 (`# Title`).'}]
    return h1.slice(1).map((heading) => ({message: `Unexpected extra H1 “${heading.text}”, expected one H1 only`, rating: 'bad' as const, place: heading.place, actual: String(h1.length), expected: ['1'], fix: 'Turn the extra H1 into an H2.'}))
  }
})
