import {describe, expect, it} from '@jest/globals'
import {comparableWords, firstMissingWord, optimize, optimizeSync} from '@titraille/core'
import {articles} from './support/corpus.js'

// Invariants 1, 3 and 4 of DESIGN.md on every development article and the seed.
const all = articles()

describe.each(all)('%s', (_name, text) => {
  it('keeps every original word in order, is deterministic and idempotent', async () => {
    const first = await optimize(text)
    const missing = firstMissingWord(text, first.markdown)
    expect(missing === -1 ? null : comparableWords(text).slice(missing, missing + 5).join(' ')).toBeNull()
    const again = await optimize(text)
    expect(again.markdown).toBe(first.markdown)
    expect(JSON.stringify(again.report)).toBe(JSON.stringify(first.report))
    const second = await optimize(first.markdown)
    expect(second.markdown).toBe(first.markdown)
  })
})

describe('optimizeSync', () => {
  it('gives the same bytes as optimize', async () => {
    const [, text] = all[0]!
    expect(optimizeSync(text).markdown).toBe((await optimize(text)).markdown)
  })
})
