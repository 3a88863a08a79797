import {defineRule} from './define.js'

/** The article links to another page of the same site. */
export const internalLinks = defineRule<Record<string, never>>({
  id: 'internal-links',
  category: 'seo',
  description: 'At least one internal link (relative URL or fragment)',
  severity: 'warn',
  weight: 1,
  defaults: {},
  check(m) {
    if (m.links.some((link) => link.internal)) return []
    return [{message: 'Unexpected article without internal links, expected at least one', rating: 'ok', actual: '0', expected: ['≥ 1'], fix: 'Link to a related article of your site.'}]
  }
})
