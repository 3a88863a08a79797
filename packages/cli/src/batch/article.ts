import * as core from '@titraille/core'
import {isTitrailleError, optimize, type OptimizeOptions, type OptimizeResult, type TitrailleReport} from '@titraille/core'
import {FileError, readArticleFile} from '@titraille/core/node'

/** What `--format` writes for each article. */
export type OutputFormat = 'md' | 'html' | 'json'

/** File extension written in `--out-dir` for each output format. */
export const OUTPUT_EXTENSION: Readonly<Record<OutputFormat, string>> = {md: '.md', html: '.html', json: '.json'}

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
}

/** Audit findings of one article by severity (vfile: fatal → error, warning → warn, else info). */
export interface FindingCounts {
  error: number
  warn: number
  info: number
}

/** An article that was optimised. */
export interface ArticleSuccess {
  ok: true
  index: number
  path: string
  /** The text to write: Markdown, HTML or JSON as `format` asked. */
  output: string
  report: TitrailleReport
  /** The audit's overall score (0–100), when the pipeline has an audit that gives one. */
  score?: number | undefined
  findings: FindingCounts
}

/** An article that could not be optimised: one line says why. */
export interface ArticleFailure {
  ok: false
  index: number
  path: string
  /** `input`: bad article; `file`: cannot read or write; `crash`: a bug in Titraille. */
  kind: 'input' | 'file' | 'crash'
  /** The error line, without the `titraille: ` prefix. */
  message: string
}

/** What became of one article. */
export type ArticleOutcome = ArticleSuccess | ArticleFailure

/** Whether this build of `@titraille/core` can render HTML (`--format html`). */
export function htmlAvailable(): boolean {
  return typeof htmlRenderer() === 'function'
}

type HtmlRenderer = (result: OptimizeResult, options?: Readonly<OptimizeOptions>) => string

function htmlRenderer(): HtmlRenderer | undefined {
  // Looked up at run time: HTML rendering is an optional part of core.
  const candidate = (core as Record<string, unknown>)['renderHtml']
  return typeof candidate === 'function' ? (candidate as HtmlRenderer) : undefined
}

/** Render an optimisation result in the output format. */
export function renderOutput(result: OptimizeResult, format: OutputFormat, options: Readonly<OptimizeOptions>): string {
  if (format === 'md') return result.markdown
  if (format === 'json') return `${JSON.stringify(resultJson(result), null, 2)}\n`
  const render = htmlRenderer()
  if (!render) throw new Error('HTML output is not available in this build of @titraille/core')
  return render(result, options)
}

/** The JSON output: the result without its internal `data`, messages as plain objects. */
export function resultJson(result: OptimizeResult): Record<string, unknown> {
  return {
    markdown: result.markdown,
    report: result.report,
    meta: result.meta,
    messages: result.messages.map((message) => ({
      ruleId: message.ruleId,
      source: message.source,
      reason: message.reason,
      fatal: message.fatal,
      line: message.line,
      column: message.column,
      place: message.place,
      url: message.url,
      actual: message.actual,
      expected: message.expected,
      note: message.note
    }))
  }
}

/** Count a result's messages by severity. */
export function countFindings(result: OptimizeResult): FindingCounts {
  const counts: FindingCounts = {error: 0, warn: 0, info: 0}
  for (const message of result.messages) {
    if (message.fatal === true) counts.error++
    else if (message.fatal === false) counts.warn++
    else counts.info++
  }
  return counts
}

/**
 * The audit's overall score, read defensively: the audit stage stores its
 * report on `file.data.titraille.audit` (or the report carries it). No audit,
 * no score — never a made-up one.
 */
export function auditScore(result: OptimizeResult): number | undefined {
  const data = result.data as unknown as Record<string, unknown>
  const report = result.report as unknown as Record<string, unknown>
  for (const holder of [data['audit'], data['report'], report['audit'], report]) {
    const score = scoreIn(holder)
    if (score !== undefined) return score
  }
  return undefined
}

function scoreIn(holder: unknown): number | undefined {
  if (typeof holder !== 'object' || holder === null) return undefined
  const record = holder as Record<string, unknown>
  const scores = record['scores']
  const candidates = [
    record['score'],
    record['seoScore'],
    typeof scores === 'object' && scores !== null ? (scores as Record<string, unknown>)['seo'] : undefined
  ]
  for (const candidate of candidates) {
    const value = typeof candidate === 'object' && candidate !== null ? (candidate as Record<string, unknown>)['score'] : candidate
    if (typeof value === 'number' && Number.isFinite(value)) return value
  }
  return undefined
}

/** The one-line error for a problem with one article, or `undefined` when it is a crash. */
export function errorMessage(path: string, error: unknown): string | undefined {
  const where = path === '-' ? '<stdin>' : path
  if (isTitrailleError(error)) return `${where}: ${error.message}`
  // A FileError already names the file.
  if (error instanceof FileError) return error.message
  return undefined
}

/** Read, optimise and render one article; never throws: a failure is an outcome. */
export async function processArticle(task: ArticleTask): Promise<ArticleOutcome> {
  const {index, path} = task
  try {
    const bytes = task.bytes ?? (await readArticleFile(task.file ?? path, {maxBytes: task.options.maxBytes}))
    const result = await optimize(bytes, {...task.options, path: path === '-' ? undefined : path})
    const output = renderOutput(result, task.format, task.options)
    return {ok: true, index, path, output, report: result.report, score: auditScore(result), findings: countFindings(result)}
  } catch (error) {
    const message = errorMessage(path, error)
    if (message !== undefined) return {ok: false, index, path, kind: isTitrailleError(error) ? 'input' : 'file', message}
    const where = path === '-' ? '<stdin>' : path
    return {ok: false, index, path, kind: 'crash', message: `${where}: unexpected error: ${(error as Error).stack ?? String(error)}`}
  }
}
