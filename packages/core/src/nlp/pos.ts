import {fr} from '@titraille/rules'
import {isKnownNoun} from './nouns.js'
import type {PartOfSpeech, Token} from './types.js'

const DETERMINERS: ReadonlySet<string> = new Set(fr.DETERMINER_WORDS)
const PRONOUNS: ReadonlySet<string> = new Set(fr.PRONOUN_WORDS)
const PREPOSITIONS: ReadonlySet<string> = new Set(fr.PREPOSITION_WORDS)
const CONJUNCTIONS: ReadonlySet<string> = new Set(fr.CONJUNCTION_WORDS)
const AUXILIARIES: ReadonlySet<string> = new Set(fr.AUXILIARY_FORMS)
const ADVERBS: ReadonlySet<string> = new Set(fr.ADVERB_WORDS)
const INVERTED: ReadonlySet<string> = new Set(fr.INVERTED_PRONOUNS)
/** Clitics right before a verb: subject, object and reflexive pronouns, negation. */
const BEFORE_VERB: ReadonlySet<string> = new Set(['je', 'j', 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'se', 's', 'ne', 'n', 'me', 'm', 'te', 't', 'lui', 'y'])
const OBJECT_CLITICS: ReadonlySet<string> = new Set(['le', 'la', 'les', 'l', 'en', 'y', 'lui', 'leur', 'nous', 'vous'])
const BEFORE_INFINITIVE: ReadonlySet<string> = new Set(['de', 'd', 'à', 'pour', 'sans', 'pouvoir', 'peut', 'peuvent', 'veut', 'veulent', 'doit', 'doivent', 'va', 'vont', 'faut'])

const PARTICIPLE = /(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites)$/u
const INFINITIVE = /(?:er|ir|re)$/u
const FINITE = /(?:ra|ras|rai|rons|rez|ront|rait|raient|ait|aient|èrent|ons|ez|issent|ent)$/u
const ADJECTIVE = /(?:al|ale|aux|ales|el|elle|els|elles|ique|iques|ien|ienne|iens|iennes|ais|aise|aises|ois|oise|oises|if|ive|ifs|ives|aire|aires|eux|euse|euses|ain|aine|ains|aines|ant|ante|ants|antes|ible|ibles|able|ables|iste|istes)$/u

/** The bare lowercase form of a word token (without a final elision apostrophe). */
export function bareWord(token: Token): string {
  return token.lower.endsWith('’') ? token.lower.slice(0, -1) : token.lower
}

/**
 * Whether a word not in the noun list is a verb in the imperfect or the conditional (`prenait`,
 * `prendrait`, `devaient`), not a participle in `-it` (`dit`): of those, only `fait` and `trait` and
 * their kin (`satisfait`, `extrait`) end in `-ait`.
 */
export function isImperfect(word: string): boolean {
  return /(?:ait|aient)$/u.test(word) && !/(?:fait|trait)$/u.test(word)
}

/** Whether a word has an adjective's or a participle's ending (`français`, `métallique`, `blessé`). */
export function looksAdjective(word: string): boolean {
  return ADJECTIVE.test(word) || PARTICIPLE.test(word)
}

/** Whether a word token is a verb with an inverted subject pronoun (`est-il`, `a-t-elle`). */
export function isInverted(lower: string): boolean {
  const parts = lower.split('-')
  return parts.length > 1 && INVERTED.has(parts[parts.length - 1]!) && !isKnownNoun(lower)
}

/**
 * Part of speech of each token of one sentence, from closed word lists, the
 * Lefff noun list, word endings and the word before (`il` + word → verb,
 * `a` + `-é` → participle). Deterministic and fast; about nine words in ten
 * right on news prose. Sets `token.pos` and returns the tokens.
 */
export function tagSentence(tokens: Token[]): Token[] {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    token.pos = tagOne(token, tokens[i - 1], i === 0 || /^[.!?…«“"—–:]$/u.test(tokens[i - 1]!.text))
  }
  return tokens
}

function tagOne(token: Token, previous: Token | undefined, initial: boolean): PartOfSpeech {
  if (token.kind === 'number') return 'NUM'
  if (token.kind === 'punct') return 'PUNCT'
  if (token.kind !== 'word') return 'SYM'
  const word = bareWord(token)
  const before = previous?.kind === 'word' ? bareWord(previous) : ''
  const beforePos = previous?.pos
  if (isInverted(word)) return AUXILIARIES.has(word.split('-')[0]!) ? 'AUX' : 'VERB'
  if (AUXILIARIES.has(word) && word !== 'été') return 'AUX'
  if (word === 'été') return beforePos === 'AUX' || beforePos === 'PRON' ? 'AUX' : beforePos === 'DET' ? 'NOUN' : 'AUX'
  // `il le voit`: an article right after a subject pronoun is an object pronoun.
  if ((word === 'le' || word === 'la' || word === 'les' || word === 'l') && BEFORE_VERB.has(before)) return 'PRON'
  if (word === 'en' || word === 'y') return BEFORE_VERB.has(before) ? 'PRON' : word === 'en' ? 'ADP' : 'PRON'
  // `numéro un mondial`: a rank, not an article.
  if ((word === 'un' || word === 'une') && before === 'numéro') return 'NUM'
  if (DETERMINERS.has(word)) return 'DET'
  if (PREPOSITIONS.has(word)) return 'ADP'
  if (CONJUNCTIONS.has(word)) return 'CCONJ'
  if (PRONOUNS.has(word) && word !== 'personne') return 'PRON'
  if (ADVERBS.has(word)) return 'ADV'
  const capital = /^\p{Lu}/u.test(token.text)
  if (capital && (!initial || !isKnownNoun(word))) return 'PROPN'
  if (BEFORE_VERB.has(before) || (beforePos === 'PRON' && OBJECT_CLITICS.has(before))) return 'VERB'
  if (beforePos === 'AUX' && PARTICIPLE.test(word)) return 'VERB'
  // `était pleine`: an attribute after `être`.
  if (beforePos === 'AUX' && !isKnownNoun(word) && ADJECTIVE.test(word)) return 'ADJ'
  // After a determiner comes the noun, unless a pre-nominal adjective (`la grande salle`).
  if (beforePos === 'DET') return fr.GENERAL_ADJECTIVES_ADVERBS.includes(word) ? 'ADJ' : 'NOUN'
  if (BEFORE_INFINITIVE.has(before) && INFINITIVE.test(word) && !isKnownNoun(word)) return 'VERB'
  if (isKnownNoun(word)) return 'NOUN'
  if (/ment$/u.test(word)) return 'ADV'
  if (isImperfect(word)) return 'VERB'
  if (ADJECTIVE.test(word) || PARTICIPLE.test(word)) return 'ADJ'
  if (FINITE.test(word) || INFINITIVE.test(word)) return 'VERB'
  return 'NOUN'
}

/** The fr-compromise tagger, once {@link loadPos} has loaded it. */
type Compromise = (text: string) => {json: (options: {offset: boolean}) => {terms: {tags: string[]; offset: {start: number; length: number}}[]}[]}
let compromise: Compromise | undefined

/**
 * Load fr-compromise (about 0.8 s) so that {@link refinePos} can use it.
 * Optional: without it the word-list tagger is used. Resolves with whether it loaded.
 */
export async function loadPos(): Promise<boolean> {
  if (compromise) return true
  try {
    const module = (await import('fr-compromise')) as unknown as {default: Compromise}
    compromise = module.default
    return true
  } catch {
    return false
  }
}

/** Whether fr-compromise is loaded. */
export function posLoaded(): boolean {
  return compromise !== undefined
}

const FROM_COMPROMISE: readonly [string, PartOfSpeech][] = [
  ['ProperNoun', 'PROPN'],
  ['Noun', 'NOUN'],
  ['Verb', 'VERB'],
  ['Adjective', 'ADJ'],
  ['Adverb', 'ADV'],
  ['Value', 'NUM']
]

/**
 * Refine the open-class tags (noun, verb, adjective, adverb) of a block's
 * tokens with fr-compromise when it is loaded; closed-class tags from the
 * word lists are kept (fr-compromise tags `a` as a preposition). Returns
 * whether anything was refined.
 */
export function refinePos(text: string, tokens: Token[]): boolean {
  if (!compromise) return false
  const open = new Set<PartOfSpeech | undefined>(['NOUN', 'VERB', 'ADJ', 'ADV'])
  const byStart = new Map<number, Token>()
  for (const token of tokens) if (token.kind === 'word' && open.has(token.pos) && !isKnownNoun(bareWord(token))) byStart.set(token.start, token)
  if (byStart.size === 0) return false
  for (const sentence of compromise(text).json({offset: true})) {
    for (const term of sentence.terms) {
      const token = byStart.get(term.offset.start)
      if (!token || term.offset.length !== token.end - token.start) continue
      const found = FROM_COMPROMISE.find(([tag]) => term.tags.includes(tag))
      if (found) token.pos = found[1]
    }
  }
  return true
}
