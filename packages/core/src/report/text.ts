import type {AuditReport, ReportFinding} from './types.js'

function where(finding: ReportFinding): string {
  const place = finding.place
  if (!place) return '1:1'
  return `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`
}

/** The audit as terminal text, in the manner of vfile-reporter: findings, scores, top fixes. */
export function formatAuditText(report: AuditReport): string {
  const lines: string[] = [report.path ?? '<stdin>']
  const rows = report.findings.map((f) => [where(f), f.level === 'error' ? 'error' : 'warning', f.message, f.ruleId])
  const width = [0, 1].map((column) => Math.max(0, ...rows.map((row) => row[column]!.length)))
  for (const row of rows) lines.push(`  ${row[0]!.padEnd(width[0]!)}  ${row[1]!.padEnd(width[1]!)}  ${row[2]}  ${row[3]}`)
  if (rows.length === 0) lines.push('  no issues found')
  const s = report.summary
  lines.push('')
  lines.push(`SEO score ${report.scores.seo}/100 · readability ${report.scores.readability}/100`)
  lines.push(
    `${s.words} words · ${s.sentences} sentences · ${s.longSentences} % over 20 words · ${s.transitionSentences} % with transitions · ${s.passiveSentences} % passive · reading ease ${s.readingEase}` +
      (s.keyphrase ? ` · “${s.keyphrase.text}” ×${s.keyphrase.count} (${s.keyphrase.density} %)` : '')
  )
  if (report.topFixes.length > 0) {
    lines.push('Top fixes:')
    report.topFixes.forEach((fix, i) => lines.push(`  ${i + 1}. ${fix.fix ?? fix.message} (${fix.ruleId})`))
  }
  const errors = report.findings.filter((f) => f.level === 'error').length
  const warnings = report.findings.length - errors
  lines.push(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`)
  return `${lines.join('\n')}\n`
}
