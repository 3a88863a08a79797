import {defineRule} from './define.js'

/** Options of `meta-description-length`. */
export interface MetaDescriptionLengthOptions {
  /** Fewest characters. @default 120 */
  min: number
  /** Most characters before search engines cut it. @default 156 */
  max: number
}

/** The meta description has 120–156 characters. */
export const metaDescriptionLength = defineRule<MetaDescriptionLengthOptions>({
  id: 'meta-description-length',
  category: 'seo',
  description: 'The meta description has 120–156 characters',
  severity: 'warn',
  weight: 3,
  defaults: {min: 120, max: 156},
  check(m, o) {
    const description = m.meta.description
    if (description === undefined) return [{message: 'Unexpected missing meta description, expected one', rating: 'bad', expected: [`${o.min}–${o.max} characters`], fix: 'Write a meta description (front matter `description`).'}]
    const n = [...description].length
    if (n >= o.min && n <= o.max) return []
    return [{message: `Unexpected meta description of ${n} characters, expected ${o.min}–${o.max}`, rating: 'ok', actual: String(n), expected: [`${o.min}–${o.max}`], fix: n < o.min ? 'Say more in the meta description.' : 'Shorten the meta description so it is not cut.'}]
  }
})
