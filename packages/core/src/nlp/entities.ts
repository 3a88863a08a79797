import {fr} from '@titraille/rules'
import {isKnownNoun} from './nouns.js'
import type {Block, Entity, Sentence, Token} from './types.js'

const TITLES: ReadonlySet<string> = new Set(fr.PERSON_TITLES)
const FIRST_NAMES: ReadonlySet<string> = new Set(fr.FIRST_NAMES)
const ORGANIZATION_WORDS: ReadonlySet<string> = new Set(fr.ORGANIZATION_WORDS)
const PLACE_WORDS: ReadonlySet<string> = new Set(fr.PLACE_WORDS)
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(fr.PLACE_PREPOSITIONS)
const PLACES: ReadonlySet<string> = new Set(fr.PLACES)
const PARTICLES: ReadonlySet<string> = new Set(fr.NAME_PARTICLES)
/** English words inside names (`Institute for …`, `Bank of …`), lowercase as written. */
const ENGLISH_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', '&'])

const bare = (token: Token) => (token.lower.endsWith('’') ? token.lower.slice(0, -1) : token.lower)
const isCapitalised = (token: Token | undefined): token is Token => token !== undefined && token.kind === 'word' && /^\p{Lu}/u.test(token.text)
/** Punctuation after which a capital belongs to the sentence, not to the word. */
const OPENS = /^[«“"(—–:.!?…-]$/u

type Kind = Entity['kind']

interface Clues {
  entity: Entity
  /** Span lowercase words, for the kind decision. */
  words: string[]
  strong: Map<Kind, number>
  /** Occurrences after a preposition of place (`à Rennes`): weak, also true of `à Twitter`. */
  afterPlacePreposition: number
  mentions: number
}

/** Whether `word` is a first name the rules know (`René`, `marc`), whatever its case. */
export function isFirstName(word: string): boolean {
  return FIRST_NAMES.has(word.toLowerCase())
}

/** Time zones written in capitals (`5 h 25 CEST`, `3 h 25 UTC`): no names. */
const TIME_ZONES: ReadonlySet<string> = new Set(['UTC', 'GMT', 'CET', 'CEST', 'WET', 'WEST', 'EET', 'EEST', 'BST', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'HNE', 'HAE', 'HNC', 'HAC', 'HNR', 'HAR', 'HNP', 'HAP', 'HNA', 'HAA', 'JST', 'AEST', 'AEDT'])

/**
 * Named entities of an analysed article: runs of capitalised words (with
 * particles such as `de`, `van` inside names of people and institutions),
 * skipping a capital that only starts the sentence; kinds from known lists
 * (`Université …`, `Londres`), a title or first name before the name, and
 * prepositions of place. Good enough for titles; `other` when unsure.
 */

export function findEntities(blocks: Block[], sentences: Sentence[]): Entity[] {
  const capitalisedInside = new Set<string>()
  for (const sentence of sentences) {
    const tokens = sentence.tokens
    for (let i = 1; i < tokens.length; i++) if (isCapitalised(tokens[i]) && !OPENS.test(tokens[i - 1]!.text)) capitalisedInside.add(tokens[i]!.text)
  }
  const found = new Map<string, Clues>()
  for (const sentence of sentences) {
    if (blocks[sentence.block]?.type === 'heading') continue
    const tokens = sentence.tokens
    let i = 0
    while (i < tokens.length) {
      const token = tokens[i]!
      const initial = i === 0 || OPENS.test(tokens[i - 1]!.text)
      if (!isCapitalised(token) || token.functionWord || (initial && !startsName(token, tokens[i + 1], capitalisedInside))) {
        i++
        continue
      }
      const end = runEnd(tokens, i)
      const span = tokens.slice(i, end + 1)
      if (span.length === 1 && TIME_ZONES.has(token.text)) {
        i = end + 1
        continue
      }
      const text = blocks[sentence.block]!.text.slice(span[0]!.start, span[span.length - 1]!.end)
      const clues = found.get(text) ?? {entity: {text, kind: 'other', occurrences: [] as number[]}, words: span.map(bare), strong: new Map(), afterPlacePreposition: 0, mentions: 0}
      clues.mentions++
      const kind = strongKind(span, tokens[i - 1], tokens[i - 2])
      if (kind) clues.strong.set(kind, (clues.strong.get(kind) ?? 0) + 1)
      if (tokens[i - 1] && PLACE_PREPOSITIONS.has(bare(tokens[i - 1]!))) clues.afterPlacePreposition++
      if (clues.entity.occurrences[clues.entity.occurrences.length - 1] !== sentence.id) clues.entity.occurrences.push(sentence.id)
      found.set(text, clues)
      i = end + 1
    }
  }
  const all = [...found.values()]
  const alone = new Set(all.filter((c) => c.words.length === 1).map((c) => c.entity.text))
  for (const clues of all) clues.entity.kind = decide(clues, alone)
  // A single word that is the last name of a person found in full is that person.
  const people = all.filter((c) => c.entity.kind === 'person' && c.words.length > 1).map((c) => c.entity.text)
  for (const {entity} of all) if (entity.kind === 'other' && people.some((p) => p.endsWith(` ${entity.text}`))) entity.kind = 'person'
  return all.map((c) => c.entity).sort((a, b) => b.occurrences.length - a.occurrences.length || a.occurrences[0]! - b.occurrences[0]!)
}

/** Whether a capitalised word at the start of a sentence starts a name. */
function startsName(token: Token, next: Token | undefined, capitalisedInside: ReadonlySet<string>): boolean {
  if (capitalisedInside.has(token.text) || PLACES.has(token.lower) || FIRST_NAMES.has(token.lower)) return true
  // `Elon Musk a …`: a capital run whose first word is no common French noun.
  return isCapitalised(next) && !isKnownNoun(token.lower)
}

/**
 * Whether token `k` is an English word that joins two parts of one name (`Allen Institute for
 * Artificial Intelligence`, `Gordon and Betty Moore Foundation`, `Museum of the Moving Image`):
 * French text has these words only inside such names.
 */
export function joinsName(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]
  if (token === undefined || !ENGLISH_CONNECTORS.has(token.text)) return false
  const before = tokens[k - 1]
  const after = tokens[k + 1]
  // (A boolean, not the type guard, so that the other branch still reads the token.)
  const capital = (candidate: Token | undefined): boolean => isCapitalised(candidate)
  const capitalBefore = before !== undefined && (capital(before) || (ENGLISH_CONNECTORS.has(before.text) && joinsName(tokens, k - 1)))
  const capitalAfter = after !== undefined && (capital(after) || (after.text === 'the' && capital(tokens[k + 2])))
  return capitalBefore && capitalAfter
}

/** Index of the last token of the name starting at `i`. */
function runEnd(tokens: Token[], i: number): number {
  let end = i
  let j = i + 1
  const institution = () => tokens.slice(i, end + 1).some((t) => ORGANIZATION_WORDS.has(bare(t)) || PLACE_WORDS.has(bare(t))) || FIRST_NAMES.has(bare(tokens[i]!))
  while (j < tokens.length) {
    const next = tokens[j]!
    if (isCapitalised(next) && !next.functionWord && next.start - tokens[j - 1]!.end <= 1) {
      // `gouverneur de Floride Ron DeSantis`: a first name starts another name.
      if (FIRST_NAMES.has(bare(next)) && isCapitalised(tokens[j + 1]) && !FIRST_NAMES.has(bare(tokens[j - 1]!))) break
      end = j
      j++
    } else if (next.kind === 'word' && ['Le', 'La', 'Du', 'De'].includes(next.text) && end === i && FIRST_NAMES.has(bare(tokens[i]!)) && isCapitalised(tokens[j + 1]) && !tokens[j + 1]!.functionWord) {
      // `Marine Le Pen`, `Armel Le Cléac’h`: a capitalised particle after a first name.
      j++
    } else if (joinsName(tokens, j)) {
      // An English name: `Allen Institute for Artificial Intelligence`, `Gordon and Betty Moore
      // Foundation`, `Bank of America` (French text has these words only inside such names).
      j += tokens[j + 1]?.text === 'the' ? 2 : 1
    } else if (next.kind === 'word' && PARTICLES.has(bare(next)) && next.text === next.lower && isCapitalised(tokens[j + 1]) && institution()) {
      // `Université de Santa Clara`, `Charles de Gaulle`; not `SpaceX de Musk`.
      j++
    } else break
  }
  return end
}

/** A kind the span itself or the word before it tells for sure. */
function strongKind(span: Token[], before: Token | undefined, beforeBefore: Token | undefined): Kind | undefined {
  const words = span.map(bare)
  if (PLACES.has(span.map((t) => t.lower).join(' '))) return 'place'
  if (words.some((w) => ORGANIZATION_WORDS.has(w))) return 'organization'
  if (words.some((w) => PLACE_WORDS.has(w))) return 'place'
  if (FIRST_NAMES.has(words[0]!) && span.length > 1) return 'person'
  if (before && TITLES.has(bare(before))) return 'person'
  if (before?.text === '.' && beforeBefore && TITLES.has(bare(beforeBefore))) return 'person'
  return undefined
}

function decide(clues: Clues, alone: ReadonlySet<string>): Kind {
  let best: Kind | undefined
  let most = 0
  for (const kind of ['person', 'organization', 'place'] as const) {
    const n = clues.strong.get(kind) ?? 0
    if (n > most) {
      best = kind
      most = n
    }
  }
  if (best) return best
  // `à Rennes` every time is a place; `à Twitter` once in twelve is not.
  if (2 * clues.afterPlacePreposition >= clues.mentions && clues.afterPlacePreposition > 0) return 'place'
  const {text} = clues.entity
  if (clues.words.length === 1 && /^\p{Lu}{2,}$/u.test(text)) return 'organization'
  // `Jo-Ellen Pozner … Pozner`: two or three capitalised words whose last one is also used alone.
  const parts = text.split(' ')
  if (parts.length >= 2 && parts.length <= 3 && parts.every((p) => /^\p{Lu}\p{Ll}/u.test(p)) && alone.has(parts[parts.length - 1]!)) return 'person'
  return 'other'
}
