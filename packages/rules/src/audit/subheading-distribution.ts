import {defineRule} from './define.js'

/** Options of `subheading-distribution`. */
export interface SubheadingDistributionOptions {
  /** Most words of text without a subheading. @default 300 */
  max: number
  /** More words than this without a subheading is far too many. @default 350 */
  tooMany: number
}

/** No stretch of text longer than 300 words goes without a subheading. */
export const subheadingDistribution = defineRule<SubheadingDistributionOptions>({
  id: 'subheading-distribution',
  category: 'readability',
  description: 'A subheading at least every 300 words',
  severity: 'warn',
  weight: 4,
  defaults: {max: 300, tooMany: 350},
  applies: (m) => m.words > 0,
  check(m, o) {
    return m.sections
      .filter((section) => section.words > o.max)
      .map((section) => {
        const heading = section.heading === undefined ? undefined : m.headings[section.heading]
        return {
          message: `Unexpected ${section.words} words ${heading ? `under “${heading.text}”` : 'before the first subheading'}, expected at most ${o.max}`,
          rating: section.words > o.tooMany ? ('bad' as const) : ('ok' as const),
          place: section.place,
          actual: String(section.words),
          expected: [`≤ ${o.max}`],
          fix: 'Split the text with a subheading.'
        }
      })
  }
})
