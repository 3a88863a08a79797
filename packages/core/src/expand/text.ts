/**
 * Small string operations done by hand rather than with end-anchored regular
 * expressions, which backtrack polynomially on long runs of spaces.
 */

/** `text` without the trailing characters that `drop` accepts. */
export function trimEndWhere(text: string, drop: (char: string) => boolean): string {
  let end = text.length
  while (end > 0 && drop(text[end - 1]!)) end--
  return text.slice(0, end)
}

/** `text` without the leading characters that `drop` accepts. */
export function trimStartWhere(text: string, drop: (char: string) => boolean): string {
  let start = 0
  while (start < text.length && drop(text[start]!)) start++
  return text.slice(start)
}

/** Whether `char` is white space (including no-break spaces). */
export function isSpace(char: string): boolean {
  return /\s/u.test(char)
}

/** Remove the white space right before `,`, `.` and `;`, and collapse runs of spaces. */
export function tidySpaces(text: string): string {
  let out = ''
  let pending = ''
  for (const char of text) {
    if (isSpace(char)) {
      pending = ' '
      continue
    }
    if (pending !== '' && !(char === ',' || char === '.' || char === ';') && out !== '') out += pending
    pending = ''
    out += char
  }
  return out
}

/** The last word of `text` (after trimming), and what comes before it. */
export function lastWord(text: string): {word: string; rest: string} {
  const trimmed = trimEndWhere(text, isSpace)
  let start = trimmed.length
  while (start > 0 && !isSpace(trimmed[start - 1]!)) start--
  return {word: trimmed.slice(start), rest: trimmed.slice(0, start)}
}

/** `« … »` spans of `text` with their inner text (trimmed), in order, not nested. */
export function guillemetSpans(text: string): {start: number; end: number; inner: string}[] {
  const spans: {start: number; end: number; inner: string}[] = []
  let from = 0
  for (;;) {
    const open = text.indexOf('«', from)
    if (open < 0) break
    const close = text.indexOf('»', open + 1)
    if (close < 0) break
    const nested = text.indexOf('«', open + 1)
    if (nested >= 0 && nested < close) {
      from = nested
      continue
    }
    spans.push({start: open, end: close + 1, inner: text.slice(open + 1, close).trim()})
    from = close + 1
  }
  return spans
}

/**
 * `items` with the least used first (stable: equal uses keep their order), so
 * that successive sections name different keyphrases rather than the same ones.
 */
export function leastUsedFirst<T>(items: readonly T[], uses: (item: T) => number): T[] {
  return items
    .map((item, index) => ({item, index, uses: uses(item)}))
    .sort((a, b) => a.uses - b.uses || a.index - b.index)
    .map(({item}) => item)
}

/** `text` with the characters a regular expression gives a meaning escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
}
