/** A span of text: UTF-16 offsets. */
export interface Span {
  start: number
  end: number
}

const segmenter = new Intl.Segmenter('fr', {granularity: 'sentence'})

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATION = /(?:^|[\s(«“])(?:M|MM|Mme|Mmes|Mlle|Dr|Pr|Me|St|Ste|av|apr|J\.-C|etc|cf|p|pp|vol|n°|no|art|env|min|max|fig|éd|coll|chap|[A-Z]|[A-Z]\.-[A-Z])\.$/u

/**
 * Sentences of a French text with offsets. `Intl.Segmenter` does most of the
 * work; its splits after abbreviations and initials are undone.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = []
  for (const {index, segment} of segmenter.segment(text)) {
    const lead = segment.length - segment.trimStart().length
    const start = index + lead
    const end = index + segment.trimEnd().length
    if (end <= start) continue
    const previous = spans[spans.length - 1]
    if (previous && shouldJoin(text.slice(previous.start, previous.end), text.slice(start, end))) {
      previous.end = end
    } else {
      spans.push({start, end})
    }
  }
  return spans
}

function shouldJoin(previous: string, next: string): boolean {
  // A closing guillemet or bracket detached from its sentence.
  if (/^[»”)\]]/.test(next) && next.replace(/^[»”)\]\s\u00a0\u202f.!?…]+/, '') === '') return true
  return ABBREVIATION.test(previous)
}
