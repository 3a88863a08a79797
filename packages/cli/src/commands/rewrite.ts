import {parseArgs, type ParseArgsConfig} from 'node:util'
import {extname, isAbsolute, join, relative} from 'node:path'
import {optimize, isTitrailleError, type OptimizeOptions, type OptimizeResult} from '@titraille/core'
import {readArticleFile, writeFileAtomic, FileError} from '@titraille/core/node'
import {glob, isDynamicPattern} from 'tinyglobby'
import {EXIT, readStream, type CliContext} from '../io.js'

/** Options shared by the commands that read articles. */
export const INPUT_OPTIONS = {
  'format-in': {type: 'string'},
  'lang-check': {type: 'string'},
  'max-size': {type: 'string'},
  output: {type: 'string', short: 'o'},
  'out-dir': {type: 'string'},
  force: {type: 'boolean'},
  'no-h1': {type: 'boolean'},
  report: {type: 'string'},
  'fail-on': {type: 'string'},
  quiet: {type: 'boolean', short: 'q'},
  help: {type: 'boolean', short: 'h'}
} as const satisfies ParseArgsConfig['options']

/** A usage error: wrong flags or arguments (exit 2). */
export class UsageError extends Error {}

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
}

/** Parse the flags of `rewrite` (and `demo`). */
export function parseRewriteArgs(args: string[]): RewriteFlags {
  let parsed
  try {
    parsed = parseArgs({args, options: INPUT_OPTIONS, allowPositionals: true, strict: true})
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const v = parsed.values
  const format = v['format-in'] ?? 'auto'
  if (format !== 'auto' && format !== 'text' && format !== 'markdown') throw new UsageError(`--format-in must be auto, text or markdown, not "${format}"`)
  const langCheck = v['lang-check'] ?? 'on'
  if (langCheck !== 'on' && langCheck !== 'off') throw new UsageError(`--lang-check must be on or off, not "${langCheck}"`)
  let maxBytes: number | undefined
  if (v['max-size'] !== undefined) {
    maxBytes = Number(v['max-size'])
    if (!Number.isInteger(maxBytes) || maxBytes <= 0) throw new UsageError(`--max-size must be a positive whole number of bytes, not "${v['max-size']}"`)
  }
  const report = v.report ?? 'text'
  if (report !== 'text' && report !== 'json') throw new UsageError(`--report must be text or json, not "${report}"`)
  const failOn = v['fail-on'] ?? 'error'
  if (failOn !== 'warn' && failOn !== 'error' && failOn !== 'off') throw new UsageError(`--fail-on must be warn, error or off, not "${failOn}"`)
  if (v.output !== undefined && v['out-dir'] !== undefined) throw new UsageError('use either -o/--output or --out-dir, not both')
  return {
    inputs: parsed.positionals,
    options: {format, langCheck: langCheck === 'on', maxBytes, h1: !v['no-h1']},
    output: v.output,
    outDir: v['out-dir'],
    force: v.force ?? false,
    report,
    failOn,
    quiet: v.quiet ?? false
  }
}

/** One article to process: a file path, or standard input. */
export interface Source {
  /** Path as given (relative to cwd), or `-` for standard input. */
  path: string
  read: () => Promise<Uint8Array>
}

/** Expand positionals (files, globs, `-`) into sources, in a stable order. */
export async function resolveSources(inputs: string[], context: CliContext, maxBytes: number | undefined): Promise<Source[]> {
  const sources: Source[] = []
  const stdin = (): Source => ({path: '-', read: () => readStream(context.stdin)})
  if (inputs.length === 0) {
    if (context.stdin.isTTY) throw new UsageError('no input: give a file, a glob, or pipe text on stdin (see --help)')
    return [stdin()]
  }
  for (const input of inputs) {
    if (input === '-') {
      sources.push(stdin())
    } else if (isDynamicPattern(input)) {
      const found = await glob(input, {cwd: context.cwd, onlyFiles: true, dot: false, ignore: ['**/node_modules/**']})
      // Code-point order, not locale order: the same on every machine.
      found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      if (found.length === 0) throw new UsageError(`no file matches "${input}"`)
      for (const path of found) sources.push(fileSource(path, context, maxBytes))
    } else {
      sources.push(fileSource(input, context, maxBytes))
    }
  }
  return sources
}

function fileSource(path: string, context: CliContext, maxBytes: number | undefined): Source {
  const absolute = isAbsolute(path) ? path : join(context.cwd, path)
  return {path, read: () => readArticleFile(absolute, {maxBytes})}
}

/** Where a source's result goes in `--out-dir`: same relative path, `.md` extension. */
export function outputPath(source: string, outDir: string, cwd: string): string {
  const absolute = isAbsolute(source) ? source : join(cwd, source)
  let rel = relative(cwd, absolute)
  if (rel.startsWith('..') || isAbsolute(rel)) rel = absolute.split(/[\\/]/).pop() ?? 'article'
  const base = rel.slice(0, rel.length - extname(rel).length)
  return join(isAbsolute(outDir) ? outDir : join(cwd, outDir), `${base}.md`)
}

/** A short, human summary of one result for stderr. */
export function summaryLine(path: string, result: OptimizeResult): string {
  const {words} = result.report
  return `${path}: ${words.input} → ${words.output} words (${result.report.stages.join(' → ')})`
}

/** Print an error about one article in one line, naming the file. */
export function reportError(path: string, error: unknown, context: CliContext): void {
  const where = path === '-' ? '<stdin>' : path
  if (isTitrailleError(error)) context.stderr.write(`titraille: ${where}: ${error.message}\n`)
  else if (error instanceof FileError) context.stderr.write(`titraille: ${error.message}\n`)
  else throw error
}

/** `titraille [rewrite]`: optimise articles. */
export async function runRewrite(args: string[], context: CliContext): Promise<number> {
  let flags: RewriteFlags
  let sources: Source[]
  try {
    flags = parseRewriteArgs(args)
    sources = await resolveSources(flags.inputs, context, flags.options.maxBytes ?? undefined)
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

/** Optimise each source and write it where the flags say; one bad file never stops the others. */
export async function processSources(sources: Source[], flags: RewriteFlags, context: CliContext): Promise<number> {
  let failed = false
  for (const source of sources) {
    try {
      const bytes = await source.read()
      const result = await optimize(bytes, {...flags.options, path: source.path === '-' ? undefined : source.path})
      if (flags.outDir !== undefined) {
        const target = outputPath(source.path === '-' ? 'stdin.md' : source.path, flags.outDir, context.cwd)
        await writeFileAtomic(target, result.markdown, {force: flags.force, mkdir: true})
      } else if (flags.output !== undefined) {
        const target = isAbsolute(flags.output) ? flags.output : join(context.cwd, flags.output)
        await writeFileAtomic(target, result.markdown, {force: flags.force})
      } else {
        context.stdout.write(result.markdown)
      }
      if (!flags.quiet) {
        if (flags.report === 'json') context.stderr.write(`${JSON.stringify(result.report)}\n`)
        else context.stderr.write(`${summaryLine(source.path === '-' ? '<stdin>' : source.path, result)}\n`)
      }
    } catch (error) {
      reportError(source.path, error, context)
      failed = true
    }
  }
  return failed ? EXIT.error : EXIT.ok
}
