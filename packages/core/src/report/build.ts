import {audit, presets} from '@titraille/rules'
import {AUDIT_SCHEMA_VERSION, type AddedText, type AuditReport, type ReportFinding, type RuleResult} from './types.js'

/** Names of the shipped presets. */
export type PresetName = keyof typeof presets.PRESETS

/** Which rules run, at which level, with which options. */
export interface AuditConfig {
  /**
   * A shipped preset by name, or a preset object.
   * @default 'recommended'
   */
  preset?: PresetName | audit.Preset | null | undefined
  /** Per-rule settings over the preset: `off`, `warn`, `error` or `[level, options]`. */
  rules?: audit.Preset | null | undefined
}

/** A rule ready to run: its level and merged options. */
export interface ConfiguredRule {
  rule: audit.AuditRule
  level: 'warn' | 'error'
  options: Readonly<Record<string, unknown>>
}

/** Turn a preset plus overrides into the rules to run, in {@link audit.RULES} order. Unknown rule ids throw. */
export function configureRules(config?: Readonly<AuditConfig> | null): ConfiguredRule[] {
  const preset = typeof config?.preset === 'string' ? presets.PRESETS[config.preset] : (config?.preset ?? presets.recommended)
  if (!preset) throw new Error(`Unknown audit preset "${String(config?.preset)}", expected one of ${Object.keys(presets.PRESETS).join(', ')}`)
  const settings: Record<string, audit.RuleSetting> = {...preset, ...(config?.rules ?? {})}
  for (const id of Object.keys(settings)) {
    if (!audit.RULES_BY_ID.has(id)) throw new Error(`Unknown audit rule "${id}"`)
  }
  const configured: ConfiguredRule[] = []
  for (const rule of audit.RULES) {
    const setting = settings[rule.id]
    if (setting === undefined) continue
    const level = typeof setting === 'string' ? setting : setting[0]
    const options = typeof setting === 'string' ? undefined : setting[1]
    if (level === 'off') continue
    if (level !== 'warn' && level !== 'error') throw new Error(`Unknown level "${String(level)}" for audit rule "${rule.id}", expected off, warn or error`)
    configured.push({rule, level, options: {...(rule.defaults as Record<string, unknown>), ...options}})
  }
  return configured
}

const RATING_VALUE: Record<'good' | 'ok' | 'bad', number> = {good: 1, ok: 0.5, bad: 0}

/** Run configured rules on measurements: one result per rule. */
export function runRules(measurements: audit.Measurements, rules: readonly ConfiguredRule[]): RuleResult[] {
  return rules.map(({rule, level, options}) => {
    const applies = rule.applies ? rule.applies(measurements, options) : true
    const found = applies ? rule.check(measurements, options) : []
    const findings: ReportFinding[] = found.map((finding) => ({
      ruleId: rule.id,
      origin: `titraille:${rule.id}`,
      level,
      rating: finding.rating,
      message: finding.message,
      place: finding.place,
      actual: finding.actual,
      expected: finding.expected,
      fix: finding.fix,
      url: rule.url
    }))
    const rating: audit.Rating = !applies ? 'na' : findings.length === 0 ? 'good' : findings.some((f) => f.rating === 'bad') ? 'bad' : 'ok'
    return {id: rule.id, category: rule.category, description: rule.description, url: rule.url, level, rating, weight: rule.weight, findings}
  })
}

/** Score 0–100 of one category: weighted share of good (1) and ok (½) ratings among the rules that apply. */
export function categoryScore(results: readonly RuleResult[], category: 'seo' | 'readability'): number {
  let total = 0
  let earned = 0
  for (const result of results) {
    if (result.category !== category || result.rating === 'na') continue
    total += result.weight
    earned += result.weight * RATING_VALUE[result.rating]
  }
  return total === 0 ? 100 : Math.round((earned / total) * 100)
}

/** What fixing a finding is worth: errors first, then weight, far-off findings before close ones. */
function value(finding: ReportFinding, weight: number): number {
  return (finding.level === 'error' ? 100 : 0) + weight * (finding.rating === 'bad' ? 2 : 1)
}

/** The three most valuable fixes: one per rule, by {@link value}, ties in rule order. */
export function topFixes(results: readonly RuleResult[], count = 3): ReportFinding[] {
  const candidates = results
    .map((result, index) => ({result, index, finding: [...result.findings].sort((a, b) => value(b, result.weight) - value(a, result.weight))[0]}))
    .filter((entry): entry is {result: RuleResult; index: number; finding: ReportFinding} => entry.finding !== undefined)
  candidates.sort((a, b) => value(b.finding, b.result.weight) - value(a.finding, a.result.weight) || a.index - b.index)
  return candidates.slice(0, count).map((entry) => entry.finding)
}

/** Findings in document order (findings about the whole article first), then rule order. */
export function documentOrder(results: readonly RuleResult[]): ReportFinding[] {
  const all = results.flatMap((result, rank) => result.findings.map((finding, index) => ({finding, rank, index})))
  const offset = (f: ReportFinding) => f.place?.start.offset ?? (f.place ? f.place.start.line * 1e6 + f.place.start.column : -1)
  all.sort((a, b) => offset(a.finding) - offset(b.finding) || a.rank - b.rank || a.index - b.index)
  return all.map((entry) => entry.finding)
}

/** Options of {@link buildAuditReport}. */
export interface BuildReportOptions extends AuditConfig {
  /** Path of the article. */
  path?: string | null | undefined
  /** Text Titraille added, from nodes with `data.generated`. */
  added?: readonly AddedText[] | null | undefined
}

/** Judge measurements with the configured rules and build the versioned report. */
export function buildAuditReport(measurements: audit.Measurements, options?: Readonly<BuildReportOptions> | null): AuditReport {
  const configured = configureRules(options)
  const results = runRules(measurements, configured)
  const long = configured.find((c) => c.rule.id === 'sentence-length')?.options.words
  const threshold = typeof long === 'number' ? long : 20
  const sentences = measurements.sentences
  const share = (n: number) => audit.percent(n, sentences.length)
  const k = measurements.keyphrase
  return {
    schemaVersion: AUDIT_SCHEMA_VERSION,
    tool: {name: 'titraille'},
    path: options?.path ?? undefined,
    preset: typeof options?.preset === 'string' ? options.preset : options?.preset ? undefined : 'recommended',
    scores: {seo: categoryScore(results, 'seo'), readability: categoryScore(results, 'readability')},
    summary: {
      words: measurements.words,
      sentences: sentences.length,
      paragraphs: measurements.paragraphs.length,
      subheadings: measurements.headings.filter((h) => h.depth >= 2).length,
      longSentences: share(sentences.filter((s) => s.words > threshold).length),
      transitionSentences: share(sentences.filter((s) => s.transition !== undefined).length),
      passiveSentences: share(sentences.filter((s) => s.passive !== undefined).length),
      readingEase: measurements.readingEase.score,
      keyphrase: k ? {text: k.text, source: k.source, count: k.count, density: k.density} : undefined
    },
    topFixes: topFixes(results),
    rules: results,
    findings: documentOrder(results),
    added: [...(options?.added ?? [])],
    measurements
  }
}
