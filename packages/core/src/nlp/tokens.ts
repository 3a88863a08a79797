import {fr} from '@titraille/rules'
import {stem} from './stem.js'
import type {Token, TokenKind} from './types.js'

/** Elided words before an apostrophe: `l’`, `d’`, `qu’`, `jusqu’` … */
const ELIDED = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|quelqu)$/i

/** Words that keep their apostrophe inside: not elisions. */
const WHOLE = new Set(['aujourd’hui', 'prud’homme', 'prud’hommes', 'presqu’île', 'presqu’îles', 'quelqu’un', 'quelqu’une'])

const TOKEN = new RegExp(
  [
    String.raw`(?<url>(?:https?:\/\/|www\.)[^\s<>«»"]+[^\s<>«»".,;:!?)\]])`,
    String.raw`(?<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)`,
    // Numbers: 420 000 (groups of three after a space or no-break space), 3,5, 1.2, 18h, 2e
    String.raw`(?<number>\d+(?:[ \u00a0\u202f]\d{3}(?!\d))*(?:[.,]\d+)?(?:e|er|ère|h\d*)?(?![\p{L}\d]))`,
    // Words: letters and digits, joined by hyphens or an apostrophe inside
    String.raw`(?<word>[\p{L}\p{M}\d]+(?:[-'’][\p{L}\p{M}\d]+)*)`,
    String.raw`(?<punct>\p{P})`,
    String.raw`(?<symbol>[^\s])`
  ].join('|'),
  'gu'
)

/** Lowercase, NFC, `'` → `’`. */
export function normalizeWord(word: string): string {
  return word.normalize('NFC').toLowerCase().replace(/'/g, '’')
}

/** Tokenise a French text: elisions split off (`l’`+`homme`), hyphenated words whole, numbers, URLs. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const match of text.matchAll(TOKEN)) {
    const groups = match.groups ?? {}
    const kind = (Object.keys(groups).find((key) => groups[key] !== undefined) ?? 'symbol') as TokenKind
    const start = match.index ?? 0
    if (kind === 'word') splitElisions(match[0], start, tokens)
    else tokens.push(make(match[0], start, kind))
  }
  return tokens
}

function splitElisions(word: string, start: number, out: Token[]): void {
  const lower = normalizeWord(word)
  if (!WHOLE.has(lower)) {
    const apostrophe = word.search(/['’]/)
    if (apostrophe > 0 && ELIDED.test(word.slice(0, apostrophe))) {
      out.push(make(word.slice(0, apostrophe + 1), start, 'word'))
      splitElisions(word.slice(apostrophe + 1), start + apostrophe + 1, out)
      return
    }
  }
  out.push(make(word, start, 'word'))
}

function make(text: string, start: number, kind: TokenKind): Token {
  const lower = normalizeWord(text)
  const bare = lower.replace(/’$/, '')
  return {
    text,
    start,
    end: start + text.length,
    kind,
    lower,
    stem: kind === 'word' ? stem(bare) : lower,
    stop: kind === 'word' && fr.STOP_WORD_SET.has(bare)
  }
}
