import {STOP_WORD_SET} from '../fr/stopwords.js'
import {defineRule} from './define.js'

/** Options of `slug-format`. */
export interface SlugFormatOptions {
  /** Most characters. @default 75 */
  max: number
  /** Stop words (`de`, `la`, `les` …) are not allowed. @default true */
  noStopWords: boolean
}

const PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The slug is lowercase ASCII words joined by hyphens, short, without French stop words. */
export const slugFormat = defineRule<SlugFormatOptions>({
  id: 'slug-format',
  category: 'seo',
  description: 'The slug is lowercase ASCII words joined by hyphens, ≤ 75 characters, without French stop words',
  severity: 'warn',
  weight: 2,
  defaults: {max: 75, noStopWords: true},
  check(m, o) {
    const slug = m.meta.slug
    if (slug === undefined) return [{message: 'Unexpected missing slug, expected one', rating: 'bad', expected: ['words-joined-by-hyphens'], fix: 'Give the article a slug.'}]
    if (!PATTERN.test(slug)) {
      return [{message: `Unexpected slug “${slug}”, expected lowercase ASCII words joined by single hyphens`, rating: 'bad', actual: slug, expected: ['[a-z0-9]+(-[a-z0-9]+)*'], fix: 'Lowercase the slug, drop accents and join words with single hyphens.'}]
    }
    const found = []
    if ([...slug].length > o.max) found.push({message: `Unexpected slug of ${slug.length} characters, expected at most ${o.max}`, rating: 'ok' as const, actual: String(slug.length), expected: [`≤ ${o.max}`], fix: 'Shorten the slug to its key words.'})
    const stops = o.noStopWords ? slug.split('-').filter((word) => STOP_WORD_SET.has(word)) : []
    if (stops.length > 0) found.push({message: `Unexpected stop words in the slug (${stops.join(', ')}), expected none`, rating: 'ok' as const, actual: stops.join(', '), expected: ['none'], fix: 'Remove the stop words from the slug.'})
    return found
  }
})
