import {fr} from '@titraille/rules'

/** A change to a text: replace `[start, end)` by `text`. */
export interface Edit {
  start: number
  end: number
  text: string
  rule: fr.TypographyRuleId
}

/** One fixing rule: reads the whole text of a block, returns non-overlapping edits. */
export interface Pass {
  rule: fr.TypographyRuleId
  /** `locked` marks the characters no edit may touch (edits over them are dropped anyway). */
  run: (text: string, locked: Uint8Array) => Edit[]
}

/** Narrow no-break space: before `; ! ?`, inside guillemets, between digit groups. */
export const NNBSP = '\u202F'
/** No-break space: before `:`, after titles, between a number and its unit. */
export const NBSP = '\u00A0'
/** Stands for an inline node typography must not touch (link, inline code …). */
export const OBJECT = '\uFFFC'

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
const alternation = (values: readonly string[]) =>
  [...values].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0)).map(escape).join('|')

const ELISION = new RegExp(`(${alternation(fr.ELIDING_WORDS)})(?:[ \\t]+['‘’][ \\t]*|['‘][ \\t]+|’[ \\t]+)(?=[\\p{L}«])`, 'giu')
const TITLE = new RegExp(`(?<![\\p{L}\\p{N}.])(?:${alternation(fr.TITLE_ABBREVIATIONS)})([ \\t]+)(?=\\p{Lu})`, 'gu')
const NUMBER_ABBREVIATION = new RegExp(`(?<![\\p{L}\\p{N}.])(?:${alternation(fr.NUMBER_ABBREVIATIONS)})([ \\t]*)(?=\\p{N})`, 'gu')
const UNIT = new RegExp(`\\p{N}([ \\t]+)(?:${alternation(fr.UNIT_SYMBOLS)})(?![\\p{L}\\p{N}'’/²³-])`, 'gu')
const SIGN = new RegExp(`\\p{N}([ \\t]*)(?:${alternation(fr.UNIT_SIGNS)})(?![\\p{L}\\p{N}])`, 'gu')

/** The minutes of `18 h 30` stay with their hour. */
const HOUR_MINUTES = /\p{N}[ \u00A0\u202F]h([ \t]+)(?=\p{N}{2}(?!\p{N}))/gu

/** A space on the line: ordinary, tab, or no-break. */
const SPACE = /[ \t\u00A0\u202F]/u

/**
 * Whether a run is one no-break space, of either width: a no-break space the
 * author (or another stage) chose is kept, only ordinary or missing ones are fixed.
 */
const isNoBreak = (run: string) => run === NBSP || run === NNBSP

const edit = (rule: fr.TypographyRuleId, start: number, end: number, text: string): Edit => ({start, end, text, rule})

/** Guillemet depth (`«` opened, not yet closed) at each `"` of a text. */
function depthAt(text: string, index: number): number {
  let depth = 0
  for (let i = 0; i < index; i++) {
    if (text[i] === '«') depth++
    else if (text[i] === '»' && depth > 0) depth--
  }
  return depth
}

function apostrophe(text: string): Edit[] {
  const edits: Edit[] = []
  for (const m of text.matchAll(/['‘](?<=\p{L}.)(?=\p{L})/gu)) edits.push(edit('apostrophe', m.index, m.index + 1, '’'))
  for (const m of text.matchAll(ELISION)) {
    if (m.index > 0 && /[\p{L}\p{N}]/u.test(text[m.index - 1]!)) continue
    edits.push(edit('apostrophe', m.index + m[1]!.length, m.index + m[0].length, '’'))
  }
  return edits.sort((a, b) => a.start - b.start)
}

function ellipsis(text: string): Edit[] {
  return [...text.matchAll(/(?<!\.)\.\.\.(?!\.)/g)].map((m) => edit('ellipsis', m.index, m.index + 3, '…'))
}

/** `"…"` → `« … »` (`“ ”` inside guillemets), only when every quote of the block pairs cleanly. */
function straightQuotes(text: string, locked: Uint8Array): Edit[] {
  const quotes: number[] = []
  // Quotes inside a URL or code are not the prose's: they must not shift the pairing.
  for (let i = 0; i < text.length; i++) if (text[i] === '"' && !locked[i]) quotes.push(i)
  if (quotes.length === 0 || quotes.length % 2 === 1) return []
  // Spaces inside the quotes (`" je reviendrai "`) are allowed: pairing is by order, and the content must not be blank.
  const opens = (i: number) => i === 0 || /[\s([{«“‘—–/-]/u.test(text[i - 1]!)
  const closes = (i: number) => i + 1 === text.length || /[\s.,;:!?)\]}»”’…\uFFFC-]/u.test(text[i + 1]!)
  const edits: Edit[] = []
  for (let k = 0; k < quotes.length; k += 2) {
    const open = quotes[k]!
    const close = quotes[k + 1]!
    if (!opens(open) || !closes(close) || text.slice(open + 1, close).trim() === '' || text.slice(open + 1, close).includes('\n\n')) return []
    const nested = depthAt(text, open) > 0
    edits.push(edit('straight-quotes', open, open + 1, nested ? '“' : '«'), edit('straight-quotes', close, close + 1, nested ? '”' : '»'))
  }
  return edits
}

/** Start of the run of spaces (not line breaks) that ends at `end`. */
function spacesBefore(text: string, end: number): number {
  let i = end
  while (i > 0 && SPACE.test(text[i - 1]!)) i--
  return i
}

/** End of the run of spaces (not line breaks) that starts at `start`. */
function spacesAfter(text: string, start: number): number {
  let i = start
  while (i < text.length && SPACE.test(text[i]!)) i++
  return i
}

/** Indices of a character in a text. */
function* indicesOf(text: string, char: string): Generator<number> {
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) yield i
}

function reversedGuillemet(text: string): Edit[] {
  const edits: Edit[] = []
  // Nothing is quoted after it: it closes.
  for (const i of indicesOf(text, '«')) {
    const before = spacesBefore(text, i)
    const after = spacesAfter(text, i + 1)
    if (before > 0 && text[before - 1] !== '\n' && (after === text.length || /[,.)\n]/u.test(text[after]!))) edits.push(edit('reversed-guillemet', i, i + 1, '»'))
  }
  // Nothing was quoted before it: it opens.
  for (const i of indicesOf(text, '»')) {
    const before = spacesBefore(text, i)
    const after = spacesAfter(text, i + 1)
    if ((before === 0 || text[before - 1] === '\n' || text[before - 1] === '(') && after < text.length && /\p{L}/u.test(text[after]!)) edits.push(edit('reversed-guillemet', i, i + 1, '«'))
  }
  return edits.sort((a, b) => a.start - b.start)
}

function straySpace(text: string): Edit[] {
  const edits: Edit[] = []
  for (const m of text.matchAll(/(?<=[^\s«(\[{.…])[ \t\u00A0\u202F]+(?=,(?!\d)|\.(?![.\p{L}\p{N}]))/gu)) {
    edits.push(edit('stray-space', m.index, m.index + m[0].length, ''))
  }
  return edits
}

function repeatedSpaces(text: string): Edit[] {
  const edits: Edit[] = []
  for (const m of text.matchAll(/(?<=\S)[ \t\u00A0\u202F]{2,}(?=\S)/gu)) {
    const run = m[0]
    // A no-break space in the run was chosen by the author: keep that kind.
    const kept = run.includes(NNBSP) ? NNBSP : run.includes(NBSP) ? NBSP : ' '
    edits.push(edit('repeated-spaces', m.index, m.index + run.length, kept))
  }
  return edits
}

function spaceAfterPunctuation(text: string): Edit[] {
  const edits: Edit[] = []
  for (const m of text.matchAll(/[,;:](?=\p{L}|«)/gu)) {
    const previous = m.index > 0 ? text[m.index - 1]! : ''
    // Not `3,5`, `10:30`, nor the `;` that ends an HTML entity.
    const after = m[0] === ':' ? /[\p{L}»)\]”’]/u : /[\p{L}\p{N}»)\]”’]/u
    // ` :«` is a colon spaced on one side only; ` :D` is a smiley.
    const spacedColon = m[0] === ':' && /[ \t\u00A0\u202F]/u.test(previous) && text[m.index + 1] === '«'
    if (!after.test(previous) && !spacedColon) continue
    if (m[0] === ';' && /&#?[\p{L}\p{N}]+$/u.test(text.slice(Math.max(0, m.index - 12), m.index))) continue
    edits.push(edit('space-after-punctuation', m.index + 1, m.index + 1, ' '))
  }
  // A sentence glued to the previous one (`trimestre.Il`, `Pourquoi?Parce`); not `Ph.D`, `M.Sc`, `S.N.C.F.`.
  for (const m of text.matchAll(/[.!?…](?=\p{Lu}\p{Ll})/gu)) {
    const previous = m.index > 0 ? text[m.index - 1]! : ''
    const ok = m[0] === '.' ? /\p{Ll}/u.test(previous) && /\p{L}/u.test(text[m.index - 2] ?? '') : /[\p{L}\p{N}»)\]”’]/u.test(previous)
    if (ok) edits.push(edit('space-after-punctuation', m.index + 1, m.index + 1, ' '))
  }
  return edits.sort((a, b) => a.start - b.start)
}

function highPunctuationSpace(text: string): Edit[] {
  const edits: Edit[] = []
  for (const m of text.matchAll(/[;!?:]/gu)) {
    const mark = m[0]
    const at = m.index
    const start = spacesBefore(text, at)
    const previous = text[start - 1]
    const next = text[at + 1]
    if (previous === undefined || previous === '\n' || /[([{«“‘/]/u.test(previous)) continue
    if (mark === ':') {
      if (/\d/.test(previous) && next !== undefined && /\d/.test(next)) continue
      if (previous === ':' || next === ':' || next === '/' || next === ')' || next === '(') continue
    } else {
      // `?!`, `!!`: only the first mark of a run takes the space.
      if (start === at && /[!?]/.test(previous)) continue
      if (mark === ';' && /&#?[\p{L}\p{N}]+$/u.test(text.slice(Math.max(0, start - 12), start))) continue
      if (mark === '!' && next === '[') continue
    }
    if (isNoBreak(text.slice(start, at))) continue
    edits.push(edit('high-punctuation-space', start, at, mark === ':' ? NBSP : NNBSP))
  }
  return edits
}

function guillemetSpace(text: string): Edit[] {
  const edits: Edit[] = []
  for (const i of indicesOf(text, '«')) {
    const start = i + 1
    const end = spacesAfter(text, start)
    if (end === text.length || text[end] === '\n' || text[end] === '»') continue
    if (!isNoBreak(text.slice(start, end))) edits.push(edit('guillemet-space', start, end, NNBSP))
  }
  for (const i of indicesOf(text, '»')) {
    const start = spacesBefore(text, i)
    if (start === 0 || text[start - 1] === '\n' || text[start - 1] === '«') continue
    if (!isNoBreak(text.slice(start, i))) edits.push(edit('guillemet-space', start, i, NNBSP))
  }
  return edits.sort((a, b) => a.start - b.start)
}

function abbreviationSpace(text: string): Edit[] {
  const edits: Edit[] = []
  for (const pattern of [TITLE, NUMBER_ABBREVIATION]) {
    for (const m of text.matchAll(pattern)) {
      const end = m.index + m[0].length
      if (m[1] !== NBSP) edits.push(edit('abbreviation-space', end - m[1]!.length, end, NBSP))
    }
  }
  return edits.sort((a, b) => a.start - b.start)
}

function numberGrouping(text: string): Edit[] {
  const edits: Edit[] = []
  for (const m of text.matchAll(/(?<![\p{N}.,])\p{N}{1,3}(?:[ \u00A0\u202F]\p{N}{3})+(?!\p{N})/gu)) {
    for (let i = 0; i < m[0].length; i++) {
      const char = m[0][i]!
      if (char === ' ') edits.push(edit('number-grouping', m.index + i, m.index + i + 1, NNBSP))
    }
  }
  return edits
}

function unitSpace(text: string): Edit[] {
  const edits: Edit[] = []
  for (const pattern of [UNIT, SIGN, HOUR_MINUTES]) {
    // The match starts at the number's last digit (or the `h` of `18 h 30`): the space follows what precedes it.
    for (const m of text.matchAll(pattern)) {
      const start = m.index + m[0].indexOf(m[1]!, pattern === HOUR_MINUTES ? 3 : 1)
      edits.push(edit('unit-space', start, start + m[1]!.length, NBSP))
    }
  }
  return edits.sort((a, b) => a.start - b.start)
}

/** The fixing rules in the order they run: each reads the text the previous ones made. */
export const PASSES: readonly Pass[] = [
  {rule: 'apostrophe', run: apostrophe},
  {rule: 'ellipsis', run: ellipsis},
  {rule: 'straight-quotes', run: straightQuotes},
  {rule: 'reversed-guillemet', run: reversedGuillemet},
  {rule: 'stray-space', run: straySpace},
  {rule: 'repeated-spaces', run: repeatedSpaces},
  {rule: 'space-after-punctuation', run: spaceAfterPunctuation},
  {rule: 'high-punctuation-space', run: highPunctuationSpace},
  {rule: 'guillemet-space', run: guillemetSpace},
  {rule: 'abbreviation-space', run: abbreviationSpace},
  {rule: 'number-grouping', run: numberGrouping},
  {rule: 'unit-space', run: unitSpace}
]
