import {defineRule} from './define.js'

/** Options of `title-length`. */
export interface TitleLengthOptions {
  /** Fewest characters. @default 30 */
  min: number
  /** Most characters before search engines cut it. @default 60 */
  max: number
}

/** The SEO title has 30–60 characters. */
export const titleLength = defineRule<TitleLengthOptions>({
  id: 'title-length',
  category: 'seo',
  description: 'The title has 30–60 characters',
  severity: 'warn',
  weight: 3,
  defaults: {min: 30, max: 60},
  check(m, o) {
    const title = m.meta.title
    if (title === undefined) return [{message: 'Unexpected missing title, expected one', rating: 'bad', expected: [`${o.min}–${o.max} characters`], fix: 'Give the article a title.'}]
    const n = [...title].length
    if (n >= o.min && n <= o.max) return []
    return [{message: `Unexpected title of ${n} characters, expected ${o.min}–${o.max}`, rating: 'ok', actual: String(n), expected: [`${o.min}–${o.max}`], fix: n < o.min ? 'Make the title more descriptive.' : 'Shorten the title so it is not cut in search results.'}]
  }
})
