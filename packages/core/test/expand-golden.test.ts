import {describe, expect, it} from '@jest/globals'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {SHARED, runPipeline} from './expand-pipeline.js'

const FIXTURES = fileURLToPath(new URL('./fixtures/expand/', import.meta.url))
/** Articles whose expanded French was read and reviewed (see the diff when regenerating). */
const ARTICLES = ['43971', '44269', '44545', '45643', '45764']

describe('expand golden outputs (regenerate with UPDATE=1 and review the diff)', () => {
  it.each(ARTICLES)('%s', (id) => {
    const input = readFileSync(`${SHARED}corpus/wikinews-fr/${id}.md`, 'utf8')
    const {markdown, expand} = runPipeline(input)
    const file = `${FIXTURES}${id}.md`
    if (process.env.UPDATE === '1' || !existsSync(file)) {
      mkdirSync(FIXTURES, {recursive: true})
      writeFileSync(file, markdown)
    }
    expect(markdown).toBe(readFileSync(file, 'utf8'))
    expect(expand.addedWords).toBeGreaterThan(0)
  })
})
