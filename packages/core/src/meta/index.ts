import {fr} from '@titraille/rules'
import {countWords} from '../nlp/words.js'
import type {Analysis} from '../nlp/types.js'
import type {ArticleMeta} from '../types.js'
import {firstClause, gatherMaterial} from '../expand/material.js'
import {trimEndWhere} from '../expand/text.js'
import {canFill, fillTemplate} from '../expand/template.js'

/** Options of {@link buildMeta}. */
export interface MetaOptions {
  /** The focus keyphrase; by default the analysis' focus. */
  keyphrase?: string | null | undefined
  /** Words of the finished article, for the reading time; by default the analysis' count. */
  words?: number | null | undefined
}

const STOP = fr.STOP_WORD_SET

/** Capitalise the first letter. */
function capital(text: string): string {
  return text.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase())
}

/** Whether `text` holds `phrase` as whole words (`Mali` is not in `malien`), ignoring case. */
export function containsPhrase(text: string, phrase: string): boolean {
  const escaped = phrase.trim().replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/['’]/gu, '[\'’]')
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text)
}

/** Cut `text` at a word boundary to at most `max` characters (never mid-word). */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text
  const head = text.slice(0, max + 1)
  // Drop the last (possibly cut) word, then any trailing separator.
  const space = head.lastIndexOf(' ')
  const cut = space > 0 ? head.slice(0, space) : head
  return trimEndWhere(cut, (char) => /[\s,;:–—-]/u.test(char))
}

/** SEO title: 30–60 characters, the focus keyphrase at the start. */
export function seoTitle(focus: string, title: string | undefined): string {
  const {min, max} = fr.TITLE_LENGTH
  const head = capital(focus.replace(/^(?:le |la |les |l’)/u, ''))
  if (title && title.toLowerCase().startsWith(head.toLowerCase()) && title.length >= min && title.length <= max) return title
  for (const template of fr.META_TITLES) {
    if (template.text.includes('{title}') && !title) continue
    if (title && title.toLowerCase().includes(head.toLowerCase()) && template.text.includes('{title}')) continue
    const text = template.text.replace('{focus}', head).replace('{title}', title ?? '').replace(/ :/gu, '\u00a0:')
    if (text.length >= min && text.length <= max) return text
  }
  return cutAtWord(head, max)
}

/** A sentence without the connector the expand stage may have put before it. */
function withoutOpener(text: string): string {
  for (const opener of fr.SENTENCE_OPENERS) {
    const match = new RegExp(`^${opener.replace(/’/gu, '[’\']')},\\s+`, 'iu').exec(text)
    if (match) return capital(text.slice(match[0].length))
  }
  return text
}

/** Meta description: a sentence of 120–156 characters containing the keyphrase. */
export function metaDescription(analysis: Analysis, focus: string, keyphrase: string, material = gatherMaterial(analysis, {keyphrase})): string {
  const {min, max} = fr.DESCRIPTION_LENGTH
  const names = material.actors.slice(0, 2).map((actor) => actor.name)
  const topics = material.topics.slice(0, 2).map((topic) => topic.text)
  const sentences = analysis.sentences
    .filter((sentence) => {
      const block = analysis.blocks[sentence.block]
      return block?.type === 'paragraph' && !isGenerated(block.node) && containsPhrase(sentence.text, keyphrase)
    })
    .map((sentence) => withoutOpener(sentence.text.trim().replace(/^\d{1,2}(?:er)? \p{L}+ \d{4}\.? ?[-–—] ?/u, '')))
    .filter((text) => /[.!?]$/u.test(text) && !/[«»]/u.test(text) && !/^(?:il|elle|ils|elles|on|c’|ce)\b/iu.test(text))
  const fits = (text: string) => text.length >= min && text.length <= max && containsPhrase(text, keyphrase)
  // The first clause of the article's sentences with the keyphrase: a shorter real sentence.
  const clauses = analysis.sentences
    .filter((sentence) => {
      const block = analysis.blocks[sentence.block]
      return block?.type === 'paragraph' && !isGenerated(block.node) && containsPhrase(sentence.text, keyphrase)
    })
    .map((sentence) => firstClause(withoutOpener(sentence.text.trim().replace(/^\d{1,2}(?:er)? \p{L}+ \d{4}\.? ?[-–—] ?/u, '')), 24))
    .filter((clause): clause is string => clause !== undefined && containsPhrase(clause, keyphrase))
  for (const template of fr.META_DESCRIPTIONS) {
    const candidates = template.text.includes('{sentence}') ? sentences : template.text.includes('{clause}') ? clauses : ['']
    for (const sentence of candidates) {
      const slots = {focus, sentence, clause: sentence, names: names.length >= 2 ? names : undefined, topics: topics.length >= 2 ? topics : undefined}
      if (!canFill(template.text, slots)) continue
      const text = fillTemplate(template.text, slots)
      if (fits(text)) return text
    }
  }
  // Last resort: the longest template shortened by whole list items never mid-word.
  const fallback = fillTemplate(fr.META_DESCRIPTIONS[fr.META_DESCRIPTIONS.length - 1]!.text, {focus})
  return fallback.length <= max ? fallback : `${cutAtWord(fallback, max - 1)}.`
}

/** Slug: ASCII, lowercase, hyphens, French stop words removed. */
export function slugify(text: string): string {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’']/gu, ' ')
    .toLowerCase()
    .split(/[^a-z0-9]+/u)
    .filter((word) => word !== '' && !STOP.has(word) && word.length > 1)
  return words.slice(0, fr.SLUG_MAX_WORDS).join('-')
}

function isGenerated(node: {data?: unknown}): boolean {
  return Boolean((node.data as {generated?: unknown} | undefined)?.generated)
}

/** Keyphrases of the author's text only: not the words of generated sections (`l’article`). */
function authoredKeyphrases(analysis: Analysis): Analysis['keyphrases'] {
  return analysis.keyphrases.filter((keyphrase) =>
    keyphrase.occurrences.some((id) => {
      const block = analysis.blocks[analysis.sentences[id]?.block ?? -1]
      return block !== undefined && !isGenerated(block.node)
    })
  )
}

/** Keywords: the focus then the best keyphrases, lowercase, without duplicates. */
export function keywordsOf(analysis: Analysis, focus: string): string[] {
  const seen = new Set<string>()
  const keywords: string[] = []
  for (const text of [focus, ...authoredKeyphrases(analysis).map((k) => k.text)]) {
    const key = text.toLowerCase().trim()
    if (key === '' || seen.has(key) || /^\d+$/u.test(key)) continue
    seen.add(key)
    keywords.push(key)
    if (keywords.length >= 8) break
  }
  return keywords
}

/** Reading time in whole minutes (at least 1). */
export function readingTime(words: number): number {
  return Math.max(1, Math.ceil(words / fr.READING_WORDS_PER_MINUTE))
}

/**
 * The article's metadata: what the author set (front matter) is kept as
 * is; only what is missing is computed.
 */
export function buildMeta(analysis: Analysis, given: Readonly<ArticleMeta>, options?: Readonly<MetaOptions> | null): ArticleMeta {
  const keyphrase = given.keyphrase ?? options?.keyphrase ?? analysis.focus ?? analysis.keyphrases[0]?.text ?? ''
  const h1 = analysis.blocks.find((block) => block.type === 'heading' && block.depth === 1)?.text.trim()
  const title = given.title ?? seoTitle(keyphrase, h1)
  let description = given.description
  if (description === undefined && keyphrase) {
    // The material is gathered once, and only when a description is to be written.
    // Topics of the author's text: the templates' own words (`l’article`) are none.
    const material = gatherMaterial({...analysis, keyphrases: authoredKeyphrases(analysis)}, {keyphrase})
    description = metaDescription(analysis, material.focus?.text ?? keyphrase, keyphrase, material)
  }
  const slug = given.slug ?? slugify(title)
  const keywords = given.keywords ?? (keyphrase ? keywordsOf(analysis, keyphrase) : undefined)
  const words = options?.words ?? analysis.words ?? countWords(analysis.blocks.map((b) => b.text).join(' '))
  return {...given, title, description, slug, keyphrase: given.keyphrase ?? (keyphrase || undefined), keywords, readingTime: given.readingTime ?? readingTime(words)}
}

