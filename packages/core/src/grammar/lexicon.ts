import {getPlural} from 'french-words'
// The Lefff noun-gender list (42 k nouns, ~0.7 MB, ~20 ms to parse): imported
// once as a JSON module so every bundler and runtime can load it without `node:`.
import genderList from 'french-words-gender-lefff/dist/words.json' with {type: 'json'}
import {DETERMINER_AGREEMENT, EPICENE_NOUNS, GENDER_BY_ENDING, INVARIABLE_NOUNS, NOUN_GENDERS, type Gender, type GrammaticalNumber} from '@titraille/rules/fr'

const LEXICON = genderList as Readonly<Record<string, Gender>>
const INVARIABLE = new Set(INVARIABLE_NOUNS)
const EPICENE = new Set(EPICENE_NOUNS)

/** What the grammar module knows of a noun. */
export interface NounInfo {
  gender: Gender
  number: GrammaticalNumber
  /** The gender comes from a lexicon (not from the ending or the default). */
  known: boolean
}

function normalize(word: string): string {
  return word.normalize('NFC').replace(/'/gu, '’')
}

/** Memo of {@link lexiconGender}: headings and expansion ask about the same words again and again. */
const genderMemo = new Map<string, Gender | null>()

function lexiconGender(word: string): Gender | undefined {
  let known = genderMemo.get(word)
  if (known === undefined) {
    known = lookupGender(word) ?? null
    if (genderMemo.size > 50_000) genderMemo.clear()
    genderMemo.set(word, known)
  }
  return known ?? undefined
}

function lookupGender(word: string): Gender | undefined {
  const lower = normalize(word).toLowerCase()
  const own = NOUN_GENDERS[lower]
  if (own) return own
  // Both genders: masculine, unless a determiner says otherwise (it wins in nounInfo).
  if (EPICENE.has(lower)) return 'M'
  // The Lefff list writes the straight apostrophe.
  const lefff = lower.replace(/’/gu, "'")
  return Object.hasOwn(LEXICON, lefff) ? LEXICON[lefff] : undefined
}

/** The singular a plural-looking word comes from, when the lexicon knows it. */
function singularOf(word: string): string | undefined {
  const lower = normalize(word).toLowerCase()
  if (INVARIABLE.has(lower)) return undefined
  const candidates: string[] = []
  if (/aux$/u.test(lower)) candidates.push(lower.slice(0, -3) + 'al', lower.slice(0, -3) + 'ail')
  if (/[sx]$/u.test(lower)) candidates.push(lower.slice(0, -1))
  return candidates.find((candidate) => lexiconGender(candidate) !== undefined)
}

/** Whether the lexicon knows a word as a noun, singular or plural (`serveurs`, `journaux`). */
export function isNoun(word: string): boolean {
  return lexiconGender(word) !== undefined || singularOf(word) !== undefined
}

/** The head word of a noun phrase: the first word the lexicon knows as a noun (`nouvelle fonctionnalité` → `fonctionnalité`). */
export function headNoun(phrase: string): string {
  const words = normalize(phrase).trim().split(/\s+/u)
  for (const word of words.slice(0, 3)) {
    if (lexiconGender(word) !== undefined || singularOf(word) !== undefined) return word
  }
  return words[0] ?? ''
}

/** The phrase without a leading determiner, and what that determiner shows (`la plate-forme` → F S). */
function splitDeterminer(phrase: string): {rest: string; gender: Gender | null; number: GrammaticalNumber | null} {
  const text = normalize(phrase).trim()
  const match = /^(l’|\p{L}+\s+)/u.exec(text)
  const word = match ? match[1]!.trim().toLowerCase() : ''
  const agreement = Object.hasOwn(DETERMINER_AGREEMENT, word) ? DETERMINER_AGREEMENT[word] : undefined
  if (!match || !agreement) return {rest: text, gender: null, number: null}
  return {rest: text.slice(match[0].length), gender: agreement.gender, number: agreement.number}
}

/**
 * Gender, number and certainty of a noun or noun phrase (its head word; a
 * leading determiner wins: `la plate-forme`, `les serveurs`). Proper nouns
 * default to masculine singular.
 */
export function nounInfo(noun: string): NounInfo {
  let info = infoMemo.get(noun)
  if (info === undefined) {
    info = computeNounInfo(noun)
    if (infoMemo.size > 50_000) infoMemo.clear()
    infoMemo.set(noun, info)
  }
  return {...info}
}

const infoMemo = new Map<string, NounInfo>()

function computeNounInfo(noun: string): NounInfo {
  const split = splitDeterminer(noun)
  const info = bareNounInfo(split.rest)
  return {
    gender: split.gender ?? info.gender,
    number: split.number ?? info.number,
    known: split.gender !== null || info.known
  }
}

function bareNounInfo(noun: string): NounInfo {
  const head = headNoun(noun)
  const direct = lexiconGender(head)
  const lower = normalize(head).toLowerCase()
  if (direct !== undefined) return {gender: direct, number: 'S', known: true}
  const singular = singularOf(head)
  if (singular !== undefined) return {gender: lexiconGender(singular) ?? 'M', number: 'P', known: true}
  // A name (`Twitter`, `DeSantis`) takes the masculine singular pronoun by default.
  if (/^\p{Lu}/u.test(head)) return {gender: 'M', number: 'S', known: false}
  const bare = /[^s]s$/u.test(lower) && !INVARIABLE.has(lower) ? lower.slice(0, -1) : lower
  const ending = GENDER_BY_ENDING.find(([suffix]) => bare.endsWith(suffix))
  return {gender: ending ? ending[1] : 'M', number: bare === lower ? 'S' : 'P', known: false}
}

/** Grammatical gender of a noun or noun phrase (`audience` → `F`). */
export function nounGender(noun: string): Gender {
  return nounInfo(noun).gender
}

/** Grammatical number of a noun or noun phrase (`problèmes` → `P`). */
export function nounNumber(noun: string): GrammaticalNumber {
  return nounInfo(noun).number
}

/** Plural of one French noun or adjective (`journal` → `journaux`). */
export function pluralize(word: string): string {
  if (INVARIABLE.has(normalize(word).toLowerCase())) return word
  return getPlural(null, word)
}
