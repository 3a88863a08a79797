import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, test} from '@jest/globals'
import {isTitrailleError} from '@titraille/core'
import {CONFIG_FILES, loadConfig, loadConfigSync, optionsFor} from '@titraille/core/node'

/** A project folder with `files` (path → content) and a nested `content/2024/` folder. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'titraille-config-'))
  mkdirSync(join(root, 'content/2024'), {recursive: true})
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text)
  return root
}

const article = (root: string) => join(root, 'content/2024/article.md')

describe('loadConfig', () => {
  test('exports the places it searches', () => {
    expect(CONFIG_FILES).toEqual(expect.arrayContaining(['package.json', '.titraillerc', 'titraille.config.json', 'titraille.config.js']))
  })

  test('finds titraille.config.json from the article folder upward', async () => {
    const root = project({'titraille.config.json': '{"minWords": 900, "typography": false}'})
    const loaded = await loadConfig(article(root), {stopDir: root})
    expect(loaded.filepath).toBe(join(root, 'titraille.config.json'))
    expect(loaded.config).toEqual({minWords: 900, typography: false})
  })

  test('the nearest config wins', async () => {
    const root = project({'titraille.config.json': '{"minWords": 900}', 'content/.titraillerc': 'minWords: 800\n'})
    expect((await loadConfig(article(root), {stopDir: root})).config).toEqual({minWords: 800})
  })

  test('reads .titraillerc as YAML or JSON, and rule settings', async () => {
    const yaml = project({'.titraillerc': 'preset: strict\nrules:\n  sentence-length: [warn, {max: 25}]\n  passive-voice: off\n'})
    expect((await loadConfig(article(yaml), {stopDir: yaml})).config).toEqual({
      preset: 'strict',
      rules: {'sentence-length': ['warn', {max: 25}], 'passive-voice': 'off'}
    })
    const json = project({'.titraillerc': '{"allowPadding": true}'})
    expect(loadConfigSync(article(json), {stopDir: json}).config).toEqual({allowPadding: true})
  })

  test('reads package.json#titraille and ignores a package.json without it', async () => {
    const root = project({'package.json': '{"name": "site", "titraille": {"faqSchema": true}}'})
    expect((await loadConfig(article(root), {stopDir: root})).config).toEqual({faqSchema: true})
    const bare = project({'package.json': '{"name": "site"}'})
    expect(await loadConfig(article(bare), {stopDir: bare})).toEqual({config: {}, filepath: undefined})
  })

  test('loads an ES module config', async () => {
    const root = project({'titraille.config.js': 'export default {minWords: 1000}\n', 'package.json': '{"type": "module"}'})
    expect((await loadConfig(article(root), {stopDir: root})).config).toEqual({minWords: 1000})
  })

  test('an explicit config file is read instead of searching', async () => {
    const root = project({'titraille.config.json': '{"minWords": 900}', 'other.json': '{"minWords": 750}'})
    expect((await loadConfig(article(root), {configFile: join(root, 'other.json')})).config).toEqual({minWords: 750})
  })

  test.each([
    ['{"minWord": 700}', /`minWord` is not a Titraille setting/],
    ['{"keyphrase": "pont"}', /the keyphrase goes in each article's front matter/],
    ['{"minWords": "700"}', /`minWords` must be a positive whole number/],
    ['{"typography": "yes"}', /`typography` must be true or false/],
    ['{"preset": "lenient"}', /`preset` must be one of/],
    ['{"rules": {"sentence-length": "warning"}}', /`rules.sentence-length` must be/],
    ['{"rules": {"sentence-lenght": "warn"}}', /`rules.sentence-lenght` is not an audit rule \(expected one of .*sentence-length/],
    ['[1, 2]', /it must hold an object/]
  ])('rejects %s with one clear error naming the file', async (text, message) => {
    const root = project({'titraille.config.json': text})
    const error = await loadConfig(article(root), {stopDir: root}).catch((caught: unknown) => caught)
    expect(isTitrailleError(error)).toBe(true)
    expect((error as Error).message).toMatch(message)
    expect((error as Error).message).toContain(join(root, 'titraille.config.json'))
  })

  test('a broken .titraillerc is an error naming it', () => {
    const root = project({'.titraillerc': 'minWords: [\n'})
    expect(() => loadConfigSync(article(root), {stopDir: root})).toThrow(/Invalid Titraille config .*\.titraillerc: it is neither JSON nor YAML/)
  })
})

describe('optionsFor', () => {
  test('front matter wins over the config, overrides win over both', () => {
    const config = {minWords: 900, typography: false, rules: {'sentence-length': 'off' as const}}
    expect(optionsFor(config, {keyphrase: ' pont Mathilde ', minWords: 800, title: 'Ignored'})).toEqual({
      minWords: 800,
      typography: false,
      rules: {'sentence-length': 'off'},
      keyphrase: 'pont Mathilde'
    })
    expect(optionsFor(config, {minWords: 800}, {minWords: 1200, typography: null})).toEqual({minWords: 1200, typography: false, rules: {'sentence-length': 'off'}})
  })

  test('ignores front-matter values of the wrong type', () => {
    expect(optionsFor({}, {keyphrase: 42, minWords: 'beaucoup'})).toEqual({})
  })
})
