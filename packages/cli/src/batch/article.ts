import {formatAuditText, optimize, parseArticle, renderHtml, type OptimizeOptions, type OptimizeResult} from '@titraille/core'
import {loadConfig, optionsFor, readArticleFile, writeFileAtomic} from '@titraille/core/node'
import {failure, type ArticleOutcome, type ArticleTask, type FindingCounts, type OutputFormat} from './outcome.js'

/** Render an optimisation result in the output format. */
export function renderOutput(result: OptimizeResult, format: OutputFormat, options: Readonly<OptimizeOptions>): string {
  if (format === 'md') return result.markdown
  if (format === 'json') return `${JSON.stringify(resultJson(result), null, 2)}\n`
  // HTML is rendered from the Markdown output, so both say exactly the same.
  const {tree} = parseArticle(result.markdown, {format: 'markdown'})
  const faq = result.data.expand?.faq.map(({question, answer}) => ({question, answer}))
  return renderHtml(tree, {meta: result.meta, canonical: options.canonical, faq, faqSchema: options.faqSchema, words: result.report.words.output})
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

/** Audit findings by level; none when the pipeline has no audit stage. */
export function countFindings(result: OptimizeResult): FindingCounts {
  const counts: FindingCounts = {error: 0, warn: 0}
  for (const finding of result.data.audit?.findings ?? []) counts[finding.level]++
  return counts
}

/** The audit's SEO score (0–100); `undefined` without an audit — never a made-up one. */
export function auditScore(result: OptimizeResult): number | undefined {
  return result.data.audit?.scores.seo
}

/**
 * Read, optimise, render and (with a target) write one article. Never
 * throws: a failure is an outcome, so one article never stops a batch.
 */
export async function processArticle(task: ArticleTask): Promise<ArticleOutcome> {
  const {index, path} = task
  try {
    const bytes = task.bytes ?? (await readArticleFile(task.file ?? path, {maxBytes: task.options.maxBytes}))
    // The nearest titraille config (from the article's folder, or the working
    // folder for stdin) under the command-line flags, which win.
    const {config} = await loadConfig(path === '-' ? process.cwd() : (task.file ?? path))
    const options = optionsFor(config, null, task.options)
    const result = await optimize(bytes, {...options, path: path === '-' ? undefined : path})
    const output = renderOutput(result, task.format, options)
    if (task.target) await writeFileAtomic(task.target.path, output, {force: task.target.force, mkdir: task.target.mkdir})
    const audit = result.data.audit
    return {
      ok: true,
      index,
      path,
      output: task.target ? undefined : output,
      report: result.report,
      score: auditScore(result),
      findings: countFindings(result),
      audit: task.audit === 'json' ? audit : undefined,
      auditText: task.audit === 'text' && audit ? formatAuditText(audit) : undefined
    }
  } catch (error) {
    return failure(index, path, error)
  }
}
