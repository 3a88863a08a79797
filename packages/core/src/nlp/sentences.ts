import {fr} from '@titraille/rules'

/** A span of text: UTF-16 offsets. */
export interface Span {
  start: number
  end: number
}

const segmenter = new Intl.Segmenter('fr', {granularity: 'sentence'})

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const alternatives = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map(escape).join('|')

/** A word before the final full stop of a span, when it is an abbreviation that never ends a sentence. */
const ALWAYS_JOINED = new RegExp(String.raw`(?:^|[\s(«“'’\u00a0])(?:${alternatives(fr.SENTENCE_ABBREVIATIONS)}|\p{Lu}|\p{Lu}\.-\p{Lu}|\p{Lu}\.\p{Lu})\.$`, 'u')

/** A span ending with an abbreviation that may end a sentence (`J.-C.` is not the initials of a name). */
const MAY_END = new RegExp(String.raw`(?:^|[\s(«“\u00a0])(?:${alternatives(fr.SENTENCE_FINAL_ABBREVIATIONS)})\.$`, 'u')

/**
 * Places inside a segment where a French reader starts a new sentence that
 * `Intl.Segmenter` misses: after an ellipsis, `etc.` or `J.-C.` followed by a
 * capitalised word.
 */
const MISSED_BREAK = new RegExp(
  String.raw`(?:…|\.{3}|(?:^|[\s(«“\u00a0])(?:${alternatives(fr.SENTENCE_FINAL_ABBREVIATIONS)})\.)(?=[\s\u00a0]+(?:[«“"][\s\u00a0]*)?\p{Lu}\p{Ll})`,
  'gu'
)

/** Closing quotes and brackets that belong to the sentence before them. */
const CLOSING = /^[»”)\]]+/u
const SPACE = /^[\s\u00a0\u202f]*/u

/**
 * Sentences of a French text with offsets. `Intl.Segmenter` does most of the
 * work; then its splits after abbreviations and initials are undone (`M.`,
 * `J.-P.`, `av. J.-C.`), a closing guillemet is given back to the sentence it
 * closes, a sentence goes on after `!`, `?` or `»` followed by a lowercase
 * word (`« Vraiment ? » demanda-t-il.`), and breaks it misses after an
 * ellipsis or `etc.` before a capital are added.
 */
export function splitSentences(text: string): Span[] {
  const raw: Span[] = []
  for (const {index, segment} of segmenter.segment(text)) {
    let from = 0
    for (const match of segment.matchAll(MISSED_BREAK)) {
      const cut = (match.index ?? 0) + match[0].length
      raw.push({start: index + from, end: index + cut})
      from = cut
    }
    raw.push({start: index + from, end: index + segment.length})
  }
  const spans: Span[] = []
  for (const piece of raw) {
    let {start, end} = trim(text, piece)
    if (end <= start) continue
    const previous = spans[spans.length - 1]
    if (previous) {
      // `« Nous partons. » Il est parti.`: the guillemet closes the previous sentence.
      const closing = CLOSING.exec(text.slice(start, end))
      if (closing) {
        previous.end = start + closing[0].length
        start += closing[0].length
        start += SPACE.exec(text.slice(start, end))![0].length
        if (end <= start) continue
      }
      if (continues(text.slice(previous.start, previous.end), text.slice(start, end))) {
        previous.end = end
        continue
      }
    }
    spans.push({start, end})
  }
  return spans
}

function trim(text: string, span: Span): Span {
  const segment = text.slice(span.start, span.end)
  const lead = segment.length - segment.trimStart().length
  return {start: span.start + lead, end: span.start + segment.trimEnd().length}
}

/** Whether `next` goes on with the sentence `previous` (split wrongly). */
function continues(previous: string, next: string): boolean {
  // A lowercase word, a number or a comma after the break: an incise or an abbreviation.
  if (/^[\p{Ll}\d,;:]/u.test(next)) return true
  if (ALWAYS_JOINED.test(previous) && !MAY_END.test(previous)) return true
  return false
}

