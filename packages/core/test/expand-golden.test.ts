import {describe, expect, it} from '@jest/globals'
import {existsSync, readFileSync, writeFileSync, mkdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {analyzeTree, buildMeta, expandArticle, parseArticle, renderMarkdown} from '@titraille/core'

const SHARED = fileURLToPath(new URL('../../../../shared/', import.meta.url))
const FIXTURES = fileURLToPath(new URL('./fixtures/expand/', import.meta.url))
const ARTICLES = ['43971', '44269', '44545', '45643', '45764']

describe('expand golden outputs (regenerate with UPDATE=1 and review the diff)', () => {
  it.each(ARTICLES)('%s', (id) => {
    const {tree, frontMatter} = parseArticle(readFileSync(`${SHARED}corpus/wikinews-fr/${id}.md`, 'utf8'))
    const result = expandArticle(tree, analyzeTree(tree))
    const meta = buildMeta(analyzeTree(tree), {})
    const output = renderMarkdown(tree, {frontMatter, meta, h1: true})
    const file = `${FIXTURES}${id}.md`
    if (process.env.UPDATE === '1' || !existsSync(file)) {
      mkdirSync(FIXTURES, {recursive: true})
      writeFileSync(file, output)
    }
    expect(output).toBe(readFileSync(file, 'utf8'))
    expect(result.addedWords).toBeGreaterThan(0)
  })
})
