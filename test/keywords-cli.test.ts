import {describe, expect, it} from '@jest/globals'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {SHARED, temporaryFolder, titraille} from './support/cli.js'

const seedPath = join(SHARED, 'fixtures/seed-twitter-spaces.txt')
const article = readFileSync(join(SHARED, 'corpus/wikinews-fr/44635.md'), 'utf8')

interface Listed {
  text: string
  score: number
  count: number
  variants: string[]
  why: string[]
}

describe('titraille keywords', () => {
  it('prints the ranked keyphrases of a file with why they rank', () => {
    const run = titraille(['keywords', seedPath, '--top', '3'])
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    const lines = run.stdout.split('\n').filter((line) => /^\s*\d+\. /u.test(line))
    expect(lines).toHaveLength(3)
    expect(lines[0]).toMatch(/^1\. Twitter {2}\(score [\d.]+, 12×\)/u)
    expect(run.stdout).toContain('a name (capitalised)')
  })

  it('prints JSON with text, score, count, variants and why, from stdin', () => {
    const run = titraille(['keywords', '-', '--json', '--top', '5'], {input: article})
    expect(run.code).toBe(0)
    const parsed = JSON.parse(run.stdout) as {keyphrases: Listed[]}
    expect(Object.keys(parsed)).toEqual(['keyphrases'])
    expect(parsed.keyphrases).toHaveLength(5)
    for (const keyphrase of parsed.keyphrases) expect(Object.keys(keyphrase)).toEqual(['text', 'score', 'count', 'variants', 'why'])
    expect(parsed.keyphrases.map((k) => k.text)).toEqual(expect.arrayContaining(['PSA', 'emplois']))
    const scores = parsed.keyphrases.map((k) => k.score)
    expect([...scores].sort((a, b) => b - a)).toEqual(scores)
  })

  it('gives the same output twice', () => {
    expect(titraille(['keywords', seedPath, '--json']).stdout).toBe(titraille(['keywords', seedPath, '--json']).stdout)
  })

  it.each([
    ['an empty input', ['keywords', '-'], '', /^titraille: <stdin>: The input is empty/u],
    ['a missing file', ['keywords', 'absent.txt'], '', /^titraille: .*absent\.txt: no such file/u],
    ['a bad --top', ['keywords', seedPath, '--top', '0'], '', /^titraille: --top must be a positive whole number, not "0"/u],
    ['two inputs', ['keywords', seedPath, seedPath], '', /^titraille: keywords takes one input/u],
    ['an unknown flag', ['keywords', '--frobnicate', seedPath], '', /^titraille: .*frobnicate/u],
    ['English text', ['keywords', '-'], 'The launch of the new rocket was delayed by half an hour on Tuesday because of technical problems with the servers, the company said.', /^titraille: <stdin>: The text does not look French/u]
  ])('rejects %s with one clear line and exit 2', (_name, args, input, message) => {
    const cwd = temporaryFolder()
    const run = titraille(args, {cwd, input})
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(message)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
  })

  it('reads a Markdown file’s title from its front matter', () => {
    const dir = temporaryFolder()
    const path = join(dir, 'article.md')
    writeFileSync(path, `---\ntitle: Le gymnase rouvre ses portes\n---\n\nLe conseil municipal a voté le budget de la piscine mardi soir. Le budget prévoit la rénovation de la piscine et du gymnase. La piscine fermera pendant les travaux de rénovation, mais le gymnase restera ouvert aux associations sportives de la ville.\n`)
    const run = titraille(['keywords', path, '--json', '--top', '3', '--lang-check', 'off'])
    expect(run.code).toBe(0)
    const top = (JSON.parse(run.stdout) as {keyphrases: Listed[]}).keyphrases
    expect(top.find((k) => k.text === 'gymnase')?.why).toContain('in the title')
  })
})
