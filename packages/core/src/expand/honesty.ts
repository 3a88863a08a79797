import {comparableWords} from '../invariants.js'
import {trimEndWhere} from './text.js'

/**
 * Checks of the honesty rules on generated text: nothing in it that the
 * article does not contain (numbers, proper nouns), and little repetition.
 */

/** Digit runs of a text (`420 000` → `420`, `000`). */
export function numbersOf(text: string): string[] {
  return text.match(/\d+/gu) ?? []
}

/**
 * Capitalised words of `text` that do not open a sentence (or a quotation,
 * a list item, a clause after a colon): the proper nouns it names.
 */
export function properNounsOf(text: string): string[] {
  const found: string[] = []
  for (const match of text.matchAll(/[\p{L}][\p{L}\p{M}’'-]*/gu)) {
    const word = match[0]
    if (!/^\p{Lu}/u.test(word)) continue
    const before = trimEndWhere(text.slice(0, match.index), (char) => /[\s*_]/u.test(char))
    if (before === '' || /[.!?:«—–(\-]$/u.test(before)) continue
    found.push(word)
  }
  return found
}

/** Numbers and proper nouns of `added` that `input` does not contain (empty when honest). */
export function inventedIn(added: string, input: string): string[] {
  const numbers = new Set(numbersOf(input))
  const inputWords = new Set(input.match(/[\p{L}][\p{L}\p{M}’'-]*/gu) ?? [])
  const inputLower = input.normalize('NFC')
  const invented: string[] = []
  for (const number of numbersOf(added)) if (!numbers.has(number)) invented.push(number)
  for (const noun of properNounsOf(added)) {
    if (!inputWords.has(noun) && !inputLower.includes(noun)) invented.push(noun)
  }
  return invented
}

/** Counts of word n-grams, to measure repetition as text is added. */
export class NgramCounter {
  private readonly seen = new Map<string, number>()
  total = 0
  repeated = 0

  constructor(readonly n = 4) {}

  /** An independent copy. */
  clone(): NgramCounter {
    const copy = new NgramCounter(this.n)
    for (const [gram, count] of this.seen) copy.seen.set(gram, count)
    copy.total = this.total
    copy.repeated = this.repeated
    return copy
  }

  private grams(text: string): string[] {
    const words = comparableWords(text)
    const grams: string[] = []
    for (let i = 0; i + this.n <= words.length; i++) grams.push(words.slice(i, i + this.n).join(' '))
    return grams
  }

  /** Become a copy of `other` (to take back text). */
  restore(other: NgramCounter): void {
    this.seen.clear()
    for (const [gram, count] of other.seen) this.seen.set(gram, count)
    this.total = other.total
    this.repeated = other.repeated
  }

  /**
   * Share of repeated n-grams if `text` were added, over at least `floor`
   * n-grams (to measure against the length a text is meant to reach).
   */
  shareWith(text: string, floor = 0): number {
    const grams = this.grams(text)
    const local = new Set<string>()
    let repeated = this.repeated
    for (const gram of grams) {
      if (this.seen.has(gram) || local.has(gram)) repeated++
      local.add(gram)
    }
    const total = Math.max(this.total + grams.length, floor)
    return total === 0 ? 0 : repeated / total
  }

  /** Add `text`'s n-grams; returns what takes them back (cheaper than a clone to undo one sentence). */
  addUndoable(text: string): () => void {
    const grams = this.grams(text)
    const before = {total: this.total, repeated: this.repeated}
    for (const gram of grams) {
      if (this.seen.has(gram)) this.repeated++
      this.seen.set(gram, (this.seen.get(gram) ?? 0) + 1)
      this.total++
    }
    return () => {
      for (let i = grams.length - 1; i >= 0; i--) {
        const gram = grams[i]!
        const count = this.seen.get(gram) ?? 0
        if (count <= 1) this.seen.delete(gram)
        else this.seen.set(gram, count - 1)
      }
      this.total = before.total
      this.repeated = before.repeated
    }
  }

  /** Add `text`'s n-grams. */
  add(text: string): void {
    for (const gram of this.grams(text)) {
      if (this.seen.has(gram)) this.repeated++
      this.seen.set(gram, (this.seen.get(gram) ?? 0) + 1)
      this.total++
    }
  }

  /** Share of n-gram occurrences that repeat an earlier one. */
  get share(): number {
    return this.total === 0 ? 0 : this.repeated / this.total
  }
}

/** Share of repeated word 4-grams of a text (occurrences after the first, over all). */
export function repeatedNgramShare(text: string, n = 4): number {
  const counter = new NgramCounter(n)
  for (const block of text.split(/\n{2,}/u)) counter.add(block)
  return counter.share
}
