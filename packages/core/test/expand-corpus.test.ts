import {describe, expect, it} from '@jest/globals'
import {readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {analyzeTree, expandArticle, firstMissingWord, inventedIn, isTitrailleError, parseArticle, proseOf, renderMarkdown} from '@titraille/core'

const SHARED = fileURLToPath(new URL('../../../../shared/', import.meta.url))
const corpus: [string, string][] = [
  ['seed', readFileSync(`${SHARED}fixtures/seed-twitter-spaces.txt`, 'utf8')],
  ...readdirSync(`${SHARED}corpus/wikinews-fr`)
    .filter((name) => /^\d+\.md$/u.test(name))
    .sort()
    .map((name): [string, string] => [name, readFileSync(`${SHARED}corpus/wikinews-fr/${name}`, 'utf8')])
]

function expand(text: string, options: Parameters<typeof expandArticle>[2] = {}) {
  const {tree} = parseArticle(text)
  const input = proseOf(tree)
  const result = expandArticle(tree, analyzeTree(tree), options)
  return {result, input, markdown: renderMarkdown(tree, {frontMatterOutput: false})}
}

const runs = corpus.map(([name, text]) => ({name, text, ...expand(text)}))

describe('expand on every corpus article and the seed', () => {
  it.each(runs.map((run) => [run.name, run] as const))('%s: keeps every original word, invents nothing, repeats nothing', (_name, run) => {
    expect(firstMissingWord(run.text, run.markdown)).toBe(-1)
    for (const sentence of run.result.sentences) expect([sentence, inventedIn(sentence, run.input)]).toEqual([sentence, []])
    expect(new Set(run.result.sentences).size).toBe(run.result.sentences.length)
    const templates = run.result.strategies.flatMap((strategy) => strategy.templates)
    expect(new Set(templates).size).toBe(templates.length)
    expect(run.result.repeatedShare).toBeLessThanOrEqual(0.1)
    expect(run.result.addedShare).toBeCloseTo(run.result.addedWords / run.result.outputWords, 6)
  })

  it('adds words to every article under the target and reports the share', () => {
    for (const run of runs) {
      if (run.result.inputWords >= 700) expect(run.result.addedWords).toBe(0)
      else expect(run.result.addedWords).toBeGreaterThan(0)
    }
  })

  it('is deterministic and idempotent', () => {
    for (const run of runs.slice(0, 12)) {
      expect(expand(run.text).markdown).toBe(run.markdown)
      const again = expand(run.markdown)
      expect(again.result.addedWords).toBe(0)
    }
  })

  it('marks every added node with data.generated', () => {
    const {tree} = parseArticle(corpus[1]![1])
    const before = new Set(tree.children)
    expandArticle(tree, analyzeTree(tree))
    const added = tree.children.filter((node) => !before.has(node))
    expect(added.length).toBeGreaterThan(0)
    for (const node of added) expect(node.data?.generated?.by).toMatch(/^expand:/u)
  })

  it('refuses an input under 120 words unless allowPadding', () => {
    const short = 'La Croatie a décidé de rendre public les noms de ses plus gros fraudeurs. Une liste de 102 000 contribuables vient d’être publiée.'
    let error: unknown
    try {
      expand(short)
    } catch (caught) {
      error = caught
    }
    expect(isTitrailleError(error) && error.code).toBe('TOO_SHORT')
    expect(expand(short, {allowPadding: true}).result.inputWords).toBeLessThan(120)
  })
})
