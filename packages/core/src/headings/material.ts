import {fr} from '@titraille/rules'
import {isNoun, nounInfo} from '../grammar/lexicon.js'
import type {Gender, GrammaticalNumber} from '../grammar/index.js'
import {tokenize} from '../nlp/tokens.js'
import type {Analysis, Entity, Sentence, Token} from '../nlp/types.js'

/** A noun phrase found in a section, as the author wrote it. */
export interface NounPhrase {
  /** Sentence it comes from. */
  sentence: number
  /** The phrase without its determiner, as written (`lancement bâclé de la campagne`). */
  text: string
  /** The author's determiner, lowercase (`le`, `l’`, `une`), if any. */
  determiner: string | undefined
  /** Text with the author's determiner (`le lancement bâclé de la campagne`). */
  written: string
  /** The phrase is a name (`Twitter Spaces`, `Musk`). */
  name: boolean
  /** Kind of the entity a name phrase is. */
  entity: Entity['kind'] | undefined
  gender: Gender
  number: GrammaticalNumber
  /** An adjective before the head (`nouveaux produits`). */
  adjectiveFirst: boolean
  /** Adjectives or participles in the phrase. */
  adjectives: number
  /** A `de …` / `pour …` complement follows the head. */
  complement: boolean
  /** A name stands in the phrase (`l’événement Twitter Spaces`, `l’avenir de Twitter`). */
  named: boolean
  /** Words (tokens of kind word or number). */
  words: number
}

/** A quotation that can stand alone as a heading. */
export interface Quotation {
  /** Sentences the quote overlaps. */
  sentences: number[]
  /** The quoted words, without guillemets or final full stop. */
  text: string
  /** Who said it, when the sentence names a person next to a verb of saying. */
  speaker: string | undefined
}

/** A short clause (`la plate-forme peut devenir une destination de choix`) a question is made of. */
export interface Clause {
  sentence: number
  subject: NounPhrase
  /** Finite verb: auxiliary or modal (`a`, `peut`). */
  verb: string
  /** What follows the finite verb (`devenir une destination de choix`). */
  rest: string
  /** The object noun phrase, when the clause has one. */
  object: NounPhrase | undefined
  kind: 'done' | 'modal' | 'what'
  /** The subject can be taken up by `il` / `elle` (not a person, whose gender a name does not tell). */
  pronounSafe: boolean
  /** A passive with nothing after its participle (`Twitter sera évalué`). */
  barePassive: boolean
}

/** What a section offers to name it. */
export interface SectionMaterial {
  phrases: NounPhrase[]
  quotes: Quotation[]
  clauses: Clause[]
}

const DETERMINERS = new Set(fr.HEADING_DETERMINERS)
const PRENOMINAL = new Set(fr.PRENOMINAL_ADJECTIVES)
const COMPLEMENT_PREPOSITIONS = new Set(fr.HEADING_COMPLEMENT_PREPOSITIONS)
const DONE = new Set(fr.HEADING_DONE_AUXILIARIES)
const PASSIVE = new Set(fr.HEADING_PASSIVE_AUXILIARIES)
const MODAL = new Set(fr.HEADING_MODAL_VERBS)
const MIDDLE_ADVERBS = new Set(fr.HEADING_MIDDLE_ADVERBS)
const OPENERS = new Set(fr.HEADING_SUBJECT_OPENERS)
const SPEECH = new Set(fr.HEADING_SPEECH_VERBS)
const NOT_ADJECTIVES = new Set(fr.NOT_ADJECTIVES)
const WEAK = new Set(fr.HEADING_WEAK_NOUNS)
const NUMBER_WORDS = new Set(fr.NUMBER_WORDS)
const GOVERNED = new Set(fr.HEADING_GOVERNED_PREPOSITIONS)
const WEAK_HEADS = new Set(fr.HEADING_WEAK_HEADS)
const DEMONSTRATIVES = new Set(['ce', 'cet', 'cette', 'ces'])
const OBJECT_PREPOSITIONS = new Set(['à', 'de', 'd’', 'en', 'sur', 'pour', 'avec', 'contre', 'dans'])

/** Longest noun phrase kept, in words. */
const MAX_PHRASE_WORDS = 9

function isWord(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === 'word'
}

function capitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text)
}

/** A token that may be (part of) a name: capitalised and not a function word. */
function isNamePart(token: Token | undefined, first: boolean): boolean {
  if (!isWord(token) || !capitalised(token) || token.stop) return false
  // At the start of a sentence, a capitalised common noun is not a name.
  if (first && isNoun(token.lower) && !/\p{Lu}/u.test(token.text.slice(1))) return false
  return true
}

/**
 * A common noun; capitalised only as the first word of a sentence or quote
 * (`Échec complet du lancement`). Nouns the Lefff list lacks (`adversaires`)
 * count after a determiner when the tagger calls them nouns and they do not
 * look like participles.
 */
function isCommonNoun(token: Token | undefined, first = false, afterDeterminer = false): token is Token {
  if (!isWord(token) || token.stop || token.lower.length < 2 || NUMBER_WORDS.has(token.lower)) return false
  const known = isNoun(token.lower) || (afterDeterminer && token.pos === 'NOUN' && !fr.PAST_PARTICIPLE_ENDING.test(token.lower))
  if (!known) return false
  return !capitalised(token) || (first && !/\p{Lu}/u.test(token.text.slice(1)))
}

function isPostAdjective(token: Token | undefined): token is Token {
  if (!isWord(token) || token.stop || capitalised(token) || token.lower.length < 3) return false
  if (NOT_ADJECTIVES.has(token.lower) || fr.CONJUGATED_VERB_ENDING.test(token.lower)) return false
  // A noun that looks like a participle (`suite`, `site`) is not one after a noun.
  if (/(?:ite|ie|ue|u|i|it)s?$/u.test(token.lower) && !/ques?$/u.test(token.lower) && isNoun(token.lower)) return false
  return fr.POSTNOMINAL_ADJECTIVE_ENDING.test(token.lower)
}

/** Whether an adjective's form can agree with a noun of this gender and number. */
function agrees(adjective: Token, gender: Gender, number: GrammaticalNumber): boolean {
  if (number === 'P' && !/[sx]$/u.test(adjective.lower)) return false
  if (gender === 'M' && fr.FEMININE_ADJECTIVE_ENDING.test(adjective.lower)) return false
  return true
}

/** Whether the token at `i` starts a sentence or a quotation. */
function startsSentence(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1]
  return i === 0 || (previous !== undefined && previous.kind === 'punct' && /^[«“"(.!?:—–-]$/u.test(previous.text))
}

/** Determiner of a token, without a final apostrophe difference (`l’` stays `l’`). */
function determinerOf(token: Token | undefined): string | undefined {
  if (!isWord(token)) return undefined
  return DETERMINERS.has(token.lower) ? token.lower : undefined
}

/** Parse state over one sentence's tokens. */
interface Reader {
  sentence: Sentence
  tokens: readonly Token[]
  entities: ReadonlyMap<string, Entity['kind']>
}

function surface(reader: Reader, from: number, to: number): string {
  const first = reader.tokens[from]
  const last = reader.tokens[to - 1]
  if (!first || !last) return ''
  const offset = reader.sentence.start
  return reader.sentence.text.slice(first.start - offset, last.end - offset)
}

interface Parsed {
  phrase: NounPhrase
  end: number
}

/** How {@link parsePhrase} reads. */
interface PhraseMode {
  /** Read a `de …` / `pour …` complement after the head. */
  complement: boolean
  /** A common noun needs a determiner (except at the start of a sentence). */
  determiner: boolean
}

/**
 * A noun phrase at `at`: [determiner] [adjective] (noun [name] | name)
 * [adjective]{0,3} [preposition + simple noun phrase].
 */
function parsePhrase(reader: Reader, at: number, mode: Readonly<PhraseMode>): Parsed | undefined {
  const {tokens} = reader
  let i = at
  const determiner = determinerOf(tokens[i])
  if (determiner !== undefined) i++
  const bodyStart = i
  let adjectives = 0
  let adjectiveFirst = false
  if (isWord(tokens[i]) && PRENOMINAL.has(tokens[i]!.lower) && isCommonNoun(tokens[i + 1])) {
    adjectiveFirst = true
    adjectives++
    i++
  }
  const first = startsSentence(tokens, i)
  let name = false
  let named = false
  // An adjective used as a noun (`le nouveau`, `le premier`) heads no heading.
  if (isWord(tokens[i]) && PRENOMINAL.has(tokens[i]!.lower)) return undefined
  if (isCommonNoun(tokens[i], first && determiner === undefined, determiner !== undefined && !adjectiveFirst)) {
    if (mode.determiner && determiner === undefined && !adjectiveFirst && !first) return undefined
    const head = tokens[i]!
    // What the head's determiner or form says of its number and gender, to check the adjectives against.
    const own = nounInfo(determiner ? `${tokens[at]!.text}${tokens[at]!.text.endsWith('’') ? '' : ' '}${head.text}` : head.text)
    i++
    // A name in apposition: `l’événement Twitter Spaces`.
    while (isNamePart(tokens[i], false)) {
      named = true
      i++
    }
    while (adjectives < 3 && isPostAdjective(tokens[i]) && agrees(tokens[i]!, own.gender, own.number)) {
      adjectives++
      i++
    }
    // An adjective the author quotes (`des serveurs « tendus »`) keeps its guillemets.
    const quotedAdjective = tokens[i + 1]
    if (tokens[i]?.text === '«' && tokens[i + 2]?.text === '»' && isPostAdjective(quotedAdjective) && agrees(quotedAdjective, own.gender, own.number)) {
      adjectives++
      i += 3
    }
  } else if (!adjectiveFirst && isNamePart(tokens[i], first)) {
    name = true
    named = true
    while (isNamePart(tokens[i], false)) i++
  } else {
    return undefined
  }
  let complement = false
  if (mode.complement && !name && isWord(tokens[i]) && COMPLEMENT_PREPOSITIONS.has(tokens[i]!.lower)) {
    const inner = parsePhrase(reader, i + 1, {complement: false, determiner: false})
    const preposition = tokens[i]!.lower
    const after = tokens[inner?.end ?? -1]
    // A complement cut before its own complement (`au milieu | des perturbations`) or a mere date is left out.
    const cut = isWord(after) && /^(?:de|d’|du|des)$/u.test(after.lower)
    const weak = inner !== undefined && !inner.phrase.name && inner.phrase.adjectives === 0 && WEAK.has(inner.phrase.text.toLowerCase())
    if (inner && !cut && !weak && (inner.phrase.determiner !== undefined || inner.phrase.name || /^(?:de|d’|du|des|au|aux)$/u.test(preposition))) {
      complement = true
      named ||= inner.phrase.named
      i = inner.end
    }
  }
  const text = surface(reader, bodyStart, i)
  const words = tokens.slice(at, i).filter((token) => token.kind === 'word' || token.kind === 'number').length
  if (words > MAX_PHRASE_WORDS || text === '') return undefined
  // An adjective that governs what follows (`une note inférieure | à la moyenne`) leaves the phrase unfinished.
  const next = tokens[i]
  if (isWord(next) && GOVERNED.has(next.lower) && isPostAdjective(tokens[i - 1])) return undefined
  // Coordinated adjectives (`inférieur ou égal à`) are read whole or not at all.
  if (isWord(next) && /^(?:et|ou)$/u.test(next.lower) && isPostAdjective(tokens[i - 1]) && isPostAdjective(tokens[i + 1])) return undefined
  const headWord = tokens[bodyStart + (adjectiveFirst ? 1 : 0)]?.lower ?? ''
  // Only a phrase that may stand alone is held to a strong head; a complement may be a date.
  if (mode.determiner && !name && (WEAK_HEADS.has(headWord) || WEAK.has(headWord))) return undefined
  // A demonstrative points back into the text: a heading cannot (`la création de ce gouvernement`).
  if (tokens.slice(at + (determiner ? 1 : 0), i).some((token) => DEMONSTRATIVES.has(token.lower))) return undefined
  const written = surface(reader, at, i)
  const info = nounInfo(determiner ? written : text)
  return {
    phrase: {
      sentence: reader.sentence.id,
      text,
      determiner,
      written,
      name,
      entity: name ? (reader.entities.get(text) ?? 'other') : undefined,
      gender: info.gender,
      number: info.number,
      adjectiveFirst,
      adjectives,
      complement,
      named,
      words
    },
    end: i
  }
}

/** Noun phrases of a sentence: at each determiner or noun, with and without complement. */
function phrasesOf(reader: Reader): NounPhrase[] {
  const out: NounPhrase[] = []
  const {tokens} = reader
  for (let i = 0; i < tokens.length; i++) {
    const previous = tokens[i - 1]
    // Start only where a phrase can start: not inside another determiner + noun.
    if (previous && determinerOf(previous) !== undefined) continue
    if (determinerOf(tokens[i]) === undefined && !isCommonNoun(tokens[i], startsSentence(tokens, i))) continue
    const full = parsePhrase(reader, i, {complement: true, determiner: true})
    if (!full) continue
    out.push(full.phrase)
    if (full.phrase.complement) {
      const short = parsePhrase(reader, i, {complement: false, determiner: true})
      if (short) out.push(short.phrase)
    }
  }
  return out
}

/** The object of a clause at `at`: a noun phrase, a preposition and a noun phrase, or `comme` + adjective. */
function objectAt(reader: Reader, at: number): {end: number; phrase: NounPhrase | undefined} | undefined {
  const {tokens} = reader
  const direct = parsePhrase(reader, at, {complement: true, determiner: true})
  if (direct) return {end: direct.end, phrase: direct.phrase}
  const word = tokens[at]
  if (!isWord(word)) return undefined
  if (OBJECT_PREPOSITIONS.has(word.lower)) {
    const inner = parsePhrase(reader, at + 1, {complement: true, determiner: true})
    if (inner) return {end: inner.end, phrase: undefined}
  }
  if (/^(?:comme|en)$/u.test(word.lower) && isPostAdjective(tokens[at + 1])) return {end: at + 2, phrase: undefined}
  return undefined
}

/** Clauses `subject + auxiliary|modal + participle|infinitive + …` of a sentence. */
function clausesOf(reader: Reader): Clause[] {
  const out: Clause[] = []
  const {tokens} = reader
  for (let i = 0; i < tokens.length; i++) {
    const previous = tokens[i - 1]
    const opens = i === 0 || previous?.text === ',' || (isWord(previous) && OPENERS.has(previous.lower))
    if (!opens) continue
    const full = parsePhrase(reader, i, {complement: true, determiner: true})
    if (!full || (!full.phrase.name && full.phrase.determiner === undefined)) continue
    let clause = clauseAfter(reader, full.phrase, full.end)
    // A complement the phrase left out (`l’événement Twitter Spaces [de mercredi] pourrait …`) is skipped.
    if (!clause && isWord(tokens[full.end]) && COMPLEMENT_PREPOSITIONS.has(tokens[full.end]!.lower)) {
      const skipped = parsePhrase(reader, full.end + 1, {complement: false, determiner: false})
      if (skipped) clause = clauseAfter(reader, full.phrase, skipped.end)
    }
    if (!clause) continue
    out.push(clause)
    // The subject without its complement makes a shorter question (`l’événement Twitter Spaces [de mercredi]`).
    if (full.phrase.complement) {
      const short = parsePhrase(reader, i, {complement: false, determiner: true})
      if (short) out.push({...clause, subject: short.phrase})
    }
  }
  return out
}

const WHAT_OPENERS = new Set(fr.WHAT_CLAUSE_OPENERS)

/**
 * `ce que l’avenir réserve à Twitter`: subject, finite verb agreeing with
 * it, and an optional `à …` phrase — the material of `Que réserve l’avenir à Twitter ?`.
 */
function whatClausesOf(reader: Reader): Clause[] {
  const out: Clause[] = []
  const {tokens} = reader
  for (let i = 2; i < tokens.length; i++) {
    const opener = tokens[i - 1]
    if (!isWord(opener) || !WHAT_OPENERS.has(opener.lower) || tokens[i - 2]?.lower !== 'ce') continue
    const subject = parsePhrase(reader, i, {complement: true, determiner: true})
    if (!subject || (!subject.phrase.name && subject.phrase.determiner === undefined)) continue
    const verb = tokens[subject.end]
    if (!isWord(verb) || verb.stop || capitalised(verb) || NOT_ADJECTIVES.has(verb.lower)) continue
    if (fr.PAST_PARTICIPLE_ENDING.test(verb.lower) || fr.INFINITIVE_ENDING.test(verb.lower)) continue
    const agrees = subject.phrase.number === 'P' ? /(?:ent|ont)$/u.test(verb.lower) : /[etd]$/u.test(verb.lower) && !/ent$/u.test(verb.lower)
    if (!agrees) continue
    let end = subject.end + 1
    const preposition = tokens[end]
    if (isWord(preposition) && /^(?:à|au|aux)$/u.test(preposition.lower)) {
      const object = parsePhrase(reader, end + 1, {complement: false, determiner: false})
      if (object) end = object.end
    }
    const rest = end > subject.end + 1 ? surface(reader, subject.end + 1, end) : ''
    out.push({sentence: reader.sentence.id, subject: subject.phrase, verb: verb.text, rest, object: undefined, kind: 'what', pronounSafe: true, barePassive: false})
  }
  return out
}

/** The verb and object after a subject ending at `at`. */
function clauseAfter(reader: Reader, subject: NounPhrase, at: number): Clause | undefined {
  const {tokens} = reader
  let v = at
  const verb = tokens[v]
  if (!isWord(verb)) return undefined
  const kind = DONE.has(verb.lower) ? 'done' : MODAL.has(verb.lower) ? 'modal' : undefined
  if (!kind) return undefined
  v++
  if (isWord(tokens[v]) && MIDDLE_ADVERBS.has(tokens[v]!.lower)) v++
  const main = tokens[v]
  if (!isWord(main) || main.stop || capitalised(main) || NOT_ADJECTIVES.has(main.lower)) return undefined
  const form = kind === 'done' ? fr.PAST_PARTICIPLE_ENDING : fr.INFINITIVE_ENDING
  if (!form.test(main.lower)) return undefined
  v++
  const object = objectAt(reader, v)
  const end = object ? object.end : v
  const passive = kind === 'done' && PASSIVE.has(verb.lower)
  if (!object && !passive) return undefined
  const after = tokens[end]
  // A clause cut in the middle of a longer object reads wrong.
  // An adjunct (`pour les politiciens`) may be left out; a `de …` or `à …` complement may not.
  if (isWord(after) && (GOVERNED.has(after.lower) || isPostAdjective(after))) return undefined
  return {
    sentence: reader.sentence.id,
    subject,
    verb: verb.text,
    rest: surface(reader, at + 1, end),
    object: object?.phrase,
    kind,
    pronounSafe: subject.entity !== 'person',
    barePassive: passive && !object
  }
}

/** Quotations in guillemets in the blocks of a section, with their speaker when named. */
function quotesOf(analysis: Analysis, sentenceIds: readonly number[], persons: readonly string[]): Quotation[] {
  const out: Quotation[] = []
  const ids = new Set(sentenceIds)
  const blocks = [...new Set(sentenceIds.map((id) => analysis.sentences[id]!.block))].filter((id) => analysis.blocks[id]?.type === 'paragraph')
  for (const blockId of blocks) {
    const block = analysis.blocks[blockId]!
    const pattern = /«([^«»]*)»/gu
    for (let match = pattern.exec(block.text); match; match = pattern.exec(block.text)) {
      const start = match.index
      const end = start + match[0].length
      const sentences = block.sentences.filter((id) => {
        const sentence = analysis.sentences[id]!
        return ids.has(id) && sentence.start < end && sentence.end > start
      })
      if (sentences.length === 0) continue
      const text = trimQuote(match[1]!)
      const count = text.split(/\s+/u).length
      if (!/^\p{Lu}/u.test(text) || count < fr.HEADING_QUOTE_WORDS.min || count > fr.HEADING_QUOTE_WORDS.max) continue
      if (/[«»"“”]/u.test(text) || /[.!?]\s/u.test(text)) continue
      // A quote cut after a function word (`… en disant simplement que`) is not a statement.
      const words = tokenize(text).filter((token) => token.kind === 'word')
      const last = words.at(-1)
      if (!last || last.stop) continue
      // A quote without a verb is a name or a title (`« Congrès national général »`), not a statement.
      const quoted = sentences.flatMap((id) => analysis.sentences[id]!.tokens).filter((token) => token.start >= start && token.end <= end)
      if (quoted.some((token) => token.pos !== undefined) && !quoted.some((token) => token.pos === 'VERB' || token.pos === 'AUX')) continue
      out.push({sentences, text, speaker: speakerOf(block.text.slice(end, end + 90), persons)})
    }
  }
  return out
}

/** A quote's words without the spaces around them and the final full stop or comma. */
function trimQuote(text: string): string {
  let end = text.length
  // A loop, not a regular expression: a long run of spaces must not cost quadratic time.
  while (end > 0 && /[\s.,;:…]/u.test(text.charAt(end - 1))) end--
  return text.slice(0, end).trim()
}

/** The person named right after a quote with a verb of saying (`», a déclaré Jo-Ellen Pozner`). */
function speakerOf(after: string, persons: readonly string[]): string | undefined {
  const clause = /^\s*[,!?]?\s*([^.«»]*)/u.exec(after)?.[1] ?? ''
  const words = clause.split(/[\s,]+/u).map((word) => word.toLowerCase())
  const speech = words.findIndex((word) => SPEECH.has(word))
  if (speech < 0 || speech > 2) return undefined
  const rest = clause.split(/[\s,]+/u).slice(speech + 1).join(' ')
  // The longest person name that follows the verb within a few words.
  const found = persons
    .filter((name) => {
      const at = rest.indexOf(name)
      return at >= 0 && at <= 12
    })
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
  return found[0]
}

/** Noun phrases, quotations and clauses of a section's sentences. */
export function sectionMaterial(analysis: Analysis, sentenceIds: readonly number[]): SectionMaterial {
  const entities = new Map<string, Entity['kind']>()
  for (const entity of analysis.entities) entities.set(entity.text, entity.kind)
  // Speakers: people, and names of two words or more the entity finder could not place (`Jo-Ellen Pozner`).
  const persons = analysis.entities
    .filter((entity) => entity.kind === 'person' || (entity.kind === 'other' && /\S\s+\S/u.test(entity.text)))
    .map((entity) => entity.text)
  const phrases: NounPhrase[] = []
  const clauses: Clause[] = []
  for (const id of sentenceIds) {
    const sentence = analysis.sentences[id]
    if (!sentence) continue
    const block = analysis.blocks[sentence.block]
    // Headings and table cells are not prose a heading can be drawn from.
    if (block?.type !== 'paragraph') continue
    const reader: Reader = {sentence, tokens: sentence.tokens, entities}
    phrases.push(...phrasesOf(reader))
    clauses.push(...clausesOf(reader), ...whatClausesOf(reader))
  }
  return {phrases, quotes: quotesOf(analysis, sentenceIds, persons), clauses}
}
