import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from '@jest/globals'
import type {Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {analyzeBlocks, blockText, parseArticle, remarkSegment, reparagraph, segmentArticle, titrailleParse, type Analysis, type Segment} from '@titraille/core'

const SHARED = new URL('../../../../shared/', import.meta.url)
const SEED = readFileSync(new URL('fixtures/seed-twitter-spaces.txt', SHARED), 'utf8')
const WIKINEWS = new URL('corpus/wikinews-fr/', SHARED)

function analysed(text: string, format: 'text' | 'markdown' = 'text'): {tree: Root; analysis: Analysis} {
  const {tree} = parseArticle(text, {format})
  return {tree, analysis: {...analyzeBlocks(tree), keyphrases: [], entities: [], focus: undefined}}
}

/** The sections tile the body: contiguous, in order, every sentence once. */
function expectTiling(segments: Segment[], tree: Root, analysis: Analysis): void {
  for (let s = 1; s < segments.length; s++) expect(segments[s]!.start).toBe(segments[s - 1]!.end)
  expect(segments[segments.length - 1]!.end).toBe(tree.children.length)
  const bodySentences = analysis.blocks.filter((block) => block.id >= segments[0]!.blocks[0]!).flatMap((block) => block.sentences)
  expect(segments.flatMap((segment) => segment.sentences)).toEqual(bodySentences)
}

describe('segmentArticle on the seed article (960 words, 18 paragraphs)', () => {
  const {tree, analysis} = analysed(SEED)
  const {segments, paragraphsAdded} = segmentArticle(tree, analysis)

  it('makes 4 to 6 sections, the first being the chapeau', () => {
    expect(segments.length).toBeGreaterThanOrEqual(4)
    expect(segments.length).toBeLessThanOrEqual(6)
    expect(segments[0]!.chapeau).toBe(true)
    expect(segments[0]!.start).toBe(0)
    expect(segments[0]!.end).toBe(1)
    expect(segments.slice(1).every((segment) => !segment.chapeau && !segment.authorHeading)).toBe(true)
    expect(paragraphsAdded).toBe(0)
  })

  it('keeps every other section within 80–300 words, boundaries between paragraphs', () => {
    for (const segment of segments.slice(1)) {
      expect(segment.words).toBeGreaterThanOrEqual(80)
      expect(segment.words).toBeLessThanOrEqual(300)
      expect(tree.children[segment.start]!.type).toBe('paragraph')
      expect(segment.depth).toBeGreaterThanOrEqual(0)
    }
    expectTiling(segments, tree, analysis)
    expect(segments.reduce((sum, segment) => sum + segment.words, 0)).toBe(analysis.words)
  })

  it('is deterministic', () => {
    const again = analysed(SEED)
    expect(segmentArticle(again.tree, again.analysis).segments).toEqual(segments)
  })
})

describe('re-paragraphing', () => {
  it('paragraphs a text that is one block, keeping every sentence and its id', () => {
    const {tree, analysis} = analysed(SEED.replace(/\n+/g, ' '))
    expect(tree.children).toHaveLength(1)
    const before = analysis.sentences.map((sentence) => sentence.text)
    const result = segmentArticle(tree, analysis)
    expect(result.paragraphsAdded).toBeGreaterThanOrEqual(6)
    expect(tree.children.length).toBe(result.paragraphsAdded + 1)
    for (const block of result.analysis.blocks) expect(block.words).toBeLessThanOrEqual(150)
    expect(result.analysis.sentences.map((sentence) => sentence.text)).toEqual(before)
    // The new analysis is the analysis of the new tree.
    const fresh = analyzeBlocks(tree)
    expect(fresh.sentences.map(({id, block, start, end, text}) => ({id, block, start, end, text}))).toEqual(
      result.analysis.sentences.map(({id, block, start, end, text}) => ({id, block, start, end, text}))
    )
    expect(fresh.blocks.map((block) => block.text)).toEqual(result.analysis.blocks.map((block) => block.text))
    expect(result.segments.length).toBeGreaterThanOrEqual(4)
    expect(result.segments.length).toBeLessThanOrEqual(6)
    expectTiling(result.segments, tree, result.analysis)
  })

  it('cuts a long paragraph at the sentence boundary where the topic changes', () => {
    // Two news stories glued into one paragraph of about 175 words.
    const launch =
      'Le lanceur Falcon 9 a décollé de la base de Cape Canaveral en Floride avec la capsule Dragon. ' +
      'La capsule Dragon doit être arrimée à la station spatiale internationale dans quelques jours. ' +
      'Moins de quarante-cinq minutes après le décollage, la NASA indiquait que la capsule était en orbite avec ses panneaux solaires déployés. ' +
      'La capsule restera dix-huit jours accrochée à la station spatiale et transporte du matériel pour les astronautes. ' +
      'Pour l’instant, le lanceur est destiné à la mise en orbite de matériel, mais ses missions pourraient s’étendre aux vols habités.'
    const tennis =
      'Serena Williams remporte pour la cinquième fois le tournoi de Wimbledon après une finale en trois sets. ' +
      'La joueuse américaine a battu la Polonaise Agnieszka Radwanska sur le gazon du court central. ' +
      'Il s’agit de son quatorzième titre du Grand Chelem et de la dixième victoire des sœurs Williams à Wimbledon. ' +
      'La Polonaise, troisième joueuse mondiale, s’est ressaisie dans la deuxième manche avant de céder. ' +
      'L’Américaine avait dominé la première manche grâce à dix-sept aces et à un service très puissant.'
    const lead = 'Voici deux nouvelles de la semaine, réunies ici dans un seul paragraphe trop long pour un lecteur pressé.'
    const {tree, analysis} = analysed(`${lead}\n\n${launch} ${tennis}`)
    const result = segmentArticle(tree, analysis, {chapeau: false})
    expect(result.paragraphsAdded).toBe(1)
    expect(tree.children.map((node) => blockText(node))).toEqual([lead, launch, tennis])
  })

  it('cuts Markdown paragraphs only between whole sentences, never inside emphasis, with exact positions', () => {
    const p = SEED.split('\n').filter((line) => line.trim() !== '')
    const markdown = `${p[0]}\n\n*${p[1]} ${p[2]}* ${p[3]}  \n**${p[4]}**\n`
    const {tree, analysis} = analysed(markdown, 'markdown')
    const before = analysis.sentences.map((sentence) => sentence.text)
    const result = reparagraph(tree, analysis, {source: markdown})
    expect(result.added).toBeGreaterThanOrEqual(1)
    expect(result.analysis.sentences.map((sentence) => sentence.text)).toEqual(before)
    // The emphasis spans two sentences: it stays whole, at the start of a paragraph.
    expect(tree.children[1]!.type === 'paragraph' && tree.children[1]!.children[0]!.type).toBe('emphasis')
    for (const node of tree.children) {
      const start = node.position!.start.offset!
      const end = node.position!.end.offset!
      expect(markdown.slice(start, end).replace(/[*\s]/g, '')).toBe(blockText(node).replace(/\s/g, ''))
    }
  })

  it('leaves paragraphs of 150 words or fewer alone', () => {
    const {tree, analysis} = analysed(SEED)
    const before = tree.children.length
    segmentArticle(tree, analysis, {reparagraph: true})
    expect(tree.children.length).toBe(before)
  })
})

describe('no heading before a lone short paragraph', () => {
  it('joins a short closing paragraph to the section before it', () => {
    const closing = 'Twitter n’a pas répondu à nos questions sur cet incident.'
    const {tree, analysis} = analysed(`${SEED}\n${closing}`)
    const {segments} = segmentArticle(tree, analysis)
    const last = segments[segments.length - 1]!
    expect(last.end).toBe(tree.children.length)
    expect(last.end - last.start).toBeGreaterThan(1)
    expect(last.words).toBeGreaterThanOrEqual(80)
  })

  it('keeps a short article whole, under its chapeau', () => {
    const paragraphs = SEED.split('\n').filter((line) => line.trim() !== '')
    const {tree, analysis} = analysed(`${paragraphs[0]}\n\n${paragraphs[5]}`)
    const {segments} = segmentArticle(tree, analysis)
    expect(segments).toHaveLength(1)
    expect(segments[0]).toMatchObject({start: 0, end: 2, chapeau: true})
  })
})

describe('author headings', () => {
  const paragraphs = SEED.split('\n').filter((line) => line.trim() !== '')
  const markdown = [
    '# Twitter Spaces : un lancement raté',
    paragraphs[0],
    '## Des serveurs débordés',
    ...paragraphs.slice(1, 13),
    '## Ce qu’en disent les experts',
    paragraphs[13],
    '## Une invitation ouverte',
    paragraphs[17]
  ].join('\n\n')
  const {tree, analysis} = analysed(markdown, 'markdown')
  const {segments} = segmentArticle(tree, analysis)
  const headingAt = (index: number) => tree.children[index]!.type === 'heading'

  it('keeps the title out of the sections and every author heading as a section start', () => {
    expect(segments[0]!.chapeau).toBe(true)
    expect(segments[0]!.start).toBe(1)
    const authorStarts = tree.children.flatMap((node, index) => (node.type === 'heading' && node.depth === 2 ? [index] : []))
    const starts = segments.filter((segment) => segment.authorHeading).map((segment) => segment.start)
    expect(starts).toEqual(authorStarts)
    for (const start of starts) expect(headingAt(start)).toBe(true)
  })

  it('only splits the author sections that are too long', () => {
    // The first author section (12 paragraphs, ~600 words) is split; the short ones are kept as they are.
    const first = segments.filter((segment) => segment.start >= 2 && segment.start < tree.children.findIndex((n, i) => i > 2 && n.type === 'heading'))
    expect(first.length).toBeGreaterThanOrEqual(2)
    for (const segment of first) expect(segment.words).toBeLessThanOrEqual(300)
    const last = segments[segments.length - 1]!
    expect(last.authorHeading).toBe(true)
    expect(last.words).toBeLessThan(80)
    expectTiling(segments, tree, analysis)
  })
})

describe('segmentArticle on the WikiNews corpus', () => {
  const files = readdirSync(WIKINEWS)
    .filter((name) => name.endsWith('.md'))
    .sort()

  it('puts no heading before a short run of text, splits long sections and every paragraph over 150 words', () => {
    let checked = 0
    let long = 0
    for (const name of files) {
      const text = readFileSync(new URL(name, WIKINEWS), 'utf8')
      const {tree, analysis} = analysed(text, 'markdown')
      long += analysis.blocks.filter((block) => block.words > 150).length
      const {segments, analysis: after} = segmentArticle(tree, analysis)
      const authored = segments.some((segment) => segment.authorHeading)
      for (const segment of segments) {
        if (segment.chapeau || segment.authorHeading) continue
        // A section the stage opens holds at least 80 words, unless the whole part it came from is shorter.
        if (!authored) expect(segment.words).toBeGreaterThanOrEqual(80)
        const paragraphs = segment.blocks.length
        if (paragraphs > 1) expect(segment.words).toBeLessThanOrEqual(300)
        checked++
      }
      // Every long paragraph of this corpus has a sentence boundary to cut at.
      for (const block of after.blocks) expect(block.words).toBeLessThanOrEqual(150)
    }
    expect(checked).toBeGreaterThan(20)
    expect(long).toBeGreaterThan(5)
  })
})

describe('remarkSegment', () => {
  it('stores the sections and the analysis of the re-paragraphed tree on file.data.titraille', () => {
    const processor = unified().use(titrailleParse, {format: 'text'}).use(remarkSegment)
    const file = new VFile({value: SEED.replace(/\n+/g, ' ')})
    const tree = processor.runSync(processor.parse(file), file) as Root
    const data = file.data.titraille as NonNullable<typeof file.data.titraille> & {analysis?: Analysis; segments?: Segment[]}
    expect(data.segments!.length).toBeGreaterThanOrEqual(4)
    expect(data.analysis!.blocks.map((block) => block.node)).toEqual(tree.children)
    // New paragraphs point into the source: the section starts are where their text is.
    for (const segment of data.segments!) {
      const node = tree.children[segment.start]!
      const offset = node.position!.start.offset!
      expect(data.source.slice(offset, offset + 20)).toBe(blockText(node).slice(0, 20))
    }
  })

  it('works in a plain remark pipeline, without Titraille’s parser', () => {
    const processor = unified().use(remarkParse).use(remarkSegment, {maxWords: 250})
    const markdown = SEED.split('\n').filter((line) => line.trim() !== '').join('\n\n')
    const file = new VFile({value: markdown})
    processor.runSync(processor.parse(file), file)
    const segments = (file.data.titraille as unknown as {segments: Segment[]}).segments
    expect(segments[0]!.chapeau).toBe(true)
    expect(segments.length).toBeGreaterThanOrEqual(5)
    for (const segment of segments.slice(1)) expect(segment.words).toBeLessThanOrEqual(250)
  })
})
