import {defineRule} from './define.js'

/** The article cites at least one source on another site. */
export const outboundLinks = defineRule<Record<string, never>>({
  id: 'outbound-links',
  category: 'seo',
  description: 'At least one outbound link (a source on another site)',
  severity: 'warn',
  weight: 1,
  defaults: {},
  check(m) {
    if (m.links.some((link) => !link.internal)) return []
    return [{message: 'Unexpected article without outbound links, expected at least one', rating: 'ok', actual: '0', expected: ['≥ 1'], fix: 'Link to a source you quote.'}]
  }
})
