import {describe, expect, it} from '@jest/globals'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {SHARED, titraille} from './support/cli.js'

// The rewrite flags reach the pipeline: each test compares a run with the flag to one without.
const article = join(SHARED, 'corpus/wikinews-fr/44145.md')
const LENIENT = ['--fail-on', 'off']

function wordsOut(args: string[]): number {
  const run = titraille([article, '--report', 'json', ...LENIENT, ...args])
  expect(run.code).toBe(0)
  return (JSON.parse(run.stderr) as {words: {output: number}}).words.output
}

describe('titraille rewrite flags', () => {
  it('--min-words sets how far the article is expanded', () => {
    const lower = wordsOut(['--min-words', '300'])
    const usual = wordsOut([])
    expect(lower).toBeGreaterThanOrEqual(300)
    expect(lower).toBeLessThan(usual)
  })

  it('--no-typography leaves the author’s apostrophes as written', () => {
    // The article writes `s'est écrasé` with a straight apostrophe.
    expect(readFileSync(article, 'utf8')).toContain("s'est écrasé")
    const fixed = titraille([article, '-q', ...LENIENT])
    const kept = titraille([article, '-q', '--no-typography', ...LENIENT])
    expect(fixed.stdout).toContain('s’est écrasé')
    expect(fixed.stdout).not.toContain("s'est écrasé")
    expect(kept.stdout).toContain("s'est écrasé")
  })

  it('--keyphrase becomes the focus keyphrase', () => {
    const run = titraille([article, '-q', '--keyphrase', 'Dana Air', ...LENIENT])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^keyphrase: Dana Air$/m)
  })

  it('--allow-padding expands a text too short to expand otherwise', () => {
    const short =
      'Le conseil municipal de Lyon a voté mardi soir la rénovation de la piscine du Rhône. Les travaux commenceront en septembre et dureront deux ans. ' +
      'Le maire a annoncé un budget de douze millions d’euros, financé en partie par la métropole. Les nageurs pourront utiliser le bassin olympique de Vénissieux pendant le chantier.'
    const refused = titraille(['-', ...LENIENT], {input: short})
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/--allow-padding/)
    const padded = titraille(['-', '--allow-padding', ...LENIENT], {input: short})
    expect(padded.code).toBe(0)
    expect(padded.stdout).toContain('rénovation de la piscine du Rhône')
  })

  it('--faq-schema adds the FAQPage JSON-LD to HTML output, only when asked', () => {
    const plain = titraille([article, '--format', 'html', '-q', ...LENIENT])
    const faq = titraille([article, '--format', 'html', '--faq-schema', '-q', ...LENIENT])
    expect(plain.stdout).toContain('"@type": "NewsArticle"')
    expect(plain.stdout).not.toContain('FAQPage')
    expect(faq.stdout).toContain('"@type": "FAQPage"')
  })

  it('--format json gives the result without its internal data', () => {
    const run = titraille([article, '--format', 'json', '-q', ...LENIENT])
    const result = JSON.parse(run.stdout) as {markdown: string; report: {words: {output: number}}; meta: {slug?: string}}
    expect(result).not.toHaveProperty('data')
    expect(result.markdown).toMatch(/^---\n/)
    expect(result.meta.slug).toMatch(/^[a-z0-9-]+$/)
    expect(result.report.words.output).toBeGreaterThan(182)
  })
})
