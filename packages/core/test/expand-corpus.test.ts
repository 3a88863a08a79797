import {describe, expect, it} from '@jest/globals'
import {analyzeTree, containsPhrase, expandArticle, firstMissingWord, inventedIn, isTitrailleError, parseArticle} from '@titraille/core'
import {corpus, runPipeline} from './expand-pipeline.js'

const articles = corpus()
const runs = articles.map(([name, text]) => ({name, text, ...runPipeline(text)}))
const apostrophes = (text: string) => text.replace(/'/gu, '’')

describe('expand on every corpus article and the seed (full pipeline up to meta)', () => {
  it.each(runs.map((run) => [run.name, run] as const))('%s: keeps every original word, invents nothing, repeats nothing', (_name, run) => {
    expect(firstMissingWord(run.text, run.markdown)).toBe(-1)
    for (const sentence of run.expand.sentences) expect([sentence, inventedIn(sentence, apostrophes(run.text))]).toEqual([sentence, []])
    expect(new Set(run.expand.sentences).size).toBe(run.expand.sentences.length)
    const templates = run.expand.strategies.flatMap((strategy) => strategy.templates)
    expect(new Set(templates).size).toBe(templates.length)
    expect(run.expand.repeatedShare).toBeLessThanOrEqual(0.1)
    expect(run.expand.addedShare).toBeCloseTo(run.expand.addedWords / run.expand.outputWords, 6)
  })

  it('never puts a connector inside quoted speech', () => {
    for (const run of runs) {
      let depth = 0
      const walk = (node: {type: string; value?: string; children?: unknown[]; data?: {generated?: {by: string}}}) => {
        if (node.type === 'heading') depth = 0
        if (node.type === 'text' && node.data?.generated?.by === 'expand:transitions') expect([run.name, depth]).toEqual([run.name, 0])
        if (typeof node.value === 'string') for (const char of node.value) depth = char === '«' ? depth + 1 : char === '»' ? Math.max(0, depth - 1) : depth
        for (const child of (node.children ?? []) as (typeof node)[]) walk(child)
      }
      walk(run.tree as never)
    }
  })

  it.each(runs.map((run) => [run.name, run] as const))('%s: metadata within bounds, keyphrase in title and description', (_name, run) => {
    const meta = run.data.meta
    const key = meta.keyphrase!
    expect(meta.title!.length).toBeGreaterThanOrEqual(30)
    expect(meta.title!.length).toBeLessThanOrEqual(60)
    expect([meta.title, containsPhrase(meta.title!, key)]).toEqual([meta.title, true])
    expect(meta.description!.length).toBeGreaterThanOrEqual(120)
    expect(meta.description!.length).toBeLessThanOrEqual(156)
    expect([meta.description, containsPhrase(meta.description!, key)]).toEqual([meta.description, true])
    expect(meta.description).toMatch(/[.!?]$/u)
    expect(meta.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u)
  })

  it('adds words to every article under the target, and only to those', () => {
    for (const run of runs) {
      if (run.expand.inputWords >= 700) expect(run.expand.addedWords).toBe(0)
      else expect(run.expand.addedWords).toBeGreaterThan(100)
    }
  })

  it('is deterministic and idempotent', () => {
    for (const run of runs.slice(0, 6)) {
      expect(runPipeline(run.text).markdown).toBe(run.markdown)
      expect(runPipeline(run.markdown).expand.addedWords).toBe(0)
    }
  })

  it('marks every added node with data.generated', () => {
    const {tree} = parseArticle(articles[1]![1])
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
      runPipeline(short)
    } catch (caught) {
      error = caught
    }
    expect(isTitrailleError(error) && error.code).toBe('TOO_SHORT')
    expect(runPipeline(short, {allowPadding: true}).expand.addedWords).toBeGreaterThan(0)
  })
})
