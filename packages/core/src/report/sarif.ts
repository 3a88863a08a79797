import type {Log, ReportingDescriptor, Result} from 'sarif'
import {audit} from '@titraille/rules'
import type {AuditReport, ReportFinding} from './types.js'

/** Options of {@link toSarif}. */
export interface SarifOptions {
  /** Version of the tool written in `tool.driver.version`. */
  version?: string | null | undefined
}

/** A relative path as a SARIF URI reference: forward slashes, percent-encoded. */
function uriOf(path: string): string {
  return encodeURI(path.replace(/\\/g, '/'))
}

function result(finding: ReportFinding, ruleIndex: number, path: string | undefined): Result {
  const out: Result = {
    ruleId: finding.ruleId,
    ruleIndex,
    level: finding.level === 'error' ? 'error' : 'warning',
    message: {text: finding.fix ? `${finding.message}. ${finding.fix}` : finding.message},
    properties: {rating: finding.rating, ...(finding.actual !== undefined ? {actual: finding.actual} : {}), ...(finding.expected ? {expected: finding.expected} : {})}
  }
  if (path !== undefined) {
    const place = finding.place
    out.locations = [
      {
        physicalLocation: {
          artifactLocation: {uri: uriOf(path)},
          ...(place ? {region: {startLine: place.start.line, startColumn: place.start.column, endLine: place.end.line, endColumn: place.end.column}} : {})
        }
      }
    ]
  }
  return out
}

/** One SARIF 2.1.0 log for the audits of one or more articles (one run, rules in registry order). */
export function toSarif(reports: readonly AuditReport[], options?: Readonly<SarifOptions> | null): Log {
  const used = new Set(reports.flatMap((report) => report.rules.map((rule) => rule.id)))
  const levels = new Map(reports.flatMap((report) => report.rules.map((rule) => [rule.id, rule.level] as const)))
  const rules = audit.RULES.filter((rule) => used.has(rule.id))
  const index = new Map(rules.map((rule, i) => [rule.id, i]))
  const descriptors: ReportingDescriptor[] = rules.map((rule) => ({
    id: rule.id,
    name: rule.id,
    shortDescription: {text: rule.description},
    helpUri: rule.url,
    defaultConfiguration: {level: (levels.get(rule.id) ?? rule.severity) === 'error' ? 'error' : 'warning'},
    properties: {category: rule.category}
  }))
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {driver: {name: 'titraille', informationUri: audit.DOCS_URL.replace(/#$/, ''), ...(options?.version ? {version: options.version} : {}), rules: descriptors}},
        results: reports.flatMap((report) => report.findings.map((finding) => result(finding, index.get(finding.ruleId) ?? 0, report.path)))
      }
    ]
  }
}
