import {defineRule} from './define.js'

/** Options of `paragraph-length`. */
export interface ParagraphLengthOptions {
  /** Most words in a paragraph. @default 150 */
  max: number
  /** More words than this is far too long. @default 200 */
  tooLong: number
}

/** Paragraphs have at most 150 words. */
export const paragraphLength = defineRule<ParagraphLengthOptions>({
  id: 'paragraph-length',
  category: 'readability',
  description: 'Paragraphs have at most 150 words',
  severity: 'warn',
  weight: 3,
  defaults: {max: 150, tooLong: 200},
  check(m, o) {
    return m.paragraphs
      .filter((paragraph) => paragraph.words > o.max)
      .map((paragraph) => ({
        message: `Unexpected paragraph of ${paragraph.words} words (“${paragraph.excerpt}”), expected at most ${o.max}`,
        rating: paragraph.words > o.tooLong ? ('bad' as const) : ('ok' as const),
        place: paragraph.place,
        actual: String(paragraph.words),
        expected: [`≤ ${o.max}`],
        fix: 'Split the paragraph where its topic turns.'
      }))
  }
})
