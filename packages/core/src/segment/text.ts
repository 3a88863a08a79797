import {splitSentences, type Span} from '../nlp/sentences.js'
import {tokenize} from '../nlp/tokens.js'
import {countWords} from '../nlp/words.js'
import {contentStems} from './content.js'
import {segmentUnits, type SegmentUnitsOptions} from './units.js'

/** A section of a plain text found in sentence mode. */
export interface TextSegment {
  /** UTF-16 offset in the text where the section starts (its first sentence). */
  start: number
  /** UTF-16 offset where it ends (end of its last sentence). */
  end: number
  /** Index of its first sentence in {@link TextSegmentation.sentences}. */
  firstSentence: number
  /** Number of sentences. */
  sentences: number
  /** Words, as the audit counts them. */
  words: number
  /** Depth score of the boundary that opens it (0 for the first section). */
  depth: number
}

/** Result of {@link segmentText}. */
export interface TextSegmentation {
  sentences: Span[]
  segments: TextSegment[]
}

/**
 * Sentence mode: every sentence of `text` is a candidate boundary; paragraphs
 * and headings are ignored. The text is split into sentences, each sentence
 * reduced to its content stems, and {@link segmentUnits} places the boundaries.
 */
export function segmentText(text: string, options?: Readonly<SegmentUnitsOptions> | null): TextSegmentation {
  const sentences = sentencesOf(text)
  const units = sentences.map((span) => contentStems(tokenize(text.slice(span.start, span.end))))
  const words = sentences.map((span) => countWords(text.slice(span.start, span.end)))
  const {boundaries, depth} = segmentUnits(units, {...options, words: options?.words ?? words})
  const starts = [0, ...boundaries]
  const segments: TextSegment[] = starts.map((first, index) => {
    const last = (starts[index + 1] ?? sentences.length) - 1
    let size = 0
    for (let s = first; s <= last; s++) size += words[s]!
    return {
      start: sentences[first]?.start ?? 0,
      end: sentences[last]?.end ?? text.length,
      firstSentence: first,
      sentences: last - first + 1,
      words: size,
      depth: first > 0 ? depth[first - 1]! : 0
    }
  })
  return {sentences, segments}
}

/** Characters given to the sentence splitter at once: `Intl.Segmenter` slows down on long strings. */
const CHUNK = 4000

/**
 * Sentences of the text, line by line (a line break always ends a sentence,
 * UAX #29), and long lines chunk by chunk: each chunk's last sentence may be
 * cut short, so the next chunk starts again at that sentence's start.
 */
function sentencesOf(text: string): Span[] {
  const spans: Span[] = []
  let from = 0
  while (from < text.length) {
    let to = text.indexOf('\n', from)
    if (to < 0) to = text.length
    let at = from
    while (at < to) {
      const end = Math.min(to, at + CHUNK)
      const found = splitSentences(text.slice(at, end))
      // The last sentence of a chunk that stops inside the line may be incomplete.
      const complete = end < to && found.length > 1 ? found.slice(0, -1) : found
      for (const span of complete) spans.push({start: at + span.start, end: at + span.end})
      if (end >= to || found.length <= 1) {
        if (end < to && found.length <= 1) {
          // One sentence longer than a chunk: take the whole rest of the line at once.
          spans.length -= complete.length
          for (const span of splitSentences(text.slice(at, to))) spans.push({start: at + span.start, end: at + span.end})
        }
        break
      }
      at += found[found.length - 1]!.start
    }
    from = to + 1
  }
  return spans
}
