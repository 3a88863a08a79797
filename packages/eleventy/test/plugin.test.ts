import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, describe, expect, jest, test} from '@jest/globals'
import {firstMissingWord} from '@titraille/core'
import titraille, {type EleventyConfigLike} from '../src/index.js'

const ARTICLE = readFileSync(new URL('../../../../shared/corpus/wikinews-fr/44499.md', import.meta.url), 'utf8').replace(/^# .*\n+/, '')

type Preprocessor = Parameters<EleventyConfigLike['addPreprocessor']>[2]

/** Register the plugin on a stand-in for Eleventy's config and return what it registered. */
function register(options?: Parameters<typeof titraille>[1]) {
  const registered: {name: string; extensions: string | string[]; callback: Preprocessor}[] = []
  titraille({addPreprocessor: (name, extensions, callback) => registered.push({name, extensions, callback})}, options)
  return registered
}

describe('@titraille/eleventy', () => {
  afterEach(() => {
    jest.restoreAllMocks()
  })

  test('registers one preprocessor for Markdown, or for the extensions given', () => {
    expect(register().map(({name, extensions}) => [name, extensions])).toEqual([['titraille', 'md']])
    expect(register({extensions: ['md', 'markdown']})[0]?.extensions).toEqual(['md', 'markdown'])
  })

  test('rewrites the body, keeps every word of it, and fills only missing layout data', async () => {
    const preprocessor = register({config: false, report: false})[0]?.callback
    const inputPath = join(mkdtempSync(join(tmpdir(), 'titraille-eleventy-')), 'forum.md')
    const data: Record<string, unknown> = {title: 'Titre de l’auteur', page: {inputPath}, collections: {all: []}}
    const result = await preprocessor!.call({inputPath}, data, ARTICLE)
    expect(typeof result).toBe('string')
    expect(result as string).not.toMatch(/^---/)
    expect(firstMissingWord(ARTICLE, result as string)).toBe(-1)
    expect(data.title).toBe('Titre de l’auteur')
    expect(data.collections).toEqual({all: []})
  })

  test('leaves a page that opts out, or one not in French, as it is', async () => {
    jest.spyOn(process.stderr, 'write').mockImplementation(() => true)
    const preprocessor = register({config: false})[0]?.callback
    expect(await preprocessor!.call({}, {titraille: false}, ARTICLE)).toBeUndefined()
    const english = 'This page is written in English. It explains how the site is built and why the French articles are rewritten while this one is not.\n'
    const data: Record<string, unknown> = {}
    expect(await preprocessor!.call({inputPath: 'about.md'}, data, english)).toBeUndefined()
    expect(data).toEqual({})
  })
})
