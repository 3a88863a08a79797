import {readFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {EXIT, type CliContext} from '../io.js'
import {parseRewriteArgs, processSources, UsageError} from './rewrite.js'

/** Path of the French news article shipped with the CLI (Wikinews, CC BY 2.5). */
export const DEMO_ARTICLE = fileURLToPath(new URL('../../articles/demo.md', import.meta.url))

/** `titraille demo`: optimise the shipped article, Markdown on stdout, audit on stderr. */
export async function runDemo(args: string[], context: CliContext): Promise<number> {
  let flags
  try {
    flags = parseRewriteArgs(args)
    if (flags.inputs.length > 0) throw new UsageError('demo takes no input file: it uses the article shipped with titraille')
  } catch (error) {
    if (error instanceof UsageError) {
      context.stderr.write(`titraille: ${error.message}\n`)
      return EXIT.error
    }
    throw error
  }
  const source = {path: 'demo.md', read: async () => new Uint8Array(await readFile(DEMO_ARTICLE))}
  return processSources([source], flags, context)
}
