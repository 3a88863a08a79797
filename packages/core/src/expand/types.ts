import type {BlockContent, Heading, List, Paragraph} from 'mdast'
import type {Analysis} from '../nlp/types.js'
import type {GeneratedInfo} from '../types.js'
import type {Material} from './material.js'
import type {TemplatePicker} from './template.js'

declare module 'mdast' {
  interface Data {
    /** Set on every node Titraille added (DESIGN.md, invariant 2). */
    generated?: GeneratedInfo | undefined
  }
}

/** Names of the expand strategies, in the planner's order of value. */
export type StrategyName =
  | 'chapeau'
  | 'essentials'
  | 'transitions'
  | 'signposting'
  | 'key-figures'
  | 'quotes'
  | 'actors'
  | 'chronology'
  | 'keypoints'
  | 'guide'
  | 'glossary'
  | 'conclusion'
  | 'faq'

/** Options of {@link expandArticle}. */
export interface ExpandOptions {
  /**
   * Words the article must reach, counted as the audit counts.
   * @default 700
   */
  minWords?: number | null | undefined
  /**
   * Expand an input under `paddingThreshold` words anyway.
   * @default false
   */
  allowPadding?: boolean | null | undefined
  /**
   * Inputs shorter than this are refused (`TOO_SHORT`) unless `allowPadding`.
   * @default 120
   */
  paddingThreshold?: number | null | undefined
  /** The focus keyphrase; by default the analysis' focus. */
  keyphrase?: string | null | undefined
  /**
   * Highest share of repeated word 4-grams the output may reach.
   * @default 0.1
   */
  maxRepeatedShare?: number | null | undefined
  /** Strategies to use, in order of value. @default all, in the planner's order */
  strategies?: readonly StrategyName[] | null | undefined
}

/** A question and its answer, as generated (for the FAQPage JSON-LD). */
export interface FaqEntry {
  question: string
  answer: string
}

/** What one strategy added. */
export interface StrategyReport {
  by: StrategyName
  words: number
  templates: string[]
  from: number[]
}

/** What the expand stage did (stored on `file.data.titraille.expand`). */
export interface ExpandResult {
  target: number
  inputWords: number
  outputWords: number
  addedWords: number
  /** `addedWords / outputWords`. */
  addedShare: number
  /** Whether `outputWords >= target`. */
  reached: boolean
  /** Share of repeated word 4-grams in the output prose. */
  repeatedShare: number
  /** Whether the article was already expanded (its generated sections found): nothing added. */
  alreadyExpanded: boolean
  strategies: StrategyReport[]
  faq: FaqEntry[]
  /** Every added sentence, in the order they were planned. */
  sentences: string[]
}

/** Where an addition goes. */
export type Placement = {kind: 'chapeau'} | {kind: 'end'} | {kind: 'after'; node: Heading} | {kind: 'inline'}

/** A strategy's proposal, applied by the planner when it keeps it. */
export interface Addition {
  by: StrategyName
  placement: Placement
  nodes: (BlockContent | Heading | Paragraph | List)[]
  words: number
  from: number[]
  templates: string[]
  sentences: string[]
  faq?: FaqEntry[] | undefined
  /** Change the tree in place (transitions). */
  apply?: (() => void) | undefined
  /** Extra additions at other places (signposts after several headings). */
  more?: Addition[] | undefined
}

/** A tentative set of sentences: checked for honesty and repetition before the planner keeps them. */
export interface Draft {
  /**
   * Add `text` if it is new, honest and keeps repetition under the limit; `false` otherwise.
   * Given variants of one sentence (`fillVariants`), add the one that repeats least (the first on a tie).
   */
  accept(text: string | readonly string[]): boolean
  /** Take back the last accepted sentence. */
  undo(): void
  readonly words: number
  readonly sentences: readonly string[]
}

/** What a strategy gets. */
export interface ExpandContext {
  analysis: Analysis
  material: Material
  picker: TemplatePicker
  seed: number
  /** Words still needed to reach the target. */
  need: number
  draft(): Draft
  tree: import('mdast').Root
  /** Predicates a strategy already restated (« Les points clés »): not restated again. */
  restated: Set<string>
  /** Whether an earlier section already gave `text`: a restated predicate, role or phrase contains it. */
  told(text: string): boolean
  /** Whether `text` holds something an earlier section gave: a restated predicate, role or phrase it contains. */
  holdsTold(text: string): boolean
  /** How many times the sentences added so far name `phrase` (without its determiner, ignoring case). */
  mentions(phrase: string): number
  /** The article's numbers with what they count (`20 skippers`), those the added sentences named least first. */
  freshFigures(count: number): string[]
}
