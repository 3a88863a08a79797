import type {AuditReport, OptimizeOptions, TitrailleReport} from '@titraille/core'

/*
 * The data a batch passes between threads. This module loads nothing of the
 * pipeline: the main thread of a batch never needs it.
 */

/** What `--format` writes for each article. */
export type OutputFormat = 'md' | 'html' | 'json'

/** File extension written in `--out-dir` for each output format. */
export const OUTPUT_EXTENSION: Readonly<Record<OutputFormat, string>> = {md: '.md', html: '.html', json: '.json'}

/** Where to write an article's output; without it, the output comes back in the outcome. */
export interface OutputTarget {
  /** Absolute path of the file to write. */
  path: string
  /** Replace an existing file. @default false */
  force?: boolean | undefined
  /** Create the file's folder first. @default false */
  mkdir?: boolean | undefined
}

/** One article to optimise: plain data, so it can be posted to a worker thread. */
export interface ArticleTask {
  /** Position of the article in the input order. */
  index: number
  /** Path as the user gave it (relative to cwd), or `-` for standard input. */
  path: string
  /** Absolute path to read; absent when `bytes` already hold the article. */
  file?: string | undefined
  /** The article's bytes, when they were read by the caller (standard input). */
  bytes?: Uint8Array | undefined
  options: OptimizeOptions
  format: OutputFormat
  /** Write the output there (in the thread that made it) instead of returning it. */
  target?: OutputTarget | undefined
  /** Send back the audit as terminal text, or as the report object. */
  audit?: 'text' | 'json' | undefined
}

/** Audit findings of one article by level. */
export interface FindingCounts {
  error: number
  warn: number
}

/** An article that was optimised. */
export interface ArticleSuccess {
  ok: true
  index: number
  path: string
  /** The text made (Markdown, HTML or JSON as `format` asked), when it was not written to a target. */
  output?: string | undefined
  report: TitrailleReport
  /** The audit's SEO score (0–100), when the pipeline has an audit. */
  score?: number | undefined
  findings: FindingCounts
  /** The audit report, when the task asked for `json`. */
  audit?: AuditReport | undefined
  /** The audit as terminal text, when the task asked for `text`. */
  auditText?: string | undefined
}

/** Why an article failed: `input`: bad article; `file`: cannot read or write; `crash`: a bug in Titraille. */
export type FailureKind = 'input' | 'file' | 'crash'

/** An article that could not be optimised: one line says why. */
export interface ArticleFailure {
  ok: false
  index: number
  path: string
  kind: FailureKind
  /** The error line, without the `titraille: ` prefix. */
  message: string
}

/** What became of one article. */
export type ArticleOutcome = ArticleSuccess | ArticleFailure

/** `<stdin>` for `-`, else the path. */
export function displayPath(path: string): string {
  return path === '-' ? '<stdin>' : path
}

/**
 * The one-line error for a problem with one article, or `undefined` when the
 * error is a crash. Errors are told apart by name (`TitrailleError`,
 * `FileError`), so that this needs no class from the pipeline.
 */
export function errorMessage(path: string, error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined
  if (error.name === 'TitrailleError') return `${displayPath(path)}: ${error.message}`
  // A FileError already names the file.
  if (error.name === 'FileError') return error.message
  return undefined
}

/** The failure outcome of an error, a crash included. */
export function failure(index: number, path: string, error: unknown): ArticleFailure {
  const message = errorMessage(path, error)
  if (message !== undefined) return {ok: false, index, path, kind: (error as Error).name === 'TitrailleError' ? 'input' : 'file', message}
  return {ok: false, index, path, kind: 'crash', message: `${displayPath(path)}: unexpected error: ${(error as Error).stack ?? String(error)}`}
}
