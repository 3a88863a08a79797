/**
 * Measurements ("researches" in Yoast's terms): plain data computed once from
 * the final tree, that the audit rules of `@titraille/rules` read.
 */
import type {Image, Link, Nodes, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {visit} from 'unist-util-visit'
import type {audit} from '@titraille/rules'
import {analyzeBlocks} from '../nlp/analyze.js'
import {tokenize} from '../nlp/tokens.js'
import {words as splitWords} from '../nlp/words.js'
import type {Block, Sentence} from '../nlp/types.js'
import type {ArticleMeta} from '../types.js'
import {findTransition, wordLowers} from './lexicon.js'
import {findPassive} from './passive.js'
import {containsKeyphrase, countIn, keyphraseMatcher, slugShare, startsWithKeyphrase, type KeyphraseMatcher} from './keyphrase.js'
import {firstWord, kandelMoles, textSyllables} from './readability.js'
import {placer, type Placer} from './place.js'

export {findTransition} from './lexicon.js'
export {findPassive, participleKind} from './passive.js'
export {keyphraseMatcher, countIn, containsKeyphrase, slugShare, startsWithKeyphrase} from './keyphrase.js'
export type {KeyphraseMatcher} from './keyphrase.js'
export {kandelMoles, textSyllables, firstWord} from './readability.js'

/** What the measurements need besides the tree. */
export interface MeasureInput {
  /** The text the tree's positions point into (for line/column of sentences). */
  source?: string | undefined
  /** Title, description, slug (a missing title falls back to the H1). */
  meta?: Readonly<ArticleMeta> | undefined
  /** The focus keyphrase and where it came from. */
  keyphrase?: {text: string; source: audit.KeyphraseMeasure['source']} | undefined
  /** Typography faults, when the typography stage ran. */
  typography?: audit.TypographyMeasure[] | undefined
}

/** Options of {@link measure}. */
export interface MeasureOptions {
  /**
   * The site's URL: links to its host count as internal.
   * @default undefined (only relative links and fragments are internal)
   */
  siteUrl?: string | null | undefined
}

/** Block types whose text is prose for the readability measurements. */
const PROSE = new Set(['paragraph'])

function isGenerated(node: Nodes): boolean {
  const data = node.data as {generated?: unknown} | undefined
  return data?.generated !== undefined && data.generated !== null
}

function excerpt(text: string): string {
  const parts = splitWords(text)
  return parts.length <= 8 ? parts.join(' ') : `${parts.slice(0, 8).join(' ')} …`
}

function hostOf(url: string): string | undefined {
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]+)/i.exec(url)
  return match?.[1]?.toLowerCase().replace(/^www\./, '')
}

function isInternal(url: string, site: string | undefined): boolean {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//')) return true
  const host = hostOf(url.startsWith('//') ? `http:${url}` : url)
  return site !== undefined && host === site
}

/** Sentences of the prose, in order, with their measures. */
function measureSentences(blocks: Block[], sentences: Sentence[], places: Placer): audit.SentenceMeasure[] {
  const out: audit.SentenceMeasure[] = []
  for (const sentence of sentences) {
    const block = blocks[sentence.block]
    if (!block || !PROSE.has(block.type) || sentence.words === 0) continue
    const lowers = wordLowers(sentence.tokens)
    out.push({
      id: sentence.id,
      block: sentence.block,
      text: sentence.text,
      words: sentence.words,
      syllables: textSyllables(sentence.text),
      transition: findTransition(lowers),
      passive: findPassive(sentence.tokens, sentence.text, sentence.start),
      firstWord: firstWord(sentence.tokens),
      generated: isGenerated(block.node),
      place: places.span(block.node, sentence.start, sentence.end)
    })
  }
  return out
}

/** Runs of consecutive sentences with the same first word; a heading breaks a run. */
function sameStarts(blocks: Block[], sentences: audit.SentenceMeasure[]): audit.SameStartMeasure[] {
  const runs: audit.SameStartMeasure[] = []
  let run: audit.SentenceMeasure[] = []
  const close = () => {
    if (run.length >= 2) {
      const first = run[0]!.place
      const last = run[run.length - 1]!.place
      runs.push({word: run[0]!.firstWord, sentences: run.map((s) => s.id), place: first && last ? {start: first.start, end: last.end} : undefined})
    }
    run = []
  }
  let previousBlock = -1
  for (const sentence of sentences) {
    const headingBetween = blocks.slice(previousBlock + 1, sentence.block).some((block) => block.type === 'heading')
    if (headingBetween || run.length === 0 || sentence.firstWord === '' || sentence.firstWord !== run[0]!.firstWord) {
      close()
    }
    if (sentence.firstWord !== '') run.push(sentence)
    previousBlock = sentence.block
  }
  close()
  return runs
}

function measureKeyphrase(
  matcher: KeyphraseMatcher,
  source: audit.KeyphraseMeasure['source'],
  context: {
    blocks: Block[]
    sentences: Sentence[]
    prose: audit.SentenceMeasure[]
    headings: audit.HeadingMeasure[]
    links: {text: string}[]
    images: {alt: string}[]
    meta: audit.Measurements['meta']
    words: number
  }
): audit.KeyphraseMeasure {
  let count = 0
  const found: number[] = []
  for (const sentence of context.prose) {
    const tokens = context.sentences[sentence.id]?.tokens ?? []
    const n = countIn(tokens, matcher)
    if (n > 0) {
      count += n
      found.push(sentence.id)
    }
  }
  const {title, description, slug} = context.meta
  let inTitle: audit.KeyphraseMeasure['title'] = 'missing'
  if (title !== undefined) inTitle = startsWithKeyphrase(title, matcher) ? 'start' : containsKeyphrase(title, matcher) ? 'anywhere' : 'missing'
  const firstParagraph = context.blocks.find((block) => block.type === 'paragraph' && block.words > 0)
  let intro: audit.KeyphraseMeasure['firstParagraph'] = 'missing'
  if (firstParagraph) {
    const inSentence = firstParagraph.sentences.some((id) => countIn(context.sentences[id]?.tokens ?? [], matcher) > 0)
    const tokens = firstParagraph.sentences.flatMap((id) => context.sentences[id]?.tokens ?? [])
    intro = inSentence ? 'sentence' : countIn(tokens, matcher) > 0 ? 'paragraph' : 'missing'
  }
  const subheadings = context.headings.filter((heading) => heading.depth === 2 || heading.depth === 3)
  const density = context.words === 0 ? 0 : Math.round((count / context.words) * 1000) / 10
  return {
    text: matcher.text,
    source,
    words: splitWords(matcher.text).length,
    contentWords: matcher.contentWords,
    count,
    density,
    sentences: found,
    title: inTitle,
    firstParagraph: intro,
    // Counted over the whole description: it is one or two sentences.
    description: description === undefined ? 0 : countIn(tokenize(description), matcher),
    slug: slug === undefined ? 0 : slugShare(slug, matcher),
    subheadings: {with: subheadings.filter((heading) => heading.keyphrase).length, total: subheadings.length},
    anchors: context.links.filter((link) => containsKeyphrase(link.text, matcher)).length,
    imageAlts: context.images.filter((image) => containsKeyphrase(image.alt, matcher)).length
  }
}

/** Measure an article's final tree for the audit rules. Pure: same tree and input, same measurements. */
export function measure(tree: Root, input?: Readonly<MeasureInput> | null, options?: Readonly<MeasureOptions> | null): audit.Measurements {
  const places = placer(input?.source)
  const {blocks, sentences, words} = analyzeBlocks(tree)
  const prose = measureSentences(blocks, sentences, places)
  const matcher = input?.keyphrase && input.keyphrase.text.trim() !== '' ? keyphraseMatcher(input.keyphrase.text.trim()) : undefined

  const headings: audit.HeadingMeasure[] = []
  const paragraphs: audit.ParagraphMeasure[] = []
  const sections: audit.SectionMeasure[] = []
  let section: audit.SectionMeasure | undefined
  const closeSection = () => {
    if (section) sections.push(section)
    section = undefined
  }
  for (const block of blocks) {
    const place = places.node(block.node)
    if (block.type === 'heading') {
      const text = block.text.trim()
      const heading: audit.HeadingMeasure = {
        block: block.id,
        depth: block.depth ?? 1,
        text,
        characters: [...text].length,
        words: block.words,
        keyphrase: matcher !== undefined && containsKeyphrase(text, matcher),
        generated: isGenerated(block.node),
        place
      }
      headings.push(heading)
      if (heading.depth >= 2) {
        closeSection()
        section = {heading: headings.length - 1, words: 0, blocks: 0, place}
      }
      continue
    }
    if (block.words === 0) continue
    section ??= {heading: undefined, words: 0, blocks: 0, place}
    section.words += block.words
    section.blocks += 1
    if (place && section.place) section.place = {start: section.place.start, end: place.end}
    if (block.type === 'paragraph') paragraphs.push({block: block.id, words: block.words, excerpt: excerpt(block.text), generated: isGenerated(block.node), place})
  }
  closeSection()

  const site = options?.siteUrl ? hostOf(options.siteUrl) : undefined
  const links: audit.LinkMeasure[] = []
  const images: audit.ImageMeasure[] = []
  visit(tree, (node) => {
    if (node.type === 'link') {
      const link = node as Link
      const text = toString(link)
      links.push({url: link.url, text, internal: isInternal(link.url, site), keyphrase: matcher !== undefined && containsKeyphrase(text, matcher), place: places.node(link)})
    } else if (node.type === 'image') {
      const image = node as Image
      const alt = image.alt ?? ''
      images.push({url: image.url, alt, keyphrase: matcher !== undefined && alt !== '' && containsKeyphrase(alt, matcher), place: places.node(image)})
    }
  })

  const h1 = headings.find((heading) => heading.depth === 1)
  const meta: audit.Measurements['meta'] = {
    title: nonEmpty(input?.meta?.title) ?? (h1 ? h1.text : undefined),
    description: nonEmpty(input?.meta?.description),
    slug: nonEmpty(input?.meta?.slug)
  }

  const readingEase = kandelMoles({
    words: prose.reduce((sum, s) => sum + s.words, 0),
    sentences: prose.length,
    syllables: prose.reduce((sum, s) => sum + s.syllables, 0)
  })

  return {
    language: 'fr',
    words,
    sentences: prose,
    paragraphs,
    headings,
    sections,
    links,
    images,
    meta,
    keyphrase: matcher && input?.keyphrase ? measureKeyphrase(matcher, input.keyphrase.source, {blocks, sentences, prose, headings, links, images, meta, words}) : undefined,
    readingEase,
    sameStarts: sameStarts(blocks, prose),
    typography: input?.typography
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value.trim() : undefined
}
