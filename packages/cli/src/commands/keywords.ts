import {analyzeTree, assertFrench, decodeArticle, parseArticle, proseOf, type Keyphrase} from '@titraille/core'
import {EXIT, type CliContext} from '../io.js'
import {openSingleSource, reportError, UsageError, readingFlags, parseFlags, READING_OPTIONS, type ReadingFlags} from './rewrite.js'

/** The `titraille keywords --help` text. */
export const KEYWORDS_USAGE = `Usage: titraille keywords [options] FILE|-

Print the ranked keyphrases of a French article (the first is the default
focus keyphrase), with why each ranked where it did.

Options:
  --top N             how many keyphrases to print                     (default: 10)
  --json              print {"keyphrases":[{"text","score","count","variants","why"}]}
  --format-in F       how to read the input: auto | text | markdown   (default: auto)
  --lang-check V      on | off: refuse text that is not French        (default: on)
  --max-size BYTES    largest accepted input                          (default: 5000000)
  -h, --help          show this help

Exit codes: 0 ok, 2 usage or input error.
`

interface KeywordsFlags extends ReadingFlags {
  input: string | undefined
  top: number
  json: boolean
}

function parseKeywordsArgs(args: string[]): KeywordsFlags | 'help' {
  const parsed = parseFlags(args, {top: {type: 'string'}, json: {type: 'boolean'}, ...READING_OPTIONS} as const)
  const v = parsed.values
  if (v.help) return 'help'
  const top = Number(v.top ?? '10')
  if (!Number.isInteger(top) || top <= 0) throw new UsageError(`--top must be a positive whole number, not "${v.top}"`)
  if (parsed.positionals.length > 1) throw new UsageError('keywords takes one input: a file or - for stdin')
  return {input: parsed.positionals[0], top, json: v.json ?? false, ...readingFlags(v)}
}

/** One line of the text report: rank, score, phrase, occurrences, variants, reasons. */
function line(rank: number, keyphrase: Keyphrase, width: number): string {
  const others = keyphrase.variants.filter((variant) => variant !== keyphrase.text)
  const variants = others.length > 0 ? `  [${others.join(', ')}]` : ''
  return `${String(rank).padStart(width)}. ${keyphrase.text}  (score ${keyphrase.score}, ${keyphrase.count}×)${variants}\n${' '.repeat(width + 2)}${keyphrase.why.join('; ')}\n`
}

/** `titraille keywords FILE|-`: the ranked keyphrases of one article. */
export async function runKeywords(args: string[], context: CliContext): Promise<number> {
  const opened = await openSingleSource(args, context, parseKeywordsArgs, KEYWORDS_USAGE)
  if (typeof opened === 'number') return opened
  const {flags, source: {path, read}} = opened
  try {
    const text = decodeArticle(await read(), {maxBytes: flags.maxBytes})
    const {tree, frontMatter} = parseArticle(text, {format: flags.format})
    if (flags.langCheck) assertFrench(proseOf(tree))
    const title = typeof frontMatter.data.title === 'string' ? frontMatter.data.title : undefined
    const keyphrases = analyzeTree(tree, {title}).keyphrases.slice(0, flags.top)
    if (flags.json) {
      const list = keyphrases.map(({text: phrase, score, count, variants, why}) => ({text: phrase, score, count, variants, why}))
      context.stdout.write(`${JSON.stringify({keyphrases: list}, null, 2)}\n`)
    } else {
      const width = String(keyphrases.length).length
      keyphrases.forEach((keyphrase, index) => context.stdout.write(line(index + 1, keyphrase, width)))
    }
    return EXIT.ok
  } catch (error) {
    reportError(path, error, context)
    return EXIT.error
  }
}
