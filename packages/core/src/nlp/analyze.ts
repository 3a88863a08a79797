import type {Nodes, Root} from 'mdast'
import {NON_PROSE, countWords} from './words.js'
import {splitSentences} from './sentences.js'
import {tokenize} from './tokens.js'
import {posLoaded, refinePos, tagSentence} from './pos.js'
import {extractKeyphrases, onlyModifies, titleOf} from './keyphrases.js'
import {findEntities} from './entities.js'
import type {Analysis, Block, Sentence} from './types.js'

/** Node types that are one block of prose each. */
const BLOCK_TYPES = new Set(['paragraph', 'heading', 'tableCell'])

/** Plain text of a block: text and inline prose, without code or HTML (images by their alt). */
export function blockText(node: Nodes): string {
  if (NON_PROSE.has(node.type)) return ''
  if (node.type === 'image') return ''
  if ('value' in node) return node.value
  if (node.type === 'break') return '\n'
  if ('children' in node) return (node.children as Nodes[]).map(blockText).join('')
  return ''
}

/** The prose blocks of a tree, in document order. */
export function collectBlocks(tree: Root): {node: Nodes; type: string; depth?: number | undefined}[] {
  const found: {node: Nodes; type: string; depth?: number | undefined}[] = []
  const walk = (node: Nodes) => {
    if (BLOCK_TYPES.has(node.type)) {
      found.push({node, type: node.type, depth: node.type === 'heading' ? node.depth : undefined})
      return
    }
    if (NON_PROSE.has(node.type)) return
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child)
  }
  walk(tree)
  return found
}

/**
 * Sentences, tokens and stems of every prose block of the tree.
 * Keyphrases and entities are added by `extractKeyphrases` / `findEntities`.
 */
export function analyzeBlocks(tree: Root): Pick<Analysis, 'blocks' | 'sentences' | 'words' | 'posSource'> {
  const blocks: Block[] = []
  const sentences: Sentence[] = []
  let total = 0
  for (const found of collectBlocks(tree)) {
    const text = blockText(found.node)
    const block: Block = {id: blocks.length, type: found.type, depth: found.depth, node: found.node, text, sentences: [], words: countWords(text)}
    total += block.words
    const spans = found.type === 'heading' ? [{start: 0, end: text.length}] : splitSentences(text)
    const tokens = tokenize(text)
    let t = 0
    for (const span of spans) {
      if (span.end <= span.start) continue
      while (t < tokens.length && tokens[t]!.start < span.start) t++
      const first = t
      while (t < tokens.length && tokens[t]!.start < span.end) t++
      const sentenceText = text.slice(span.start, span.end)
      const sentence: Sentence = {
        id: sentences.length,
        block: block.id,
        start: span.start,
        end: span.end,
        text: sentenceText,
        tokens: tagSentence(tokens.slice(first, t)),
        words: countWords(sentenceText)
      }
      sentences.push(sentence)
      block.sentences.push(sentence.id)
    }
    refinePos(text, tokens)
    blocks.push(block)
  }
  return {blocks, sentences, words: total, posSource: posLoaded() ? 'fr-compromise' : 'rules'}
}

/** Options of {@link analyzeTree}. */
export interface AnalyzeOptions {
  /** The focus keyphrase given by the user; without it, the best candidate. */
  keyphrase?: string | null | undefined
  /** The article's title; by default its first level-1 heading. */
  title?: string | null | undefined
}

/** The full analysis of a tree: blocks, sentences, tokens, keyphrases, entities and focus. */
export function analyzeTree(tree: Root, options?: Readonly<AnalyzeOptions> | null): Analysis {
  const base = analyzeBlocks(tree)
  const title = options?.title ?? titleOf(base.blocks)
  const keyphrases = extractKeyphrases(base.blocks, base.sentences, {title})
  const entities = findEntities(base.blocks, base.sentences)
  const given = options?.keyphrase?.trim()
  // The best candidate that names a thing (`la crise`), not an adjective after its noun (`ménages français`).
  const best = keyphrases.find((keyphrase) => !onlyModifies(keyphrase, base.sentences)) ?? keyphrases[0]
  const focus = best && title ? namedInTitle(best.text, title, keyphrases, base.sentences) ?? best.text : best?.text
  return {...base, keyphrases, entities, focus: given ? given : focus}
}

/**
 * The name the title gives a common noun in apposition (« Lancement du projet
 * Wikidata », « Incendie sur le pont Mathilde de Rouen »): the noun says what
 * kind of thing, the name which one, and the article is about that one. The
 * noun with its name when the article writes them so (`pont Mathilde`), else
 * the name when it is a keyphrase (`Wikidata`); `undefined` when the title
 * names nothing after the noun.
 */
function namedInTitle(noun: string, title: string, keyphrases: readonly {text: string}[], sentences: readonly {text: string}[]): string | undefined {
  if (/[\s\p{Lu}]/u.test(noun)) return undefined
  const words = title.split(/[\s\u00a0]+/u)
  const at = words.findIndex((word) => word.toLowerCase() === noun)
  let name = at >= 0 ? words[at + 1] : undefined
  while (name && /[,.;:!?]$/u.test(name)) name = name.slice(0, -1)
  if (!name || !/^\p{Lu}\p{Ll}/u.test(name)) return undefined
  const both = `${noun} ${name}`
  if (sentences.some((sentence) => sentence.text !== title && sentence.text.includes(both))) return both
  return keyphrases.find((keyphrase) => keyphrase.text === name)?.text
}
