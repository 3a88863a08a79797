import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, describe, expect, jest, test} from '@jest/globals'
import type {Root, Yaml} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import remarkTitrailleDefault, {remarkTitrailleNode} from '@titraille/core/node'

const ARTICLE = readFileSync(new URL('../../../../shared/corpus/wikinews-fr/45496.md', import.meta.url), 'utf8')
const ENGLISH = 'This page is written in English. It explains how the example site is built, which tools it uses, and why the French articles are rewritten while this one is left exactly as it is.\n'

async function run(text: string, path: string, options?: Parameters<typeof remarkTitrailleNode>[0]) {
  const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkTitrailleNode, options)
  const file = new VFile({value: text, path})
  const tree = (await processor.run(processor.parse(file), file)) as Root
  return {tree, file}
}

describe('remarkTitrailleNode', () => {
  afterEach(() => {
    jest.restoreAllMocks()
  })

  test('is the default export of @titraille/core/node, for hosts that load plugins by name', () => {
    expect(remarkTitrailleDefault).toBe(remarkTitrailleNode)
  })

  test('reads the config of the file’s folder; plugin options win over it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'titraille-remark-'))
    writeFileSync(join(root, 'titraille.config.json'), '{"minWords": 1234}')
    const fromConfig = await run(ARTICLE, join(root, 'article.md'), {report: false})
    expect(fromConfig.file.data.titraille?.settings.minWords).toBe(1234)
    const given = await run(ARTICLE, join(root, 'article.md'), {report: false, minWords: 800})
    expect(given.file.data.titraille?.settings.minWords).toBe(800)
    const without = await run(ARTICLE, join(root, 'article.md'), {report: false, config: false})
    expect(without.file.data.titraille?.settings.minWords).toBe(700)
  })

  test('passes the audit rule settings of the config file to the audit', async () => {
    const root = mkdtempSync(join(tmpdir(), 'titraille-remark-'))
    const on = await run(ARTICLE, join(root, 'a.md'), {report: false, config: false})
    expect(on.file.messages.map((message) => message.ruleId)).toContain('transition-words')
    writeFileSync(join(root, 'titraille.config.json'), '{"rules": {"transition-words": "off"}}')
    const off = await run(ARTICLE, join(root, 'a.md'), {report: false})
    expect(off.file.messages.map((message) => message.ruleId)).not.toContain('transition-words')
    expect(off.file.messages.length).toBeGreaterThan(0)
  })

  test('takes the keyphrase from the front matter', async () => {
    const root = mkdtempSync(join(tmpdir(), 'titraille-remark-'))
    const {file} = await run(`---\nkeyphrase: Alpha Centauri\n---\n\n${ARTICLE}`, join(root, 'a.md'), {report: false})
    expect(file.data.titraille?.settings.keyphrase).toBe('Alpha Centauri')
  })

  test('takes minWords from the front matter over the config', async () => {
    const root = mkdtempSync(join(tmpdir(), 'titraille-remark-'))
    writeFileSync(join(root, '.titraillerc'), 'minWords: 1234\n')
    const {file} = await run(`---\nminWords: 900\n---\n\n${ARTICLE}`, join(root, 'a.md'), {report: false})
    expect(file.data.titraille?.settings.minWords).toBe(900)
  })

  test('fills the yaml node and keeps the author’s YAML as written', async () => {
    const root = mkdtempSync(join(tmpdir(), 'titraille-remark-'))
    const {tree, file} = await run(`---\ntitle:   "Mon titre"   # à moi\n---\n\n${ARTICLE}`, join(root, 'a.md'), {report: false})
    const yaml = tree.children[0] as Yaml
    expect(yaml.type).toBe('yaml')
    expect(yaml.value.endsWith('title:   "Mon titre"   # à moi')).toBe(true)
    expect(yaml.value).toMatch(/^lang: fr$/m)
    expect(yaml.value).not.toMatch(/^title: (?!  "Mon titre")/m)
    const description = file.data.titraille?.meta.description
    if (description) expect(yaml.value).toContain('description:')
  })

  test('prints the warnings on stderr, in the unified reporter format', async () => {
    const writes: string[] = []
    jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      writes.push(String(chunk))
      return true
    })
    const root = mkdtempSync(join(tmpdir(), 'titraille-remark-'))
    const {tree} = await run(`---\ntitle: About\n---\n\n${ENGLISH}`, join(root, 'about.md'))
    const printed = writes.join('')
    expect(printed).toContain('about.md')
    expect(printed).toMatch(/warning +Unexpected language `eng`, expected French: page left as it is +not-french +titraille/)
    // A page left as it is keeps its front matter as written.
    expect((tree.children[0] as Yaml).value).toBe('title: About')
  })

  test('prints nothing with `report: false`', async () => {
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation(() => true)
    const root = mkdtempSync(join(tmpdir(), 'titraille-remark-'))
    await run(ENGLISH, join(root, 'about.md'), {report: false})
    expect(spy).not.toHaveBeenCalled()
  })
})
