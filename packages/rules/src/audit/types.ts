/**
 * The contract between measurements (computed once by `@titraille/core`'s
 * `measure/`) and the audit rules (which only read them). Plain,
 * JSON-serialisable data: no tree, no functions.
 */

/** A point in the source: 1-based line and column, 0-based offset (unist). */
export interface Point {
  line: number
  column: number
  offset?: number | undefined
}

/** A span of the source (unist `Position`). */
export interface Place {
  start: Point
  end: Point
}

/** One prose sentence (headings excluded). */
export interface SentenceMeasure {
  /** Sentence id in the analysis. */
  id: number
  /** Block id in the analysis. */
  block: number
  text: string
  /** Words as the audit counts them (white-space runs holding a letter or digit). */
  words: number
  /** French syllables (Kandel–Moles counting). */
  syllables: number
  /** The transition it contains (`en effet`, `non seulement … mais aussi`), if any. */
  transition: string | undefined
  /** The passive it contains (`a été lancé`), if any. */
  passive: string | undefined
  /** Its first word, lowercase (`l’` elisions kept whole: `l’événement`). */
  firstWord: string
  /** Added by Titraille (the node carries `data.generated`). */
  generated: boolean
  place?: Place | undefined
}

/** One paragraph of prose (list items included). */
export interface ParagraphMeasure {
  block: number
  words: number
  /** Its first words, for messages. */
  excerpt: string
  generated: boolean
  place?: Place | undefined
}

/** One heading. */
export interface HeadingMeasure {
  block: number
  depth: number
  text: string
  /** Characters (code points) of its text. */
  characters: number
  words: number
  /** It contains every content word of the keyphrase (stem variants). */
  keyphrase: boolean
  generated: boolean
  place?: Place | undefined
}

/** A run of text between two subheadings (or before the first one). */
export interface SectionMeasure {
  /** Index in `headings` of the subheading that opens it; `undefined` for the text before the first subheading. */
  heading: number | undefined
  /** Words of its prose (its heading excluded). */
  words: number
  /** Prose blocks under it, nested subsections excluded. */
  blocks: number
  place?: Place | undefined
}

/** A link. */
export interface LinkMeasure {
  url: string
  text: string
  /** Relative, fragment, or same host as the article's canonical URL. */
  internal: boolean
  /** Its anchor text contains the keyphrase. */
  keyphrase: boolean
  place?: Place | undefined
}

/** An image. */
export interface ImageMeasure {
  url: string
  alt: string
  /** Its alt text contains the keyphrase. */
  keyphrase: boolean
  place?: Place | undefined
}

/** Where the focus keyphrase appears. */
export interface KeyphraseMeasure {
  text: string
  /** Where it came from. */
  source: 'analysis' | 'settings' | 'meta'
  /** All its words. */
  words: number
  /** Its content words (stop words removed), lowercase. */
  contentWords: string[]
  /** Occurrences in the prose: sentences holding every content word (stem variants), as many times as the rarest one. */
  count: number
  /** `count` per 100 words of text. */
  density: number
  /** Sentence ids where it occurs. */
  sentences: number[]
  /** In the title: the exact phrase at its start, every content word somewhere, or not. */
  title: 'start' | 'anywhere' | 'missing'
  /** In the first paragraph: every content word in one sentence, in the paragraph, or not. */
  firstParagraph: 'sentence' | 'paragraph' | 'missing'
  /** Occurrences in the meta description. */
  description: number
  /** Share (0–1) of its content words found in the slug. */
  slug: number
  /** Subheadings (H2–H3) containing it, out of how many. */
  subheadings: {with: number; total: number}
  /** Links whose anchor text contains it. */
  anchors: number
  /** Images whose alt contains it. */
  imageAlts: number
}

/** A typography fault found by the typography stage. */
export interface TypographyMeasure {
  ruleId: string
  message: string
  actual?: string | undefined
  expected?: string[] | undefined
  place?: Place | undefined
}

/** A run of consecutive sentences that start with the same word. */
export interface SameStartMeasure {
  word: string
  /** Sentence ids, in order. */
  sentences: number[]
  place?: Place | undefined
}

/** Kandel–Moles reading ease of the prose. */
export interface ReadingEaseMeasure {
  /** `207 − 1.015 × words/sentences − 73.6 × syllables/words`, rounded to one decimal. */
  score: number
  words: number
  sentences: number
  syllables: number
}

/** Everything the rules read. */
export interface Measurements {
  language: 'fr'
  /** Words of the whole text, headings included. */
  words: number
  sentences: SentenceMeasure[]
  paragraphs: ParagraphMeasure[]
  headings: HeadingMeasure[]
  sections: SectionMeasure[]
  links: LinkMeasure[]
  images: ImageMeasure[]
  meta: {title?: string | undefined; description?: string | undefined; slug?: string | undefined}
  keyphrase: KeyphraseMeasure | undefined
  readingEase: ReadingEaseMeasure
  /** Runs of two or more consecutive sentences with the same first word. */
  sameStarts: SameStartMeasure[]
  /** `undefined` when the typography stage did not run. */
  typography: TypographyMeasure[] | undefined
}

/** How a rule judges the article, as Yoast's traffic lights. `na`: the rule does not apply. */
export type Rating = 'good' | 'ok' | 'bad' | 'na'

/** Something a rule wants changed. */
export interface Finding {
  /** "Unexpected …, expected …". */
  message: string
  /** How far from the target: `ok` is close, `bad` is far. */
  rating: 'ok' | 'bad'
  place?: Place | undefined
  actual?: string | undefined
  expected?: string[] | undefined
  /** What to do, in one imperative line. */
  fix?: string | undefined
}

/** Severity of a rule's findings. */
export type Level = 'off' | 'warn' | 'error'

/** An audit rule: reads measurements, returns findings, never touches the tree. */
export interface AuditRule<Options extends object = object> {
  /** Kebab-case id, e.g. `keyphrase-density`. */
  id: string
  /** Which score it counts in. */
  category: 'seo' | 'readability'
  /** What it checks, in one line. */
  description: string
  /** Docs anchor. */
  url: string
  /** Severity when a preset only turns it on. */
  severity: 'warn' | 'error'
  /** How much fixing it is worth (1–5): weights the scores and orders the top fixes. */
  weight: number
  defaults: Readonly<Options>
  /** Whether it applies to this article (e.g. keyphrase rules need a keyphrase). @default always */
  applies?(measurements: Measurements, options: Readonly<Options>): boolean
  check(measurements: Measurements, options: Readonly<Options>): Finding[]
}

/** A rule's setting in a preset: a level, or a level with (optional) options. */
export type RuleSetting = Level | readonly [Level, (Readonly<Record<string, unknown>> | undefined)?]

/** A preset: rule ids to settings. Rules not listed are off. */
export type Preset = Readonly<Record<string, RuleSetting>>
