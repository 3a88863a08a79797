import type {ParseArgsConfig} from 'node:util'
import {isAbsolute, join} from 'node:path'
import type {AuditReport, PresetName} from '@titraille/core'
import {EXIT, type CliContext} from '../io.js'
import {UsageError, reportError, resolveSources, type Source, readingFlags, parseFlags, READING_OPTIONS} from './rewrite.js'

/** Flags of `titraille audit`. */
const AUDIT_OPTIONS = {
  ...READING_OPTIONS,
  keyphrase: {type: 'string'},
  preset: {type: 'string'},
  report: {type: 'string'},
  'fail-on': {type: 'string'},
  output: {type: 'string', short: 'o'},
  force: {type: 'boolean'}
} as const satisfies ParseArgsConfig['options']

/** The `titraille audit --help` text. */
export const AUDIT_USAGE = `Usage: titraille audit [options] [FILE|GLOB|-]...

Audit French articles as they are (nothing is rewritten): SEO and
readability rules, scores, the three most valuable fixes. The \`preset\` and
\`rules\` of the nearest Titraille config file (.titraillerc, titraille.config.json,
package.json#titraille …) apply.

Options:
  --report R          text | json | sarif | html                          (default: text)
  --fail-on LEVEL     exit 1 when a finding is at or above: warn | error | off (default: error)
  --preset P          recommended | yoast-compatible | strict   (default: the config's, or recommended)
  --keyphrase K       the focus keyphrase (front matter \`keyphrase\` wins)
  -o, --output FILE   write the report to FILE instead of stdout
  --force             overwrite FILE
  --format-in F       auto | text | markdown                              (default: auto)
  --lang-check V      on | off                                            (default: on)
  --max-size BYTES    largest accepted input                              (default: 5000000)

Exit codes: 0 ok, 1 findings at or above --fail-on, 2 usage or input error.
`

const REPORTS = ['text', 'json', 'sarif', 'html'] as const
const PRESETS = ['recommended', 'yoast-compatible', 'strict'] as const
const LEVELS = ['warn', 'error', 'off'] as const

/** Parsed flags of `titraille audit`. */
export interface AuditFlags {
  inputs: string[]
  report: (typeof REPORTS)[number]
  failOn: (typeof LEVELS)[number]
  /** `undefined`: the config file's, else `recommended`. */
  preset: PresetName | undefined
  keyphrase: string | undefined
  output: string | undefined
  force: boolean
  format: 'auto' | 'text' | 'markdown'
  langCheck: boolean
  maxBytes: number | undefined
  help: boolean
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be ${allowed.join(', ')}, not "${value}"`)
  return value as T
}

/** Parse the flags of `titraille audit`. */
export function parseAuditArgs(args: string[]): AuditFlags {
  const parsed = parseFlags(args, AUDIT_OPTIONS)
  const v = parsed.values
  const {format, langCheck, maxBytes} = readingFlags(v)
  return {
    inputs: parsed.positionals,
    report: oneOf('report', v.report ?? 'text', REPORTS),
    failOn: oneOf('fail-on', v['fail-on'] ?? 'error', LEVELS),
    preset: v.preset === undefined ? undefined : oneOf('preset', v.preset, PRESETS),
    keyphrase: v.keyphrase,
    output: v.output,
    force: v.force ?? false,
    format,
    langCheck,
    maxBytes,
    help: v.help ?? false
  }
}

/** Whether a report has a finding at or above `failOn`. */
export function failsAt(report: AuditReport, failOn: AuditFlags['failOn']): boolean {
  if (failOn === 'off') return false
  return report.findings.some((finding) => failOn === 'warn' || finding.level === 'error')
}

/** `titraille audit FILE…`: audit articles without rewriting them. */
export async function runAudit(args: string[], context: CliContext): Promise<number> {
  let flags: AuditFlags
  let sources: Source[]
  try {
    flags = parseAuditArgs(args)
    if (flags.help) {
      context.stdout.write(AUDIT_USAGE)
      return EXIT.ok
    }
    sources = await resolveSources(flags.inputs, context, flags.maxBytes)
    if (flags.report === 'html' && sources.length > 1) throw new UsageError('--report html takes one input')
  } catch (error) {
    if (error instanceof UsageError) {
      context.stderr.write(`titraille: ${error.message}\n`)
      return EXIT.error
    }
    throw error
  }
  const core = await import('@titraille/core')
  const {loadConfig} = await import('@titraille/core/node')
  const reports: AuditReport[] = []
  const pages: string[] = []
  let failed = false
  for (const source of sources) {
    try {
      const {config} = await loadConfig(source.file ?? context.cwd)
      const bytes = await source.read()
      const {report, tree} = core.auditArticle(bytes, {
        path: source.path === '-' ? undefined : source.path,
        keyphrase: flags.keyphrase,
        preset: flags.preset ?? config.preset ?? 'recommended',
        rules: config.rules,
        format: flags.format,
        langCheck: flags.langCheck,
        maxBytes: flags.maxBytes
      })
      reports.push(report)
      if (flags.report === 'html') pages.push(core.toAuditHtml(tree, report))
    } catch (error) {
      reportError(source.path, error, context)
      failed = true
    }
  }
  let out: string
  if (flags.report === 'json') out = `${JSON.stringify(reports.length === 1 && sources.length === 1 ? reports[0] : reports, null, 2)}\n`
  else if (flags.report === 'sarif') out = `${JSON.stringify(core.toSarif(reports), null, 2)}\n`
  else if (flags.report === 'html') out = pages.join('')
  else out = reports.map((report) => core.formatAuditText(report)).join('\n')
  if (flags.output !== undefined) {
    const {writeFileAtomic} = await import('@titraille/core/node')
    const target = isAbsolute(flags.output) ? flags.output : join(context.cwd, flags.output)
    try {
      await writeFileAtomic(target, out, {force: flags.force})
    } catch (error) {
      reportError(flags.output, error, context)
      return EXIT.error
    }
  } else {
    context.stdout.write(out)
  }
  if (failed) return EXIT.error
  return reports.some((report) => failsAt(report, flags.failOn)) ? EXIT.findings : EXIT.ok
}
