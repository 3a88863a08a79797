import {readFileSync} from 'node:fs'
import {EXIT, type CliContext} from './io.js'
import {USAGE} from './usage.js'

/** A subcommand: takes its arguments, returns an exit code. */
export type Command = (args: string[], context: CliContext) => Promise<number>

/** Subcommands by name; `rewrite` is the default. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  // Loaded on demand: `--version` and `--help` must not pay for the pipeline.
  rewrite: async () => (await import('./commands/rewrite.js')).runRewrite,
  demo: async () => (await import('./commands/demo.js')).runDemo,
  audit: async () => (await import('./commands/audit.js')).runAudit,
  keywords: async () => (await import('./commands/keywords.js')).runKeywords,
  segment: async () => (await import('./commands/segment.js')).runSegment
}

/** Version of the CLI package, read once from its package.json. */
export function version(): string {
  const url = new URL('../package.json', import.meta.url)
  return (JSON.parse(readFileSync(url, 'utf8')) as {version: string}).version
}

/** Run the CLI with `argv` (without node and script). Resolves with the exit code. */
export async function main(argv: string[], context: CliContext): Promise<number> {
  const [first, ...rest] = argv
  if (first === '-h' || first === '--help' || first === 'help') {
    context.stdout.write(USAGE)
    return EXIT.ok
  }
  if (first === '-v' || first === '--version') {
    context.stdout.write(`${version()}\n`)
    return EXIT.ok
  }
  // Own keys only: `titraille constructor` is a file name, not Object.prototype.constructor.
  const load = first !== undefined && Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined
  const command = await (load ?? COMMANDS['rewrite']!)()
  try {
    return await command(load ? rest : argv, context)
  } catch (error) {
    // Anything not already reported is a crash: say so in one line, exit 2.
    context.stderr.write(`titraille: unexpected error: ${(error as Error).stack ?? String(error)}\n`)
    return EXIT.error
  }
}
