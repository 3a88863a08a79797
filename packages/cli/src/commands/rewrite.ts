import {availableParallelism} from 'node:os'
import {parseArgs, type ParseArgsConfig} from 'node:util'
import {extname, isAbsolute, join, relative, sep} from 'node:path'
import type {AuditReport, OptimizeOptions, OptimizeResult, TitrailleReport} from '@titraille/core'
import {glob, isDynamicPattern} from 'tinyglobby'
import {EXIT, readStream, type CliContext} from '../io.js'
import {
  displayPath,
  errorMessage,
  failure,
  OUTPUT_EXTENSION,
  type ArticleFailure,
  type ArticleOutcome,
  type ArticleTask,
  type FailureKind,
  type FindingCounts,
  type OutputFormat
} from '../batch/outcome.js'
import {loadIgnore, IGNORE_FILE} from '../batch/ignore.js'
import {runArticles} from '../batch/pool.js'
import {batchLog} from '../batch/progress.js'

// This module loads none of the pipeline itself: in a batch, only the worker
// threads do (see ../batch/article.ts).

/** How an article is read: options of every command that reads articles (see {@link readingFlags}). */
export const READING_OPTIONS = {
  'format-in': {type: 'string'},
  'lang-check': {type: 'string'},
  'max-size': {type: 'string'},
  help: {type: 'boolean', short: 'h'}
} as const satisfies ParseArgsConfig['options']

/** Options shared by the commands that rewrite articles. */
export const INPUT_OPTIONS = {
  ...READING_OPTIONS,
  output: {type: 'string', short: 'o'},
  'out-dir': {type: 'string'},
  force: {type: 'boolean'},
  'no-h1': {type: 'boolean'},
  report: {type: 'string'},
  'fail-on': {type: 'string'},
  quiet: {type: 'boolean', short: 'q'}
} as const satisfies ParseArgsConfig['options']

/** Options of `rewrite` on top of {@link INPUT_OPTIONS}: the stages' options, output format, jobs. */
export const REWRITE_OPTIONS = {
  ...INPUT_OPTIONS,
  keyphrase: {type: 'string'},
  'min-words': {type: 'string'},
  'no-typography': {type: 'boolean'},
  'allow-padding': {type: 'boolean'},
  'faq-schema': {type: 'boolean'},
  canonical: {type: 'string'},
  format: {type: 'string'},
  jobs: {type: 'string', short: 'j'}
} as const satisfies ParseArgsConfig['options']

/** A usage error: wrong flags or arguments (exit 2). */
export class UsageError extends Error {}

/** Parse a command's flags (positionals allowed, unknown flags refused) or throw a {@link UsageError}. */
export function parseFlags<Options extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: Options
): ReturnType<typeof parseArgs<{args: string[]; options: Options; allowPositionals: true; strict: true}>> {
  try {
    return parseArgs({args, options, allowPositionals: true, strict: true})
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}

/** How an article is read, as every command that reads articles takes it. */
export interface ReadingFlags {
  format: 'auto' | 'text' | 'markdown'
  langCheck: boolean
  maxBytes: number | undefined
}

/** Check `--format-in`, `--lang-check` and `--max-size` (the `INPUT_OPTIONS` every reading command shares). */
export function readingFlags(values: {'format-in'?: string | undefined; 'lang-check'?: string | undefined; 'max-size'?: string | undefined}): ReadingFlags {
  const format = values['format-in'] ?? 'auto'
  if (format !== 'auto' && format !== 'text' && format !== 'markdown') throw new UsageError(`--format-in must be auto, text or markdown, not "${format}"`)
  const langCheck = values['lang-check'] ?? 'on'
  if (langCheck !== 'on' && langCheck !== 'off') throw new UsageError(`--lang-check must be on or off, not "${langCheck}"`)
  const maxBytes = values['max-size'] === undefined ? undefined : positiveInteger('--max-size', values['max-size'], 'bytes')
  return {format, langCheck: langCheck === 'on', maxBytes}
}

/** Parsed common flags. */
export interface RewriteFlags {
  inputs: string[]
  options: OptimizeOptions
  output: string | undefined
  outDir: string | undefined
  force: boolean
  report: 'text' | 'json'
  failOn: 'warn' | 'error' | 'off'
  quiet: boolean
  /** What to write for each article. @default 'md' */
  outputFormat?: OutputFormat | undefined
  /** Worker threads for a batch. @default availableParallelism() */
  jobs?: number | undefined
}

/** Parse the flags of `rewrite` (and `demo`). */
export function parseRewriteArgs(args: string[]): RewriteFlags {
  const parsed = parseFlags(args, REWRITE_OPTIONS)
  const v = parsed.values
  const {format, langCheck, maxBytes} = readingFlags(v)
  const report = v.report ?? 'text'
  if (report !== 'text' && report !== 'json') throw new UsageError(`--report must be text or json, not "${report}"`)
  const failOn = v['fail-on'] ?? 'error'
  if (failOn !== 'warn' && failOn !== 'error' && failOn !== 'off') throw new UsageError(`--fail-on must be warn, error or off, not "${failOn}"`)
  if (v.output !== undefined && v['out-dir'] !== undefined) throw new UsageError('use either -o/--output or --out-dir, not both')
  const outputFormat = v.format ?? 'md'
  if (outputFormat !== 'md' && outputFormat !== 'html' && outputFormat !== 'json') throw new UsageError(`--format must be md, html or json, not "${outputFormat}"`)
  const keyphrase = v.keyphrase?.trim()
  if (keyphrase === '') throw new UsageError('--keyphrase must not be empty')
  const options: OptimizeOptions = {format, langCheck, maxBytes, h1: !v['no-h1']}
  if (keyphrase !== undefined) options.keyphrase = keyphrase
  if (v['min-words'] !== undefined) options.minWords = positiveInteger('--min-words', v['min-words'], 'words')
  if (v['no-typography']) options.typography = false
  if (v['allow-padding']) options.allowPadding = true
  if (v['faq-schema']) options.faqSchema = true
  if (v.canonical !== undefined) options.canonical = canonicalUrl(v.canonical)
  return {
    inputs: parsed.positionals,
    options,
    output: v.output,
    outDir: v['out-dir'],
    force: v.force ?? false,
    report,
    failOn,
    quiet: v.quiet ?? false,
    outputFormat,
    jobs: v.jobs === undefined ? undefined : positiveInteger('--jobs', v.jobs, 'threads')
  }
}

function positiveInteger(flag: string, value: string, unit: string): number {
  const number = Number(value)
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number <= 0) throw new UsageError(`${flag} must be a positive whole number of ${unit}, not "${value}"`)
  return number
}

function canonicalUrl(value: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new UsageError(`--canonical must be an absolute URL such as https://example.fr/article, not "${value}"`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError(`--canonical must be an http or https URL, not "${value}"`)
  return url.href
}

/** One article to process: a file path, or standard input. */
export interface Source {
  /** Path as given (relative to cwd), or `-` for standard input. */
  path: string
  read: () => Promise<Uint8Array>
  /** Absolute path of the file, so that a worker thread can read it itself. */
  file?: string | undefined
}

/** Options of {@link resolveSources}. */
export interface ResolveOptions {
  /** Folders whose files a glob never picks (e.g. the output folder). */
  excludeDirs?: readonly string[] | null | undefined
}

/**
 * Expand positionals (files, globs, `-`) into sources, in a stable order.
 * Glob matches listed in `.titrailleignore` (gitignore syntax, in cwd) are
 * left out; a file named explicitly is always read.
 */
export async function resolveSources(
  inputs: string[],
  context: CliContext,
  maxBytes: number | undefined,
  options?: Readonly<ResolveOptions> | null
): Promise<Source[]> {
  const sources: Source[] = []
  const stdin = (): Source => ({path: '-', read: () => readStream(context.stdin)})
  if (inputs.length === 0) {
    if (context.stdin.isTTY) throw new UsageError('no input: give a file, a glob, or pipe text on stdin (see --help)')
    return [stdin()]
  }
  const excluded = (options?.excludeDirs ?? []).map((dir) => (isAbsolute(dir) ? dir : join(context.cwd, dir)))
  let ignored: ((path: string) => boolean) | undefined | null = null
  for (const input of inputs) {
    if (input === '-') {
      sources.push(stdin())
    } else if (isDynamicPattern(input)) {
      if (ignored === null) ignored = await loadIgnore(context.cwd)
      const found = await glob(input, {cwd: context.cwd, onlyFiles: true, dot: false, ignore: ['**/node_modules/**']})
      // Code-point order, not locale order: the same on every machine.
      found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      if (found.length === 0) throw new UsageError(`no file matches "${input}"`)
      const kept = found.filter((path) => !ignored?.(path) && !excluded.some((dir) => inside(join(context.cwd, path), dir)))
      if (kept.length === 0) throw new UsageError(`every file matching "${input}" is ignored (${IGNORE_FILE} or the output folder)`)
      for (const path of kept) sources.push(fileSource(path, context, maxBytes))
    } else {
      sources.push(fileSource(input, context, maxBytes))
    }
  }
  return sources
}

function inside(path: string, dir: string): boolean {
  const rel = relative(dir, path)
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel)
}

function fileSource(path: string, context: CliContext, maxBytes: number | undefined): Source {
  const absolute = isAbsolute(path) ? path : join(context.cwd, path)
  return {
    path,
    file: absolute,
    read: async () => {
      const {readArticleFile} = await import('@titraille/core/node')
      return readArticleFile(absolute, {maxBytes})
    }
  }
}

/** The one article a single-input command (`keywords`, `segment`) reads: a file, `-`, or piped stdin. */
export async function singleSource(input: string | undefined, context: CliContext, maxBytes: number | undefined): Promise<Source> {
  const [source] = await resolveSources(input === undefined ? [] : [input], context, maxBytes)
  if (!source) throw new UsageError('no input: give a file or - for stdin')
  return source
}

/**
 * The preamble of a single-input command (`keywords`, `segment`): parse its flags, print its usage
 * for `--help`, find its one source. Returns the exit code when the command is done (help printed:
 * 0; usage error reported: 2).
 */
export async function openSingleSource<Flags extends {input?: string | undefined; maxBytes?: number | undefined}>(
  args: string[],
  context: CliContext,
  parse: (args: string[]) => Flags | 'help',
  usage: string
): Promise<number | {flags: Flags; source: Source}> {
  try {
    const flags = parse(args)
    if (flags === 'help') {
      context.stdout.write(usage)
      return EXIT.ok
    }
    return {flags, source: await singleSource(flags.input, context, flags.maxBytes)}
  } catch (error) {
    if (error instanceof UsageError) {
      context.stderr.write(`titraille: ${error.message}\n`)
      return EXIT.error
    }
    throw error
  }
}

/** Where a source's result goes in `--out-dir`: same relative path, `extension` (default `.md`). */
export function outputPath(source: string, outDir: string, cwd: string, extension = '.md'): string {
  const absolute = isAbsolute(source) ? source : join(cwd, source)
  let rel = relative(cwd, absolute)
  if (rel.startsWith('..') || isAbsolute(rel)) rel = absolute.split(/[\\/]/).pop() ?? 'article'
  const base = rel.slice(0, rel.length - extname(rel).length)
  return join(isAbsolute(outDir) ? outDir : join(cwd, outDir), `${base}${extension}`)
}

/** A short, human summary of one result for stderr: words, and the audit's score and findings when there is an audit. */
export function summaryLine(path: string, result: Pick<OptimizeResult, 'report'> & {score?: number | undefined; findings?: FindingCounts | undefined}): string {
  const {words} = result.report
  const audit =
    result.score === undefined || result.findings === undefined
      ? ''
      : `, SEO score ${result.score}/100, ${plural(result.findings.error, 'error')}, ${plural(result.findings.warn, 'warning')}`
  return `${path}: ${words.input} → ${words.output} words${audit} (${result.report.stages.join(' → ')})`
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/** Print an error about one article in one line, naming the file. */
export function reportError(path: string, error: unknown, context: CliContext): void {
  const message = errorMessage(path, error)
  if (message === undefined) throw error
  context.stderr.write(`titraille: ${message}\n`)
}

/** `titraille [rewrite]`: optimise articles. */
export async function runRewrite(args: string[], context: CliContext): Promise<number> {
  let flags: RewriteFlags
  let sources: Source[]
  try {
    flags = parseRewriteArgs(args)
    sources = await resolveSources(flags.inputs, context, flags.options.maxBytes ?? undefined, {
      excludeDirs: flags.outDir === undefined ? [] : [flags.outDir]
    })
    if (sources.length > 1 && flags.outDir === undefined) throw new UsageError('several inputs need --out-dir DIR')
    if (flags.output !== undefined && sources.length > 1) throw new UsageError('-o/--output takes one input; use --out-dir for several')
  } catch (error) {
    if (error instanceof UsageError) {
      context.stderr.write(`titraille: ${error.message}\n`)
      return EXIT.error
    }
    throw error
  }
  return processSources(sources, flags, context)
}

/** Totals of a batch, as the summary and `--report json` give them. */
export interface BatchTotals {
  files: number
  done: number
  errors: number
  words: {input: number; output: number}
  findings: FindingCounts
  /** Mean audit score of the articles that have one; absent when none has. */
  averageScore?: number | undefined
}

/** The JSON report of one article: what Titraille did, and the audit of the result. */
export type FileReport = TitrailleReport & {audit?: AuditReport | undefined}

/** One entry of the batch JSON report. */
export type BatchFileReport =
  | {path: string; ok: true; output: string | undefined; report: FileReport; score?: number | undefined; findings: FindingCounts}
  | {path: string; ok: false; kind: FailureKind; error: string}

/**
 * Optimise each source and write it where the flags say, in input order; one
 * bad file never stops the others. Several sources run on a pool of worker
 * threads (`--jobs`), which also write the files; one source runs here.
 */
export async function processSources(sources: Source[], flags: RewriteFlags, context: CliContext): Promise<number> {
  const batch = sources.length > 1
  const format = flags.outputFormat ?? 'md'
  const tasks: ArticleTask[] = []
  // Sources that fail before any work (unreadable stdin, two inputs for one
  // output file) still take their place in the ordered output, as failures.
  const early = new Map<number, ArticleFailure>()
  const writers = new Map<string, string>()
  const targets: (ArticleTask['target'] | undefined)[] = []
  for (const [index, source] of sources.entries()) {
    const task: ArticleTask = {index, path: source.path, options: flags.options, format}
    if (!flags.quiet) task.audit = flags.report
    if (flags.outDir !== undefined) {
      const path = outputPath(source.path === '-' ? 'stdin.md' : source.path, flags.outDir, context.cwd, OUTPUT_EXTENSION[format])
      const first = writers.get(path)
      if (first !== undefined) {
        const message = `${displayPath(source.path)}: its output ${relative(context.cwd, path)} is also the output of ${displayPath(first)}. Rename one of them.`
        early.set(index, {ok: false, index, path: source.path, kind: 'file', message})
        continue
      }
      writers.set(path, source.path)
      task.target = {path, force: flags.force, mkdir: true}
    } else if (flags.output !== undefined) {
      task.target = {path: isAbsolute(flags.output) ? flags.output : join(context.cwd, flags.output), force: flags.force}
    }
    if (source.file !== undefined) {
      task.file = source.file
    } else {
      // Standard input and other in-memory sources are read here: a worker cannot.
      try {
        task.bytes = await source.read()
      } catch (error) {
        early.set(index, failure(index, source.path, error))
        continue
      }
    }
    tasks.push(task)
    targets[index] = task.target
  }

  const jsonBatch = batch && flags.report === 'json' && !flags.quiet
  const log = batchLog(context.stderr, sources.length, batch && !flags.quiet)
  const files: BatchFileReport[] = []
  const totals: BatchTotals = {files: sources.length, done: 0, errors: 0, words: {input: 0, output: 0}, findings: {error: 0, warn: 0}}
  let scoreSum = 0
  let scored = 0
  let failing = false

  const fail = (outcome: ArticleFailure): void => {
    totals.errors++
    if (jsonBatch) files.push({path: outcome.path, ok: false, kind: outcome.kind, error: outcome.message})
    else log.line(`titraille: ${outcome.message}`)
    log.tick(true)
  }
  let next = 0
  const flushEarly = (until: number): void => {
    for (; next < until; next++) {
      const failed = early.get(next)
      if (failed) fail(failed)
    }
  }
  const onOutcome = (outcome: ArticleOutcome): void => {
    flushEarly(outcome.index)
    next = outcome.index + 1
    if (!outcome.ok) return fail(outcome)
    if (outcome.output !== undefined) context.stdout.write(outcome.output)
    totals.done++
    totals.words.input += outcome.report.words.input
    totals.words.output += outcome.report.words.output
    for (const level of ['error', 'warn'] as const) totals.findings[level] += outcome.findings[level]
    if (outcome.score !== undefined) {
      scoreSum += outcome.score
      scored++
    }
    const fails = atOrAbove(outcome.findings, flags.failOn)
    if (fails) failing = true
    const report: FileReport = outcome.audit === undefined ? outcome.report : {...outcome.report, audit: outcome.audit}
    if (jsonBatch) {
      const target = targets[outcome.index]
      const output = target === undefined ? undefined : relative(context.cwd, target.path).split(sep).join('/')
      files.push({path: outcome.path, ok: true, output, report, score: outcome.score, findings: outcome.findings})
    } else if (!flags.quiet) {
      if (flags.report === 'json') {
        log.line(JSON.stringify(report))
      } else {
        if (!log.bar) log.line(summaryLine(displayPath(outcome.path), outcome))
        // One article: its whole audit. A batch: the audit of each article that sets the exit code.
        if (outcome.auditText !== undefined && (!batch || fails)) log.line(outcome.auditText.trimEnd())
      }
    }
    log.tick(false)
  }

  await runArticles(tasks, onOutcome, {jobs: batch ? (flags.jobs ?? availableParallelism()) : 1})
  flushEarly(sources.length)
  log.end()

  if (scored > 0) totals.averageScore = Math.round((scoreSum / scored) * 10) / 10
  if (jsonBatch) context.stderr.write(`${JSON.stringify({schemaVersion: 1, files, totals})}\n`)
  else if (batch && !flags.quiet) context.stderr.write(`titraille: ${summaryText(totals)}\n`)

  if (totals.errors > 0) return EXIT.error
  return failing ? EXIT.findings : EXIT.ok
}

function atOrAbove(findings: FindingCounts, failOn: RewriteFlags['failOn']): boolean {
  if (failOn === 'off') return false
  return findings.error > 0 || (failOn === 'warn' && findings.warn > 0)
}

/** The last line of a batch: files, errors, words, average score when the audit gives one. */
export function summaryText(totals: BatchTotals): string {
  const parts = [`${totals.files} files`, `${totals.done} written`, `${totals.errors} error${totals.errors === 1 ? '' : 's'}`]
  if (totals.done > 0) parts.push(`${totals.words.input} → ${totals.words.output} words`)
  if (totals.averageScore !== undefined) parts.push(`average score ${totals.averageScore}/100`)
  return parts.join(', ')
}
