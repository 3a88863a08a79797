import {fr} from '@titraille/rules'
import {isKnownWord, type Lexicon} from './lexicon.js'

/** A fault typography reports and leaves to a person, in a block's text. */
export interface BlockFinding {
  rule: fr.TypographyRuleId
  /** Offsets in the block's text. */
  start: number
  end: number
  /** The faulty text. */
  actual: string
  /** What it probably should be. */
  expected: string
  /** "Unexpected X, expected Y". */
  reason: string
}

/** Options of {@link findBlockIssues}. */
export interface FindOptions {
  /** Word list for glued words; without it that rule is off. */
  lexicon?: Lexicon | null | undefined
  /** Whether the next block opens with `«` (a quotation that runs over several paragraphs). */
  nextOpensQuote?: boolean | null | undefined
  /**
   * Shortest word checked for a missing space.
   * @default 10
   */
  minGluedLength?: number | null | undefined
}

const PERIOD_ABBREVIATION_SET: ReadonlySet<string> = new Set(fr.PERIOD_ABBREVIATIONS)
const PREFIX_SET: ReadonlySet<string> = new Set(fr.WELDED_PREFIXES)
/** Shortest half of a glued word: shorter ones split too many real words. */
const MIN_HALF = 4

/** The faults typography reports in a block's (already fixed) text. */
export function findBlockIssues(text: string, locked: Uint8Array, options?: Readonly<FindOptions> | null): BlockFinding[] {
  const findings: BlockFinding[] = []
  const free = (start: number, end: number) => {
    for (let i = start; i < end; i++) if (locked[i]) return false
    return true
  }
  const lexicon = options?.lexicon ?? undefined
  if (lexicon) {
    const min = options?.minGluedLength ?? 10
    for (const m of text.matchAll(/(?<![\p{L}\p{N}'’-])\p{Ll}+(?![\p{L}\p{N}'’-])/gu)) {
      const word = m[0]
      if (word.length < min || !free(m.index, m.index + word.length)) continue
      const split = gluedSplit(lexicon, word)
      if (split) {
        const expected = `${split[0]} ${split[1]}`
        findings.push({rule: 'glued-words', start: m.index, end: m.index + word.length, actual: word, expected, reason: `Unexpected unknown word \`${word}\`, expected two words \`${expected}\``})
      }
    }
  }
  for (const m of text.matchAll(/\.([ \t\u00A0\u202F]+)(\p{Ll}\p{L}*)/gu)) {
    const before = /(?<![\p{L}\p{N}.])\p{L}+$/u.exec(text.slice(Math.max(0, m.index - 40), m.index))
    if (!before) continue
    const word = before[0]
    // Initials (`J. Dupont`) and abbreviations (`etc. et`) do not end sentences.
    if (word.length < 2 || PERIOD_ABBREVIATION_SET.has(word.toLowerCase()) || /^\p{Lu}+$/u.test(word)) continue
    const start = m.index - word.length
    const end = m.index + m[0].length
    if (!free(start, end)) continue
    const next = m[2]!
    const capitalised = `${word}. ${next[0]!.toUpperCase()}${next.slice(1)}`
    const joined = `${word} ${next}`
    findings.push({
      rule: 'lowercase-after-period',
      start,
      end,
      actual: text.slice(start, end),
      expected: capitalised,
      reason: `Unexpected lowercase \`${next}\` after a full stop, expected \`${capitalised}\` or no full stop (\`${joined}\`)`
    })
  }
  findings.push(...unbalanced(text, locked, '«', '»', 'unbalanced-guillemets', options?.nextOpensQuote ?? false))
  findings.push(...unbalanced(text, locked, '(', ')', 'unbalanced-parentheses', false))
  return findings.sort((a, b) => a.start - b.start || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0))
}

/** The two known words an unknown word is made of, or `undefined`. */
export function gluedSplit(lexicon: Lexicon, word: string): [string, string] | undefined {
  // A plural of a welded compound (`plateformes`) is as known as its singular.
  if (isKnownWord(lexicon, word) || (/[sx]$/u.test(word) && isKnownWord(lexicon, word.slice(0, -1)))) return undefined
  let best: [string, string] | undefined
  for (let i = MIN_HALF; i <= word.length - MIN_HALF; i++) {
    const left = word.slice(0, i)
    const right = word.slice(i)
    // Prefer the most even split: long halves are the least likely to be chance.
    if (best && Math.min(left.length, right.length) <= Math.min(best[0].length, best[1].length)) continue
    if (PREFIX_SET.has(left)) continue
    if (isKnownWord(lexicon, left) && isKnownWord(lexicon, right)) best = [left, right]
  }
  return best
}

function unbalanced(text: string, locked: Uint8Array, open: string, close: string, rule: fr.TypographyRuleId, continued: boolean): BlockFinding[] {
  const findings: BlockFinding[] = []
  const stack: number[] = []
  const noun = open === '«' ? 'guillemet' : 'parenthesis'
  for (let i = 0; i < text.length; i++) {
    if (locked[i]) continue
    const char = text[i]
    if (char === open) stack.push(i)
    else if (char === close) {
      if (stack.length > 0) stack.pop()
      // `1)`, `a)` enumerations and `:)` are not parentheses to balance.
      else if (close !== ')' || !/(?:^|\s)(?:\p{L}|\p{N}+)$|[:;]-?$/u.test(text.slice(Math.max(0, i - 6), i))) {
        findings.push({rule, start: i, end: i + 1, actual: close, expected: `${open}…${close}`, reason: `Unexpected closing ${noun} \`${close}\` with no opening one, expected \`${open}\` before it or no \`${close}\``})
      }
    }
  }
  // A quotation over several paragraphs is closed only at its end.
  if (!continued) {
    for (const i of stack) {
      findings.push({rule, start: i, end: i + 1, actual: open, expected: `${open}…${close}`, reason: `Unexpected opening ${noun} \`${open}\` never closed, expected \`${close}\` after the ${open === '«' ? 'quoted' : 'enclosed'} text`})
    }
  }
  return findings
}
