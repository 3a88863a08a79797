import type {audit} from '@titraille/rules'

/** Version of {@link AuditReport}'s shape; bumped on any breaking change. */
export const AUDIT_SCHEMA_VERSION = 1

/** A finding as reported: the rule's finding plus who found it and how much it matters. */
export interface ReportFinding {
  /** Rule id, e.g. `keyphrase-density`. */
  ruleId: string
  /** `titraille:` + rule id, as remark-lint's `origin`. */
  origin: string
  /** Severity set by the configuration. */
  level: 'warn' | 'error'
  /** How far from the target: `ok` close, `bad` far. */
  rating: 'ok' | 'bad'
  message: string
  place?: audit.Place | undefined
  actual?: string | undefined
  expected?: string[] | undefined
  fix?: string | undefined
  /** Docs anchor of the rule. */
  url: string
}

/** What one rule concluded. */
export interface RuleResult {
  id: string
  category: 'seo' | 'readability'
  description: string
  url: string
  level: 'warn' | 'error'
  /** `good` (nothing to fix), `ok`, `bad`, or `na` (does not apply). */
  rating: audit.Rating
  /** How much it weighs in its score. */
  weight: number
  findings: ReportFinding[]
}

/** Text Titraille added to the article (invariant 2: nothing invented). */
export interface AddedText {
  /** Stage or strategy that added it (`expand:chapeau`). */
  by: string
  /** Ids of the sentences its material came from. */
  from: number[]
  template?: string | undefined
  /** Node type (`paragraph`, `heading`, `text` …). */
  type: string
  text: string
  words: number
  place?: audit.Place | undefined
}

/** The headline numbers of the measurements. */
export interface ReportSummary {
  words: number
  sentences: number
  paragraphs: number
  subheadings: number
  /** Percent of sentences over 20 words. */
  longSentences: number
  /** Percent of sentences with a transition word. */
  transitionSentences: number
  /** Percent of passive sentences. */
  passiveSentences: number
  /** Kandel–Moles reading ease. */
  readingEase: number
  keyphrase?: {text: string; source: audit.KeyphraseMeasure['source']; count: number; density: number} | undefined
}

/**
 * The audit report: versioned, JSON-serialisable. Schema (version 1):
 * `schemaVersion`, `tool`, `path`, `preset`, `scores` (`seo`,
 * `readability`, 0–100), `summary`, `topFixes` (at most three findings,
 * most valuable first), `rules` (every configured rule with its rating and
 * findings), `findings` (all findings, in document order), `added` (text
 * Titraille added), `measurements` (everything the rules read).
 */
export interface AuditReport {
  schemaVersion: typeof AUDIT_SCHEMA_VERSION
  tool: {name: 'titraille'}
  path?: string | undefined
  /** Preset name, when a named preset was used. */
  preset?: string | undefined
  scores: {seo: number; readability: number}
  summary: ReportSummary
  topFixes: ReportFinding[]
  rules: RuleResult[]
  findings: ReportFinding[]
  added: AddedText[]
  measurements: audit.Measurements
}
