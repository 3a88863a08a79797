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
    // 127 characters: inside the default 120–156, outside the 140–160 of the config below.
    const description = 'Une exoplanète de la taille de la Terre a été découverte autour d’Alpha Centauri B, à quatre années-lumière du système solaire.'
    expect([...description].length).toBe(127)
    const text = `---\ndescription: "${description}"\n---\n\n${ARTICLE}`
    const ids = (file: VFile) => file.messages.map((message) => message.ruleId)
    const defaults = await run(text, join(root, 'a.md'), {report: false})
    expect(ids(defaults.file)).not.toContain('meta-description-length')
    writeFileSync(join(root, 'titraille.config.json'), '{"rules": {"meta-description-length": ["warn", {"min": 140, "max": 160}]}}')
    const configured = await run(text, join(root, 'a.md'), {report: false})
    const finding = configured.file.messages.find((message) => message.ruleId === 'meta-description-length')
    expect(finding?.reason).toBe('Unexpected meta description of 127 characters, expected 140–160')
  })

  test('leaves the H1 to the site layout unless `h1: true`', async () => {
    const body = ARTICLE.replace(/^# .*\n+/, '')
    const root = mkdtempSync(join(tmpdir(), 'titraille-remark-'))
    const h1s = (tree: Root) => tree.children.filter((node) => node.type === 'heading' && node.depth === 1).length
    const layout = await run(`---\ntitle: Une exoplanète autour d’Alpha Centauri\n---\n\n${body}`, join(root, 'a.md'), {report: false})
    expect(h1s(layout.tree)).toBe(0)
    expect(layout.file.messages.map((message) => message.ruleId)).not.toContain('single-h1')
    const inBody = await run(`---\ntitle: Une exoplanète autour d’Alpha Centauri\n---\n\n${body}`, join(root, 'a.md'), {report: false, h1: true})
    expect(h1s(inBody.tree)).toBe(1)
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
