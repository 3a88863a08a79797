import * as core from '@titraille/core'
import {optimize, type OptimizeOptions, type OptimizeResult} from '@titraille/core'
import {readArticleFile, writeFileAtomic} from '@titraille/core/node'
import {failure, type ArticleOutcome, type ArticleTask, type FindingCounts, type OutputFormat} from './outcome.js'

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

/**
 * Read, optimise, render and (with a target) write one article. Never
 * throws: a failure is an outcome, so one article never stops a batch.
 */
export async function processArticle(task: ArticleTask): Promise<ArticleOutcome> {
  const {index, path} = task
  try {
    const bytes = task.bytes ?? (await readArticleFile(task.file ?? path, {maxBytes: task.options.maxBytes}))
    const result = await optimize(bytes, {...task.options, path: path === '-' ? undefined : path})
    const output = renderOutput(result, task.format, task.options)
    if (task.target) await writeFileAtomic(task.target.path, output, {force: task.target.force, mkdir: task.target.mkdir})
    return {ok: true, index, path, output: task.target ? undefined : output, report: result.report, score: auditScore(result), findings: countFindings(result)}
  } catch (error) {
    return failure(index, path, error)
  }
}
