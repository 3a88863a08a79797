import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import {insertSubheadings} from '../headings/insert.js'
import {nameSections, type NameSectionsOptions, type Subheading} from '../headings/name.js'
import type {SectionInput} from '../headings/cluster.js'
import type {Analysis} from '../nlp/types.js'
import type {TitrailleData} from '../types.js'

/** What the `subheadings` stage did, on `file.data.titraille.subheadings`. */
export interface SubheadingsResult {
  /** The headings added, in document order (`before` is the index before insertion). */
  headings: Subheading[]
  /** Sections that got no heading: the chapeau, author-headed ones, and those with nothing to say. */
  skipped: number[]
  /** Share of the added headings that hold the focus keyphrase (0 when none were added). */
  focusShare: number
}

declare module '../types.js' {
  interface TitrailleData {
    /** Subheadings added by the `subheadings` stage. */
    subheadings?: SubheadingsResult
  }
}

/** Options of {@link remarkSubheadings}. */
export type SubheadingsOptions = NameSectionsOptions

/** The data this stage reads, declared by the `analyze` and `segment` stages. */
type WithSections = TitrailleData & {analysis?: Analysis; segments?: SectionInput[]}

/**
 * The `subheadings` stage: names each section of
 * `file.data.titraille.segments` (but the chapeau and author-headed ones)
 * with an H2 built by {@link nameSections}, inserts it before the section,
 * and moves the segments' node indices to match. Needs `analysis` and
 * `segments`; without them it does nothing.
 */
export const remarkSubheadings: Plugin<[(Readonly<SubheadingsOptions> | null | undefined)?], Root> = function (options) {
  return (tree, file) => {
    const data = file.data.titraille as WithSections | undefined
    if (!data?.analysis || !data.segments) return
    const headings = nameSections(tree, data.analysis, data.segments, options)
    const moved = insertSubheadings(tree, headings)
    const named = new Set(headings.map((heading) => heading.section))
    data.segments = data.segments.map((segment, index) => {
      // A named section now starts at its heading.
      const start = named.has(index) ? moved(segment.start) - 1 : moved(segment.start)
      return {...segment, start, end: moved(segment.end - 1) + 1}
    })
    data.subheadings = {
      headings,
      skipped: data.segments.map((_, index) => index).filter((index) => !named.has(index)),
      focusShare: headings.length > 0 ? headings.filter((heading) => heading.focus).length / headings.length : 0
    }
  }
}
