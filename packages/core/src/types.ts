/** How the input was read. */
export type ArticleFormat = 'text' | 'markdown'

/** The article's YAML front matter, as read. */
export interface FrontMatter {
  /** The YAML text as written (kept byte for byte in the output), or `undefined` when there is none. */
  raw: string | undefined
  /** Plain data of the front matter (`{}` when there is none). */
  data: Record<string, unknown>
}

/** Where a piece of added text came from (invariant 2 of DESIGN.md). */
export interface GeneratedInfo {
  /** The stage or strategy that added it, e.g. `expand:chapeau`. */
  by: string
  /** Ids of the input sentences its material was taken from. */
  from: number[]
  /** The template id used, when one was. */
  template?: string
}

/** SEO metadata of the article. */
export interface ArticleMeta {
  title?: string | undefined
  description?: string | undefined
  slug?: string | undefined
  keyphrase?: string | undefined
  keywords?: string[] | undefined
  readingTime?: number | undefined
}

/**
 * Everything Titraille keeps on `file.data.titraille`: computed once by the
 * stages, read by the later ones and by callers.
 */
export interface TitrailleData {
  /** The normalised input text the tree's positions point into. */
  source: string
  format: ArticleFormat
  frontMatter: FrontMatter
  /** Words of the input as read (audit count), before any stage. */
  inputWords: number
  /** Metadata: from front matter first, then filled in by the `meta` stage. */
  meta: ArticleMeta
  /**
   * Options the stages share (focus keyphrase, target length …), set by the
   * pipeline or the preset before the stages run.
   */
  settings: TitrailleSettings
}

/**
 * Settings every stage may read. Stage-specific results live in fields that
 * each stage adds to {@link TitrailleData} by declaration merging in its own
 * module (e.g. `analysis`, `typography`, `segments`, `audit`).
 */
export interface TitrailleSettings {
  /** The focus keyphrase given by the user (front matter `keyphrase` or option). */
  keyphrase?: string | undefined
  /** Words the article should reach. @default 700 */
  minWords: number
}

declare module 'vfile' {
  interface DataMap {
    titraille: TitrailleData
  }
}
