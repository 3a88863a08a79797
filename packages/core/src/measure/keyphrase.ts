import {tokenize} from '../nlp/tokens.js'
import {stem} from '../nlp/stem.js'
import type {Token} from '../nlp/types.js'

/** A keyphrase ready to be looked for: its words, content words and their stems. */
export interface KeyphraseMatcher {
  text: string
  /** Stems of all its words, in order (for "at the start of the title"). */
  stems: string[]
  contentWords: string[]
  /** Stems of its content words, without duplicates. */
  contentStems: string[]
}

/** Prepare a keyphrase: stop words do not count unless it has nothing else. */
export function keyphraseMatcher(text: string): KeyphraseMatcher {
  const words = tokenize(text).filter((token) => token.kind === 'word' || token.kind === 'number')
  const content = words.filter((token) => !token.stop)
  const kept = content.length > 0 ? content : words
  return {
    text,
    stems: words.map((token) => token.stem),
    contentWords: kept.map((token) => token.lower),
    contentStems: [...new Set(kept.map((token) => token.stem))]
  }
}

/**
 * Occurrences of the keyphrase in one span of tokens: every content word
 * must be there (any form with the same stem, either apostrophe); the span
 * holds it as many times as its rarest word (Yoast's keyphrase count).
 */
export function countIn(tokens: readonly Token[], matcher: KeyphraseMatcher): number {
  if (matcher.contentStems.length === 0) return 0
  const counts = new Map<string, number>()
  for (const token of tokens) if (token.kind === 'word' || token.kind === 'number') counts.set(token.stem, (counts.get(token.stem) ?? 0) + 1)
  let least = Number.POSITIVE_INFINITY
  for (const s of matcher.contentStems) least = Math.min(least, counts.get(s) ?? 0)
  return least
}

/** The tokens of a text hold every content word of the keyphrase. */
export function containsKeyphrase(text: string, matcher: KeyphraseMatcher): boolean {
  return countIn(tokenize(text), matcher) > 0
}

/** The text starts with the keyphrase's words in order (stem variants; leading punctuation and articles ignored). */
export function startsWithKeyphrase(text: string, matcher: KeyphraseMatcher): boolean {
  let words = tokenize(text).filter((token) => token.kind === 'word' || token.kind === 'number')
  // « La piscine municipale … » starts with « piscine municipale »: a leading article does not count.
  const first = tokenize(matcher.text).find((token) => token.kind === 'word' || token.kind === 'number')
  if (first && !first.stop) words = words.slice(Math.max(0, words.findIndex((token) => !token.stop)))
  return matcher.stems.length > 0 && matcher.stems.every((s, i) => words[i]?.stem === s)
}

/** Lowercase, no accents: how slugs spell words. */
function ascii(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/** Share (0–1) of the keyphrase's content words found in the slug (accents dropped, stem variants). */
export function slugShare(slug: string, matcher: KeyphraseMatcher): number {
  if (matcher.contentWords.length === 0) return 0
  const parts = new Set(slug.split(/[-_/]+/).filter(Boolean).map((part) => stem(ascii(part))))
  const found = matcher.contentWords.filter((word) => parts.has(stem(ascii(word.replace(/’/g, '')))))
  return found.length / matcher.contentWords.length
}
