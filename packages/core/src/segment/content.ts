import type {Token} from '../nlp/types.js'

/**
 * The stems that carry a unit's topic: words that are not stop words (and
 * not one-letter leftovers such as a lone initial).
 */
export function contentStems(tokens: readonly Token[]): string[] {
  const stems: string[] = []
  for (const token of tokens) {
    if (token.kind !== 'word' || token.stop) continue
    if (token.stem.length < 2) continue
    stems.push(token.stem)
  }
  return stems
}
