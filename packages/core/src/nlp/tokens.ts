import {fr} from '@titraille/rules'
import {isInverted} from './pos.js'
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
    // Soft hyphens (U+00AD) inside a word are part of it: `pre\u00admier`.
    String.raw`(?<word>[\p{L}\p{M}\d][\p{L}\p{M}\d\u00ad]*(?:[-'’][\p{L}\p{M}\d][\p{L}\p{M}\d\u00ad]*)*)`,
    String.raw`(?<punct>\p{P})`,
    String.raw`(?<symbol>[^\s])`
  ].join('|'),
  'gu'
)

/** Lowercase, NFC, `'` → `’`, soft hyphens removed. */
export function normalizeWord(word: string): string {
  return word.normalize('NFC').toLowerCase().replace(/'/g, '’').replace(/\u00ad/g, '')
}

/** Tokenise a French text: elisions split off (`l’`+`homme`), hyphenated words whole, numbers, URLs. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const match of text.matchAll(TOKEN)) {
    const groups = match.groups!
    const kind: TokenKind =
      groups.word !== undefined ? 'word' : groups.punct !== undefined ? 'punct' : groups.number !== undefined ? 'number' : groups.url !== undefined ? 'url' : groups.email !== undefined ? 'email' : 'symbol'
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

interface WordFacts {
  lower: string
  stem: string
  stop: boolean
  functionWord: boolean
}

// What a token's text tells does not depend on where it is: computed once per form.
const facts = new Map<string, WordFacts>()

function factsOf(text: string, kind: TokenKind): WordFacts {
  const cacheKey = kind === 'word' ? text : `${kind}:${text}`
  let found = facts.get(cacheKey)
  if (found === undefined) {
    const lower = normalizeWord(text)
    const bare = lower.endsWith('’') ? lower.slice(0, -1) : lower
    const word = kind === 'word'
    // `est-il`, `a-t-elle`: a verb with its subject, no topic of its own.
    const inverted = word && bare.includes('-') && isInverted(bare)
    const stop = word && (fr.STOP_WORD_SET.has(bare) || inverted)
    found = {lower, stem: word ? stem(bare) : lower, stop, functionWord: stop || (word && fr.FUNCTION_WORD_SET.has(bare))}
    if (facts.size > 50_000) facts.clear()
    facts.set(cacheKey, found)
  }
  return found
}

function make(text: string, start: number, kind: TokenKind): Token {
  const {lower, stem, stop, functionWord} = factsOf(text, kind)
  return {text, start, end: start + text.length, kind, lower, stem, stop, functionWord}
}
