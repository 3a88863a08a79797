import type {Root} from 'mdast'
import {unified, type Plugin} from 'unified'
import {VFile} from 'vfile'
import * as core from '@titraille/core'
import {assertFrench, blockText, decodeArticle, remarkSegment, segmentText, titrailleParse, type Segment, type TitrailleData} from '@titraille/core'
import {EXIT, type CliContext} from '../io.js'
import {openSingleSource, reportError, UsageError, readingFlags, parseFlags, READING_OPTIONS, type ReadingFlags} from './rewrite.js'

/** The `titraille segment --help` text. */
export const SEGMENT_USAGE = `Usage: titraille segment [options] FILE|-

Print the sections of a French article: where the topic shifts, found by
lexical cohesion, with sections of 80 to 300 words. The first paragraph is
the chapeau; the author's own headings are kept.

Options:
  --json              print {"segments":[{"offset","words","heading","cluster"}]}
                      (offset: UTF-16 index in the input exactly as read)
  --sentences         sentence mode: every sentence is a candidate boundary,
                      paragraphs and headings are ignored, no subheadings
  --format-in F       how to read the input: auto | text | markdown   (default: auto)
  --lang-check V      on | off: refuse text that is not French        (default: on)
  --max-size BYTES    largest accepted input                          (default: 5000000)
  -h, --help          show this help

Exit codes: 0 ok, 2 usage or input error.
`

interface SegmentFlags extends ReadingFlags {
  input: string | undefined
  json: boolean
  sentences: boolean
}

/** One section as the command prints it. */
export interface PrintedSegment {
  /** UTF-16 index in the input as read (BOM and CRLF included) where the section starts. */
  offset: number
  words: number
  /** The section's heading: the author's, or the one the subheadings stage made; null for none. */
  heading: string | null
  /** The keyword cluster the heading was built from ([] without one). */
  cluster: string[]
}

function parseSegmentArgs(args: string[]): SegmentFlags | 'help' {
  const parsed = parseFlags(args, {json: {type: 'boolean'}, sentences: {type: 'boolean'}, ...READING_OPTIONS} as const)
  const v = parsed.values
  if (v.help) return 'help'
  if (parsed.positionals.length > 1) throw new UsageError('segment takes one input: a file or - for stdin')
  return {input: parsed.positionals[0], json: v.json ?? false, sentences: v.sentences ?? false, ...readingFlags(v)}
}

/**
 * Map from offsets in the normalised text (no BOM, LF line ends, NFC) back to
 * offsets in the text as read. Both are walked in step, one base character
 * and its combining marks at a time (NFC only recomposes within such a run).
 */
export function offsetMapper(raw: string, normalised: string): (offset: number) => number {
  const marks: number[] = []
  const rawAt: number[] = []
  let r = raw.charCodeAt(0) === 0xfeff ? 1 : 0
  let n = 0
  const cluster = /\r\n|\r|[^\p{M}][\p{M}]*|[\p{M}]+/suy
  while (r < raw.length) {
    cluster.lastIndex = r
    const match = cluster.exec(raw)
    const piece = match ? match[0] : raw[r]!
    const out = piece === '\r\n' || piece === '\r' ? '\n' : piece.normalize('NFC')
    marks.push(n)
    rawAt.push(r)
    r += piece.length
    n += out.length
  }
  const consistent = n === normalised.length
  return (offset) => {
    if (!consistent) return Math.min(offset, raw.length)
    // Last run starting at or before `offset`.
    let low = 0
    let high = marks.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (marks[middle]! <= offset) low = middle
      else high = middle - 1
    }
    if (marks.length === 0) return offset
    return rawAt[low]! + (offset - marks[low]!)
  }
}

type WithSections = TitrailleData & {segments?: Segment[]; subheadings?: {headings: {section: number; text: string; cluster: string[]}[]}}

/** Stages other engineers provide; used when this build of the core has them. */
const optional = core as unknown as {remarkAnalyze?: Plugin<[], Root>; remarkSubheadings?: Plugin<[], Root>}

/** Sections of an article (paragraph mode), with offsets into the normalised text. */
function articleSegments(text: string, flags: SegmentFlags): (PrintedSegment & {chapeau: boolean})[] {
  const offsets: number[] = []
  // Offsets are read before the subheadings stage inserts nodes without positions.
  const capture: Plugin<[], Root> = () => (tree, file) => {
    const data = file.data.titraille as WithSections
    let previous = 0
    for (const segment of data.segments ?? []) {
      previous = startOffset(tree, segment, data, previous)
      offsets.push(previous)
    }
  }
  const processor = unified()
    .use(titrailleParse, {format: flags.format, langCheck: flags.langCheck, maxBytes: flags.maxBytes})
    .use(optional.remarkAnalyze ? [optional.remarkAnalyze] : [])
    .use(remarkSegment)
    .use(capture)
    .use(optional.remarkSubheadings ? [optional.remarkSubheadings] : [])
  const file = new VFile({value: text})
  const tree = processor.runSync(processor.parse(file), file) as Root
  const data = file.data.titraille as WithSections
  const named = new Map((data.subheadings?.headings ?? []).map((heading) => [heading.section, heading]))
  return (data.segments ?? []).map((segment, index) => {
    const first = tree.children[segment.start]
    const author = segment.authorHeading && first?.type === 'heading' ? blockText(first) : null
    const made = named.get(index)
    return {offset: offsets[index] ?? 0, words: segment.words, heading: made?.text ?? author, cluster: made?.cluster ?? [], chapeau: segment.chapeau}
  })
}

/** Where a section starts in the normalised text: its first node's position, else its first sentence found in the text. */
function startOffset(tree: Root, segment: Segment, data: WithSections, after: number): number {
  const offset = tree.children[segment.start]?.position?.start.offset
  if (offset !== undefined) return offset
  const sentence = segment.sentences[0] === undefined ? undefined : data.analysis?.sentences[segment.sentences[0]]
  const found = sentence ? data.source.indexOf(sentence.text, after) : -1
  return found >= 0 ? found : after
}

/** `titraille segment FILE|-`: the sections of one article. */
export async function runSegment(args: string[], context: CliContext): Promise<number> {
  const opened = await openSingleSource(args, context, parseSegmentArgs, SEGMENT_USAGE)
  if (typeof opened === 'number') return opened
  const {flags, source: {path, read}} = opened
  try {
    const bytes = await read()
    const text = decodeArticle(bytes, {maxBytes: flags.maxBytes})
    // The text exactly as read (BOM kept), for offsets the caller can use on its own copy.
    const raw = new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes)
    const toRaw = offsetMapper(raw, text)
    let sections: (PrintedSegment & {chapeau: boolean})[]
    if (flags.sentences) {
      if (flags.langCheck) assertFrench(text)
      sections = segmentText(text).segments.map((segment) => ({offset: toRaw(segment.start), words: segment.words, heading: null, cluster: [], chapeau: false}))
    } else {
      sections = articleSegments(text, flags).map((section) => ({...section, offset: toRaw(section.offset)}))
    }
    if (flags.json) {
      const segments = sections.map(({offset, words, heading, cluster}) => ({offset, words, heading, cluster}))
      context.stdout.write(`${JSON.stringify({segments}, null, 2)}\n`)
    } else {
      const width = String(raw.length).length
      sections.forEach((section) => {
        const heading = section.heading ?? (section.chapeau ? '(chapeau)' : '(no heading)')
        const opening = raw.slice(section.offset, section.offset + 60).replace(/\s+/g, ' ').trim()
        context.stdout.write(`${String(section.offset).padStart(width)}  ${String(section.words).padStart(4)} words  ${heading}\n${' '.repeat(width + 2)}${opening}…\n`)
      })
    }
    return EXIT.ok
  } catch (error) {
    reportError(path, error, context)
    return EXIT.error
  }
}
