import type {Root} from 'mdast'
import {unified, type Plugin} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {audit as rules, type audit} from '@titraille/rules'
import {decodeArticle} from '../input/decode.js'
import {measure, type MeasureOptions} from '../measure/index.js'
import {analyzeTree} from '../nlp/analyze.js'
import {collectAdded} from '../report/added.js'
import {buildAuditReport, type AuditConfig} from '../report/build.js'
import type {AuditReport, ReportFinding} from '../report/types.js'
import type {TitrailleData} from '../types.js'
import {initData, titrailleParse, type ParsePluginOptions} from './parse.js'

declare module '../types.js' {
  interface TitrailleData {
    /** The SEO audit of the final tree, set by `remarkSeoAudit`. */
    audit?: AuditReport
  }
}

/** Options of {@link remarkSeoAudit}. */
export interface AuditOptions extends AuditConfig, MeasureOptions {
  /**
   * Without a keyphrase from the analysis, the settings or the front matter,
   * take the analysis's best candidate.
   * @default true
   */
  extractKeyphrase?: boolean | null | undefined
}

/** The focus keyphrase: the analysis's, else the user's setting, else the front matter's, else (optionally) the best candidate. */
function focusOf(tree: Root, data: TitrailleData | undefined, extract: boolean): {text: string; source: audit.KeyphraseMeasure['source']} | undefined {
  const analysis = (data as {analysis?: {focus?: unknown}} | undefined)?.analysis
  if (typeof analysis?.focus === 'string' && analysis.focus.trim() !== '') return {text: analysis.focus, source: 'analysis'}
  if (data?.settings.keyphrase) return {text: data.settings.keyphrase, source: 'settings'}
  if (data?.meta.keyphrase) return {text: data.meta.keyphrase, source: 'meta'}
  if (!extract) return undefined
  const found = analyzeTree(tree, {title: data?.meta.title}).focus
  return found ? {text: found, source: 'analysis'} : undefined
}

/** Typography faults left by the typography stage, read defensively: the stage owns their shape. */
function typographyOf(data: TitrailleData | undefined): audit.TypographyMeasure[] | undefined {
  const stage = (data as {typography?: {findings?: unknown}} | undefined)?.typography
  if (!stage) return undefined
  const findings = Array.isArray(stage.findings) ? (stage.findings as unknown[]) : []
  const out: audit.TypographyMeasure[] = []
  for (const item of findings) {
    if (!item || typeof item !== 'object') continue
    const f = item as Record<string, unknown>
    const ruleId = typeof f.ruleId === 'string' ? f.ruleId : typeof f.rule === 'string' ? f.rule : 'typography'
    const message = typeof f.message === 'string' ? f.message : typeof f.reason === 'string' ? f.reason : `Unexpected typography (${ruleId})`
    const raw = (f.place ?? f.position) as Partial<audit.Place> | audit.Point | undefined
    // The typography stage records a point; the audit speaks in spans.
    const place: audit.Place | undefined = raw && typeof raw === 'object' ? ('start' in raw && raw.start && raw.end ? (raw as audit.Place) : 'line' in raw ? {start: raw, end: raw} : undefined) : undefined
    out.push({
      ruleId,
      message,
      actual: typeof f.actual === 'string' ? f.actual : undefined,
      expected: Array.isArray(f.expected) ? f.expected.filter((e): e is string => typeof e === 'string') : typeof f.expected === 'string' ? [f.expected] : undefined,
      place
    })
  }
  return out
}

/** Measure the final tree and judge it: the pure core of {@link remarkSeoAudit}. */
export function auditTree(tree: Root, data: TitrailleData | undefined, options?: Readonly<AuditOptions> | null, path?: string): AuditReport {
  const measurements = measure(
    tree,
    {source: data?.source, meta: data?.meta, keyphrase: focusOf(tree, data, options?.extractKeyphrase ?? true), typography: typographyOf(data)},
    options
  )
  return buildAuditReport(measurements, {preset: options?.preset, rules: options?.rules, path, added: collectAdded(tree)})
}

const RULE_IDS = new Set(rules.RULES.map((rule) => rule.id))

/** Attach findings to the file as messages any unified reporter prints (never fatal: the level is in the report); a finding another stage already reported is not repeated. */
export function attachFindings(file: VFile, findings: readonly ReportFinding[]): VFileMessage[] {
  // Running twice (idempotence) must not duplicate messages.
  file.messages = file.messages.filter((message) => !(message.source === 'titraille' && message.ruleId && RULE_IDS.has(message.ruleId)))
  // Typography faults are already messages of the typography stage: not twice.
  const already = new Set(file.messages.filter((m) => m.source === 'titraille').map((m) => `${m.reason}@${m.line ?? ''}:${m.column ?? ''}`))
  const fresh = findings.filter((f) => !already.has(`${f.message}@${f.place?.start.line ?? ''}:${f.place?.start.column ?? ''}`))
  return fresh.map((finding) => {
    const message = file.message(finding.message, {place: finding.place, ruleId: finding.ruleId, source: 'titraille'})
    message.fatal = false
    message.url = finding.url
    if (finding.actual !== undefined) message.actual = finding.actual
    if (finding.expected !== undefined) message.expected = finding.expected
    if (finding.fix !== undefined) message.note = finding.fix
    return message
  })
}

/**
 * Unified plugin: the SEO audit of the final tree. Stores the report on
 * `file.data.titraille.audit` and attaches each finding as a vfile message
 * (`ruleId`, `source: 'titraille'`, `place`, `url`, `actual`, `expected`).
 */
export const remarkSeoAudit: Plugin<[(Readonly<AuditOptions> | null | undefined)?], Root> = function (options) {
  return (tree: Root, file: VFile) => {
    // In someone else's pipeline (remark-parse alone) there is no Titraille data yet.
    const data = (file.data.titraille ??= initData(String(file.value ?? ''), 'markdown', {raw: undefined, data: {}}))
    const report = auditTree(tree, data, options, file.path || undefined)
    attachFindings(file, report.findings)
    data.audit = report
  }
}

/** Options of {@link auditArticle}. */
export interface AuditArticleOptions extends AuditOptions, ParsePluginOptions {
  path?: string | null | undefined
  /** The focus keyphrase; front matter `keyphrase` wins over it. */
  keyphrase?: string | null | undefined
}

/** Result of {@link auditArticle}. */
export interface AuditArticleResult {
  report: AuditReport
  tree: Root
  file: VFile
}

/** Audit an article as it is, without rewriting it: parse, then {@link remarkSeoAudit}. What `titraille audit` and the bench run. */
export function auditArticle(input: string | Uint8Array, options?: Readonly<AuditArticleOptions> | null): AuditArticleResult {
  const file = new VFile({value: decodeArticle(input, options), path: options?.path ?? undefined})
  const processor = unified().use(titrailleParse, options)
  const tree = processor.parse(file) as Root
  const data = file.data.titraille
  if (data && options?.keyphrase && !data.settings.keyphrase) data.settings.keyphrase = options.keyphrase
  unified().use(remarkSeoAudit, options).runSync(tree, file)
  const report = file.data.titraille?.audit
  if (!report) throw new Error('Titraille: the audit did not run')
  return {report, tree, file}
}
