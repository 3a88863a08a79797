import {fr, type audit} from '@titraille/rules'
import {words} from '../nlp/words.js'
import type {Token} from '../nlp/types.js'

/** French syllables of a text (words as the audit counts them). */
export function textSyllables(text: string): number {
  return fr.countTextSyllables(words(text))
}

/**
 * Kandel–Moles reading ease, the French adaptation of Flesch:
 * `207 − 1.015 × words/sentences − 73.6 × syllables/words`, one decimal.
 */
export function kandelMoles(totals: {words: number; sentences: number; syllables: number}): audit.ReadingEaseMeasure {
  const {words: w, sentences: s, syllables} = totals
  const score = w === 0 || s === 0 ? 0 : 207 - 1.015 * (w / s) - 73.6 * (syllables / w)
  return {score: Math.round(score * 10) / 10, words: w, sentences: s, syllables}
}

const EXCEPTIONS = new Set(fr.SENTENCE_START_EXCEPTIONS)

/** How a sentence starts, for `consecutive-sentences`: its first word, with the next one after a determiner, a number or an elision (`c’est`). */
export function firstWord(tokens: readonly Token[]): string {
  const lexical = tokens.filter((token) => token.kind === 'word' || token.kind === 'number')
  const first = lexical[0]
  if (!first) return ''
  const second = lexical[1]
  if (second && (EXCEPTIONS.has(first.lower) || first.kind === 'number' || first.lower.endsWith('’'))) return first.lower.endsWith('’') ? `${first.lower}${second.lower}` : `${first.lower} ${second.lower}`
  return first.lower
}
