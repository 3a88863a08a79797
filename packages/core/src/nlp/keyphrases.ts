import {fr} from '@titraille/rules'
import {isKnownNoun} from './nouns.js'
import {isImperfect} from './pos.js'
import {isFirstName, joinsName} from './entities.js'
import {frenchLexicon} from '../typography/lexicon.js'
import {tokenize} from './tokens.js'
import type {Block, Keyphrase, Sentence, Token} from './types.js'

/** Options of {@link extractKeyphrases}. */
export interface KeyphraseOptions {
  /** The article's title; by default the text of its first level-1 heading (or first heading). */
  title?: string | null | undefined
  /**
   * Most candidates returned.
   * @default 30
   */
  limit?: number | null | undefined
  /**
   * Longest candidate, in words (connectors such as `de` count).
   * @default 4
   */
  maxWords?: number | null | undefined
}

const CONNECTORS: ReadonlySet<string> = new Set(fr.KEYPHRASE_CONNECTORS)
const CONNECTOR_ARTICLES: ReadonlySet<string> = new Set(fr.CONNECTOR_ARTICLES)
const LOCUTION_NOUNS: ReadonlySet<string> = new Set(fr.LOCUTION_NOUNS)
const LOCUTION_PREPOSITIONS: ReadonlySet<string> = new Set(['à', 'au', 'aux', 'en', 'dans', 'par', 'sur', 'de', 'du'])
const LOCUTION_ARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'l’', 'l\'', 'les'])

/**
 * `cadre` in `dans le cadre de`, `occasion` in `à l’occasion d’`, `sein` in `au sein de`: the noun of a
 * prepositional locution (a preposition, maybe an article, the noun, `de`), not of `le cadre de vie`.
 */
function inLocution(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]
  const after = tokens[i + 1]
  if (!LOCUTION_NOUNS.has(tokens[i]!.lower) || !before || !after || !['de', 'd’', 'd\'', 'du', 'des'].includes(after.lower)) return false
  if (LOCUTION_PREPOSITIONS.has(before.lower)) return true
  const preposition = tokens[i - 2]
  return LOCUTION_ARTICLES.has(before.lower) && preposition !== undefined && LOCUTION_PREPOSITIONS.has(preposition.lower)
}
const VERB_MARKERS: ReadonlySet<string> = new Set(fr.VERB_MARKERS)
/** Nouns that make a name of the name after them (`pont Mathilde`, `mont Maudit`). */
const PLACE_WORDS: ReadonlySet<string> = new Set(fr.PLACE_WORDS)

/** The bare form of a token: lowercase, without a final elision apostrophe. */
function bare(token: Token): string {
  return token.lower.endsWith('’') ? token.lower.slice(0, -1) : token.lower
}

/** Whether a token starts with a capital letter (or is an acronym). */
function capitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text)
}

/** Endings of conjugated verbs and infinitives (checked only on words the noun lexicon does not know). */
const VERB_ENDING = /(?:er|ir|ra|ras|rai|rons|rez|ront|rait|raient|ait|aient|èrent|âmes|ons|ez|issent|isse)$/u
/** Endings of past participles. */
const PARTICIPLE_ENDING = /(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites)$/u
/** Endings of adjectives. */
const ADJECTIVE_ENDING = /(?:al|ale|aux|ales|el|elle|els|elles|ique|iques|ien|ienne|iens|iennes|ais|aise|aises|ois|oise|oises|if|ive|ifs|ives|aire|aires|eux|euse|euses|ain|aine|ains|aines|ant|ante|ants|antes|ible|ibles|able|ables|iste|istes|ier|ière|iers|ières|in|ine|ins|ines|é|ée|és|ées)$/u

/** How a word may stand in a noun phrase. */
type Shape = 'name' | 'noun' | 'adjective' | 'participle' | 'verb' | 'unknown'

const shapes = new Map<string, Exclude<Shape, 'name'>>()

function shapeOf(token: Token): Shape {
  if (token.kind === 'number') return 'noun'
  if (capitalised(token)) return 'name'
  const word = bare(token)
  let shape = shapes.get(word)
  if (shape === undefined) {
    shape = isKnownNoun(word) ? 'noun' : endingShape(word)
    if (shapes.size > 50_000) shapes.clear()
    shapes.set(word, shape)
  }
  return shape
}

/** How a word not in the noun list may stand, by its ending. */
function endingShape(word: string): Exclude<Shape, 'name' | 'noun'> {
  if (isImperfect(word)) return 'verb'
  if (PARTICIPLE_ENDING.test(word) && !/(?:ique|ie|ies)$/u.test(word)) return 'participle'
  if (ADJECTIVE_ENDING.test(word)) return 'adjective'
  if (VERB_ENDING.test(word)) return 'verb'
  return 'unknown'
}


/**
 * The shape of a sentence's first word, whose capital may be the sentence's: a French participle or
 * verb form (`Prévu initialement pour samedi, …`) is one, a first name (`René`) or a noun is a word
 * of its own.
 */
function initialShape(token: Token): Shape {
  const shape = shapeOf(token)
  if (shape !== 'name' || /^\p{Lu}{2,}/u.test(token.text)) return shape
  const word = bare(token)
  if (isFirstName(word) || isKnownNoun(word) || !frenchLexicon().has(word)) return shape
  const ending = endingShape(word)
  return ending === 'participle' || ending === 'verb' ? ending : shape
}

/** Role of each token of a sentence for candidate building. */
type Role = 'content' | 'number' | 'connector' | 'article' | 'verb' | 'other'

function roles(tokens: Token[]): Role[] {
  const out: Role[] = []
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    const word = bare(token)
    if (token.kind === 'number') out.push('number')
    else if (token.kind !== 'word') out.push('other')
    else if (CONNECTORS.has(word) || joinsName(tokens, i)) out.push('connector')
    else if (CONNECTOR_ARTICLES.has(word)) out.push('article')
    else if (token.stop || fr.FUNCTION_WORD_SET.has(word) || word.length < 2) out.push('other')
    else {
      const previous = tokens[i - 1]
      // A lowercase word right after a subject pronoun or an auxiliary is a verb form.
      const verb = previous !== undefined && previous.kind === 'word' && VERB_MARKERS.has(bare(previous)) && !capitalised(token)
      out.push(verb || beforeAdverb(tokens, i) ? 'verb' : 'content')
    }
  }
  return out
}

/**
 * Whether a lowercase word the noun lexicon does not know stands before an adverb in `-ment` (`la
 * cadette des Williams domine largement`, `une foule composée majoritairement de …`): a verb or a
 * participle with its adverb, no end of a noun phrase. (A noun in `-ment` is no adverb:
 * `gouvernement`.)
 */
function beforeAdverb(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!
  const next = tokens[i + 1]
  if (!next || next.kind !== 'word' || capitalised(token) || isKnownNoun(bare(token))) return false
  const adverb = bare(next)
  return adverb.length > 5 && adverb.endsWith('ment') && !capitalised(next) && !isKnownNoun(adverb)
}

interface Candidate {
  key: string
  forms: Map<string, number>
  occurrences: number[]
  count: number
  words: number
  firstSentence: number
  capitalised: number
  /** Forms seen only at the start of a sentence, where a capital is the sentence's. */
  initialForms: Map<string, number>
  /** Lowercase first word. */
  head: string
}

/** Space-joined stems of the content words of a span: the identity of a phrase. */
function keyOf(tokens: Token[], kinds: Role[]): string {
  const parts: string[] = []
  for (let i = 0; i < tokens.length; i++) if (kinds[i] === 'content' || kinds[i] === 'number') parts.push(tokens[i]!.stem)
  return parts.join(' ')
}

/** Surface text of a span of tokens, as written (single spaces, no soft hyphens). */
function surface(tokens: Token[], text: string): string {
  const first = tokens[0]!
  const last = tokens[tokens.length - 1]!
  return text.slice(first.start, last.end).replace(/\s+/gu, ' ').replace(/\u00ad/gu, '')
}

/**
 * Weights of the score. They are general (no feature names a word or an
 * article) and were set once on the development half of wikinews-fr.
 */
const WEIGHTS = {
  /** Extra weight per share of the phrase's stems found in the title. */
  title: 1,
  /** Extra weight per share of its stems found in other headings. */
  headings: 1,
  /** Extra weight of a phrase first seen at the very start (decays with position). */
  early: 1,
  /** Weight of a name (capitalised in most occurrences). */
  name: 1.5,
  /** Weight of a phrase of several words seen more than once. */
  repeatedPhrase: 1.5,
  /** Weight of a candidate most of whose occurrences are inside one longer candidate. */
  fragment: 0.25
} as const

/** The title of the article: level-1 heading first, else the first heading. */
export function titleOf(blocks: Block[]): string | undefined {
  const headings = blocks.filter((block) => block.type === 'heading')
  return (headings.find((block) => block.depth === 1) ?? headings[0])?.text
}

/**
 * Ranked keyphrase candidates of an analysed article: noun-phrase-shaped runs
 * of 1–4 words (no stop word, function word or connector at either end, no
 * verb form), grouped by stems, scored on frequency, position, title words,
 * capitalisation and spread. Deterministic.
 */
export function extractKeyphrases(blocks: Block[], sentences: Sentence[], options?: Readonly<KeyphraseOptions> | null): Keyphrase[] {
  const limit = options?.limit ?? 30
  const maxWords = options?.maxWords ?? 4
  const title = options?.title ?? titleOf(blocks)
  const titleStems = new Set<string>()
  if (title) for (const token of tokenize(title)) if (token.kind === 'word' && !token.stop) titleStems.add(token.stem)
  const headingStems = new Set<string>()
  for (const block of blocks) {
    if (block.type !== 'heading' || block.text === title) continue
    for (const id of block.sentences) for (const token of sentences[id]!.tokens) if (token.kind === 'word' && !token.stop) headingStems.add(token.stem)
  }

  const candidates = new Map<string, Candidate>()
  const total = Math.max(1, sentences.length)
  for (const sentence of sentences) {
    const tokens = sentence.tokens
    const kinds = roles(tokens)
    const text = blocks[sentence.block]!.text
    for (let i = 0; i < tokens.length; i++) {
      if (kinds[i] !== 'content') continue
      // A name is not cut: no candidate starts inside a run of capitalised words.
      if (i > 0 && capitalised(tokens[i]!) && kinds[i - 1] === 'content' && capitalised(tokens[i - 1]!)) continue
      // Nor after the English word inside one (`Allen Institute for | Artificial Intelligence`).
      if (i > 0 && joinsName(tokens, i - 1)) continue
      // After a dateline (`22 mai 2012. - Prévu initialement …`) a word opens the sentence too.
      const head = i === 0 || /^[.!?…«“"—–:-]$/u.test(tokens[i - 1]!.text) ? initialShape(tokens[i]!) : shapeOf(tokens[i]!)
      if (head === 'verb' || head === 'participle' || inLocution(tokens, i)) continue
      for (let j = i; j < tokens.length && j - i < maxWords; j++) {
        const kind = kinds[j]
        if (kind === 'content' || (kind === 'number' && j > i)) {
          if (!fits(tokens, i, j)) continue
          // A run cut by the length limit before its adjective (`le territoire allemand des forces |
          // armées`) is a fragment.
          const next = tokens[j + 1]
          if (j - i === maxWords - 1 && next !== undefined && kinds[j + 1] === 'content' && !capitalised(next) && next.start - tokens[j]!.end <= 1 && fr.POSTNOMINAL_ADJECTIVE_ENDING.test(next.lower)) continue
          // A complement of a complement the limit leaves out (`projet de base | de données`).
          if (cutBeforeComplement(tokens, kinds, i, j, maxWords)) continue
          add(candidates, tokens.slice(i, j + 1), kinds.slice(i, j + 1), sentence, text, i === 0)
        } else if (kind === 'connector' || (kind === 'article' && kinds[j - 1] === 'connector')) {
          continue
        } else {
          break
        }
      }
    }
  }

  // How often each candidate occurs inside a longer one: a fragment that
  // never occurs on its own (`Sables` of `Sables d’Olonne`) is not a phrase.
  // A whole name inside a longer common phrase (`PSA Peugeot Citroën` in
  // `entreprise PSA Peugeot Citroën`) is no fragment: names count only names.
  const inside = new Map<string, number>()
  const insideNames = new Map<string, number>()
  for (const candidate of candidates.values()) {
    const stems = candidate.key.split(' ')
    if (stems.length < 2) continue
    const seen = new Set<string>()
    for (let a = 0; a < stems.length; a++) {
      for (let b = a + 1; b <= stems.length; b++) {
        if (b - a === stems.length) continue
        const sub = stems.slice(a, b).join(' ')
        if (seen.has(sub)) continue
        seen.add(sub)
        inside.set(sub, Math.max(inside.get(sub) ?? 0, candidate.count))
        if (2 * candidate.capitalised >= candidate.count || PLACE_WORDS.has(candidate.head)) insideNames.set(sub, Math.max(insideNames.get(sub) ?? 0, candidate.count))
      }
    }
  }

  const scored: Keyphrase[] = []
  for (const candidate of candidates.values()) {
    const stems = candidate.key.split(' ')
    let score = candidate.count
    const inTitle = stems.filter((s) => titleStems.has(s)).length / stems.length
    const inHeadings = stems.filter((s) => headingStems.has(s)).length / stems.length
    const position = candidate.firstSentence / total
    const caps = candidate.capitalised / candidate.count
    const why: string[] = []
    why.push(`${candidate.count} occurrence${candidate.count > 1 ? 's' : ''}`)
    if (inTitle > 0) {
      score *= 1 + WEIGHTS.title * inTitle
      why.push(inTitle === 1 ? 'in the title' : 'partly in the title')
    }
    if (inHeadings > 0) {
      score *= 1 + WEIGHTS.headings * inHeadings
      why.push(inHeadings === 1 ? 'in a subheading' : 'partly in a subheading')
    }
    const early = 1 + WEIGHTS.early / (1 + 10 * position)
    score *= early
    if (position < 0.1) why.push('appears early')
    if (caps >= 0.5) {
      score *= WEIGHTS.name
      why.push('a name (capitalised)')
    }
    if (candidate.words > 1 && candidate.count > 1) {
      score *= WEIGHTS.repeatedPhrase
      why.push(`a ${candidate.words}-word phrase seen ${candidate.count} times`)
    }
    if (2 * ((caps >= 0.5 ? insideNames : inside).get(candidate.key) ?? 0) > candidate.count) {
      score *= WEIGHTS.fragment
      why.push('mostly part of a longer phrase (weighed down)')
    }
    settleInitialForms(candidate)
    const variants = [...candidate.forms.entries()].sort((a, b) => b[1] - a[1] || compare(a[0], b[0])).map(([form]) => form)
    scored.push({
      text: variants[0]!,
      key: candidate.key,
      score: Math.round(score * 1000) / 1000,
      count: candidate.count,
      occurrences: [...new Set(candidate.occurrences)],
      variants,
      why
    })
  }
  scored.sort((a, b) => b.score - a.score || compare(a.key, b.key))
  return scored.slice(0, limit)
}

/** Determiners that open an object after a verb; a noun is followed by them only across punctuation. */
const OBJECT_DETERMINERS: ReadonlySet<string> = new Set(['le', 'la', 'les', 'l’', 'l\'', 'un', 'une', 'sa', 'son', 'ses', 'leur', 'leurs', 'ce', 'cet', 'cette', 'ces'])

/** Whether tokens i..j make a noun-phrase-shaped candidate. */
function fits(tokens: Token[], i: number, j: number): boolean {
  const last = tokens[j]!
  const after = tokens[j + 1]
  if (capitalised(last) && after !== undefined && after.kind === 'word' && !after.stop && capitalised(after) && after.start - last.end <= 1) return false
  // Nor before the English word that goes on with it (`Allen Institute | for Artificial Intelligence`).
  if (capitalised(last) && joinsName(tokens, j + 1)) return false
  // Nor before the small number that ends it (`France 2`, `Falcon 9`): `le journaliste de France` is no
  // phrase. A year is no part of a name (`Vendée Globe 2012-2013`).
  if (capitalised(last) && after !== undefined && after.kind === 'number' && /^\d{1,2}$/u.test(after.text) && after.start - last.end <= 1) return false
  if (i === j) return shapeOf(last) !== 'verb' && shapeOf(last) !== 'unknown'
  // A word right before a determiner is a verb the tagger missed (`le fisc défend sa liste`,
  // `Serena Williams domine la Polonaise`, `les logiciels permettant l’accès`): no phrase ends on it.
  if (after !== undefined && after.start - last.end <= 1 && OBJECT_DETERMINERS.has(after.lower)) return false
  // Nor on a participle that governs what follows (`ce terminal destiné à la connexion`).
  if (after !== undefined && shapeOf(last) === 'participle' && (after.lower === 'à' || after.lower === 'par')) return false
  // Nor on an adjective that governs what follows (`une note inférieure à 8`, `inférieur ou égal à`).
  if (after !== undefined && i < j && fr.POSTNOMINAL_ADJECTIVE_ENDING.test(last.lower) && /^(?:à|au|aux|ou|et)$/u.test(after.lower)) {
    const next = after.lower === 'ou' || after.lower === 'et' ? tokens[j + 3] : after
    if (next !== undefined && /^(?:à|au|aux)$/u.test(next.lower)) return false
  }
  if (shapeOf(tokens[i]!) === 'adjective') return false
  for (let k = i + 1; k <= j; k++) {
    const token = tokens[k]!
    const previous = tokens[k - 1]!
    if (token.kind === 'number') {
      // `Falcon 9`, `France 24`: a number names something only right after a name, at the end.
      if (k !== j || !capitalised(previous)) return false
      continue
    }
    if (token.kind !== 'word' || token.stop || joinsName(tokens, k)) continue
    const shape = shapeOf(token)
    if (shape === 'verb' || shape === 'unknown') return false
    // `emplois menacés` is a noun phrase; `Mohamed Morsi élu` is a clause.
    if (shape === 'participle' && (capitalised(previous) || k !== j)) return false
  }
  return true
}

/**
 * Give forms seen at a sentence start to the same form seen elsewhere
 * (`Twitter` stays capitalised, `Le lancement` counts as `lancement`); a
 * form never seen elsewhere is lowercased unless the candidate is a name.
 */
function settleInitialForms(candidate: Candidate): void {
  for (const [form, n] of candidate.initialForms) {
    const lower = form.charAt(0).toLowerCase() + form.slice(1)
    const target = candidate.forms.has(form) ? form : candidate.forms.has(lower) ? lower : candidate.capitalised > 0 || /\s\p{Lu}/u.test(form) ? form : lower
    candidate.forms.set(target, (candidate.forms.get(target) ?? 0) + n)
  }
  candidate.initialForms.clear()
}

function add(candidates: Map<string, Candidate>, tokens: Token[], kinds: Role[], sentence: Sentence, text: string, initial: boolean): void {
  const key = keyOf(tokens, kinds)
  let candidate = candidates.get(key)
  if (!candidate) {
    const words = tokens.length
    candidate = {key, forms: new Map(), occurrences: [], count: 0, words, firstSentence: sentence.id, capitalised: 0, initialForms: new Map(), head: bare(tokens[0]!)}
    candidates.set(key, candidate)
  }
  candidate.count++
  candidate.occurrences.push(sentence.id)
  const first = tokens[0]!
  if (capitalised(first) && (!initial || /^\p{Lu}{2,}/u.test(first.text))) candidate.capitalised++
  const form = surface(tokens, text)
  // A capital at the start of a sentence says nothing: such forms are settled at the end.
  const forms = initial && capitalised(first) && !/^\p{Lu}{2,}/u.test(first.text) ? candidate.initialForms : candidate.forms
  forms.set(form, (forms.get(form) ?? 0) + 1)
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Whether a one-word keyphrase only ever modifies the common noun right before it (`les ménages
 * français`, `la crise financière`): a good keyphrase for a reader's index, but not one to write
 * about (`le français`, `la financière` would be other things). Such a phrase is not the focus.
 */
export function onlyModifies(keyphrase: Pick<Keyphrase, 'key' | 'occurrences' | 'text'>, sentences: readonly Sentence[]): boolean {
  if (/\s/u.test(keyphrase.text) || /^\p{Lu}/u.test(keyphrase.text)) return false
  let seen = 0
  for (const id of keyphrase.occurrences) {
    const tokens = sentences[id]?.tokens ?? []
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!
      if (token.kind !== 'word' || token.stem !== keyphrase.key || capitalised(token)) continue
      seen++
      const previous = tokens[i - 1]
      // After a noun, or after an adjective that itself follows one (`responsable afghans`, `forces armées afghanes`).
      const modifies = previous !== undefined && previous.kind === 'word' && !capitalised(previous) && !previous.stop && ['noun', 'adjective'].includes(shapeOf(previous)) && token.start - previous.end <= 1
      if (!modifies) return false
    }
  }
  return seen > 0
}

/**
 * Whether the run `i..j`, itself a noun and its complement (`projet de base`),
 * stops only because the length limit leaves out the complement that follows
 * (`de données`): a fragment of a longer phrase.
 */
function cutBeforeComplement(tokens: readonly Token[], kinds: readonly Role[], i: number, j: number, maxWords: number): boolean {
  const connector = tokens[j + 1]
  if (!connector || kinds[j + 1] !== 'connector' || !/^(?:de|d’|d')$/iu.test(connector.text)) return false
  const complement = kinds[j + 2] === 'content' ? j + 2 : kinds[j + 2] === 'article' && kinds[j + 3] === 'content' ? j + 3 : -1
  if (complement < 0 || complement - i < maxWords || capitalised(tokens[complement]!)) return false
  for (let k = i + 1; k < j; k++) if (kinds[k] === 'connector') return true
  return false
}
