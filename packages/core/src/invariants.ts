/**
 * Checks of DESIGN.md's invariants that callers (and tests) can run on any
 * input/output pair.
 */

/** The comparable words of a text: letter/digit runs, lowercased, NFC. */
export function comparableWords(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

/**
 * Invariant 1: every word of `original` appears in `output`, in order
 * (ignoring case, punctuation and spacing). Returns the index (in the
 * original's words) of the first word that could not be found, or -1.
 */
export function firstMissingWord(original: string, output: string): number {
  const want = comparableWords(original)
  const have = comparableWords(output)
  let j = 0
  for (let i = 0; i < want.length; i++) {
    while (j < have.length && have[j] !== want[i]) j++
    if (j === have.length) return i
    j++
  }
  return -1
}
