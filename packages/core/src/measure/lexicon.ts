import {fr} from '@titraille/rules'
import {tokenize} from '../nlp/tokens.js'
import type {Token} from '../nlp/types.js'

let unelided: Map<string, string> | undefined

/** Elided word → its full form (`qu’` → `que`, `l’` → `le`), from the language pack's elision table. */
function fullForm(word: string): string {
  if (!unelided) {
    unelided = new Map()
    for (const [full, elided] of Object.entries(fr.ELISIONS)) if (!unelided.has(elided)) unelided.set(elided, full)
  }
  return unelided.get(word) ?? word
}

/**
 * Lowercase words of a token list (punctuation, numbers and symbols left
 * out), elisions written in full so `bien qu’il` matches `bien que`.
 */
export function wordLowers(tokens: readonly Token[]): string[] {
  return tokens.filter((token) => token.kind === 'word').map((token) => fullForm(token.lower))
}

/** A phrase of the language pack as the tokenizer cuts it (`d’abord` → `d’`, `abord`). */
function phraseWords(phrase: string): string[] {
  return wordLowers(tokenize(phrase))
}

/** Phrases indexed by their first word, longest first, so `parce que` wins over `parce`; `grâce à` also as `grâce au`, `grâce aux`. */
export interface PhraseIndex {
  byFirst: Map<string, {phrase: string; words: string[]}[]>
}

/** Index a list of phrases for {@link findPhrase}. */
export function indexPhrases(phrases: readonly string[]): PhraseIndex {
  const byFirst = new Map<string, {phrase: string; words: string[]}[]>()
  for (const phrase of phrases) {
    const words = phraseWords(phrase)
    const first = words[0]
    if (first === undefined) continue
    const list = byFirst.get(first) ?? []
    list.push({phrase, words})
    const last = words[words.length - 1]!
    if (words.length > 1) for (const contracted of fr.CONTRACTED_ENDINGS[last] ?? []) list.push({phrase, words: [...words.slice(0, -1), contracted]})
    byFirst.set(first, list)
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length)
  return {byFirst}
}

/** First phrase of `index` found in `words` at or after `from`: its text and word index. */
export function findPhrase(words: readonly string[], index: PhraseIndex, from = 0): {phrase: string; at: number; length: number} | undefined {
  for (let i = from; i < words.length; i++) {
    const candidates = index.byFirst.get(words[i]!)
    if (!candidates) continue
    for (const candidate of candidates) {
      if (candidate.words.every((word, k) => words[i + k] === word)) return {phrase: candidate.phrase, at: i, length: candidate.words.length}
    }
  }
  return undefined
}

let transitions: {single: PhraseIndex; pairs: {first: PhraseIndex; second: PhraseIndex; text: string}[]} | undefined

/** The language pack's transitions, indexed once. */
export function transitionIndex(): NonNullable<typeof transitions> {
  transitions ??= {
    single: indexPhrases([...fr.TRANSITION_WORDS, ...fr.TRANSITION_PHRASES]),
    pairs: fr.TWO_PART_TRANSITIONS.map(([a, b]) => ({first: indexPhrases([a]), second: indexPhrases([b]), text: `${a} … ${b}`}))
  }
  return transitions
}

/** The transition a sentence holds (one word, several words, or a two-part pair), if any; `lowers` are its words, lowercase, apostrophe `’`. */
export function findTransition(lowers: readonly string[]): string | undefined {
  const index = transitionIndex()
  const words = lowers.map(fullForm)
  const single = findPhrase(words, index.single)
  if (single) return single.phrase
  for (const pair of index.pairs) {
    const first = findPhrase(words, pair.first)
    if (first && findPhrase(words, pair.second, first.at + first.length)) return pair.text
  }
  return undefined
}
