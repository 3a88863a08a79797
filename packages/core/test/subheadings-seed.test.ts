import {describe, expect, it} from '@jest/globals'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import type {Heading, Root} from 'mdast'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {
  headingStems,
  remarkAnalyze,
  remarkSegment,
  remarkSubheadings,
  titrailleParse,
  titrailleStringify,
  tokenize,
  type SubheadingGenerated
} from '@titraille/core'
import {fr} from '@titraille/rules'

const shared = new URL('../../../../shared/', import.meta.url)
const fixtures = new URL('./fixtures/subheadings/', import.meta.url)
const update = process.env['UPDATE'] === '1'

/** parse → analyze → segment (the real segmentation) → subheadings → Markdown. */
async function run(text: string) {
  const processor = unified().use(titrailleParse).use(remarkAnalyze).use(remarkSegment).use(remarkSubheadings).use(titrailleStringify)
  const file = new VFile({value: text})
  const tree = (await processor.run(processor.parse(file), file)) as Root
  return {tree, file, markdown: String(processor.stringify(tree, file))}
}

const generated = (tree: Root) =>
  tree.children.filter((node): node is Heading => node.type === 'heading' && (node.data as {generated?: SubheadingGenerated} | undefined)?.generated?.by === 'subheadings')

const textOf = (heading: Heading) => heading.children.map((child) => ('value' in child ? child.value : '')).join('')

/** Golden files: regenerated with UPDATE=1 and reviewed in the diff. */
function golden(name: string, actual: string) {
  const url = new URL(name, fixtures)
  if (update || !existsSync(url)) {
    mkdirSync(new URL('.', url), {recursive: true})
    writeFileSync(url, actual)
  }
  expect(actual).toBe(readFileSync(url, 'utf8'))
}

describe('subheadings on the seed article', () => {
  const seed = readFileSync(new URL('fixtures/seed-twitter-spaces.txt', shared), 'utf8')

  it('matches the golden output', async () => {
    const {tree, file, markdown} = await run(seed)
    golden('seed-twitter-spaces/output.md', markdown)
    const report = generated(tree).map((heading) => ({text: textOf(heading), ...(heading.data as {generated: SubheadingGenerated}).generated}))
    golden('seed-twitter-spaces/headings.json', JSON.stringify({focus: file.data.titraille?.analysis?.focus, headings: report}, null, 2) + '\n')
  })

  it('adds 4–6 H2 headings that keep the rules of an intertitre', async () => {
    const {tree, file} = await run(seed)
    const headings = generated(tree)
    expect(headings.length).toBeGreaterThanOrEqual(4)
    expect(headings.length).toBeLessThanOrEqual(6)
    const texts = headings.map(textOf)
    const analysis = file.data.titraille!.analysis!
    for (const [i, heading] of headings.entries()) {
      const text = texts[i]!
      expect(heading.depth).toBe(2)
      expect(text.length).toBeLessThanOrEqual(70)
      expect(text).toMatch(/^[«\p{Lu}]/u)
      expect(text).not.toMatch(/\.$/u)
      // French typography: U+202F before `?`, U+00A0 before `:`.
      if (text.includes('?')) expect(text).toMatch(/\u202F\?$/u)
      if (text.includes(':')) expect(text).toMatch(/\u00A0:/u)
      // Every content word occurs (by stem) in the sentences the heading names.
      const info = (heading.data as {generated: SubheadingGenerated}).generated
      const template = fr.HEADING_TEMPLATES.find((candidate) => candidate.id === info.template)!
      expect(template).toBeDefined()
      expect(info.from.length).toBeGreaterThan(0)
      const vocabulary = new Set(info.from.flatMap((id) => analysis.sentences[id]!.tokens.map((token) => token.stem)))
      expect(headingStems(text, template.words).filter((stem) => !vocabulary.has(stem))).toEqual([])
      expect(info.cluster.length).toBeGreaterThan(0)
    }
    expect(new Set(texts.map((text) => text.toLowerCase())).size).toBe(texts.length)
    const templates = headings.map((heading) => (heading.data as {generated: SubheadingGenerated}).generated.template)
    expect(new Set(templates).size).toBe(templates.length)
    // The focus keyphrase in 30–75 % of the headings.
    const focus = tokenize(analysis.focus ?? '').filter((token) => !token.stop).map((token) => token.stem)
    const withFocus = texts.filter((text) => focus.every((stem) => headingStems(text).includes(stem))).length
    expect(withFocus / texts.length).toBeGreaterThanOrEqual(0.3)
    expect(withFocus / texts.length).toBeLessThanOrEqual(0.75)
    expect(file.data.titraille!.subheadings!.focusShare).toBeCloseTo(withFocus / texts.length)
  })

  it('places each heading at a section start and moves the segments', async () => {
    const {tree, file} = await run(seed)
    const data = file.data.titraille!
    for (const heading of data.subheadings!.headings) {
      const segment = data.segments![heading.section]!
      const node = tree.children[segment.start]
      expect(node?.type).toBe('heading')
      expect(textOf(node as Heading)).toBe(heading.text)
    }
    expect(data.segments![0]!.chapeau).toBe(true)
    expect(tree.children[data.segments![0]!.start]!.type).toBe('paragraph')
  })

  it('is idempotent: its own output gets no new heading', async () => {
    const first = await run(seed)
    const second = await run(first.markdown)
    expect(generated(second.tree)).toEqual([])
    expect(second.markdown).toBe(first.markdown)
  })
})

describe('subheadings keep the author’s headings', () => {
  it('adds none to an article whose sections are headed and short', async () => {
    const seed = readFileSync(new URL('fixtures/seed-twitter-spaces.txt', shared), 'utf8').split('\n').filter(Boolean)
    const text = ['# Le lancement raté de DeSantis', seed[0], '## Des serveurs à la peine', seed[1], seed[2], '## Les critiques', seed[5], seed[6]].join('\n\n') + '\n'
    const {tree} = await run(text)
    expect(generated(tree)).toEqual([])
    expect(tree.children.filter((node) => node.type === 'heading').map((node) => textOf(node as Heading))).toEqual([
      'Le lancement raté de DeSantis',
      'Des serveurs à la peine',
      'Les critiques'
    ])
  })
})

describe('long author sections', () => {
  it('are split under the author’s H2 with generated H3 subsections', async () => {
    const seed = readFileSync(new URL('fixtures/seed-twitter-spaces.txt', shared), 'utf8').split('\n').filter(Boolean)
    const text = ['# Le lancement raté de DeSantis', seed[0], '## Un lancement sur Twitter Spaces', ...seed.slice(1)].join('\n\n') + '\n'
    const {tree} = await run(text)
    const headings = generated(tree)
    expect(headings.length).toBeGreaterThan(0)
    expect(headings.every((heading) => heading.depth === 3)).toBe(true)
    // The author's headings stay as written, first in their sections.
    const author = tree.children.filter((node): node is Heading => node.type === 'heading' && !headings.includes(node))
    expect(author.map((heading) => [heading.depth, textOf(heading)])).toEqual([
      [1, 'Le lancement raté de DeSantis'],
      [2, 'Un lancement sur Twitter Spaces']
    ])
    expect(tree.children.findIndex((node) => node === author[1])).toBeLessThan(tree.children.findIndex((node) => node === headings[0]))
  })
})
