import {fr} from '@titraille/rules'
import type {Block, Entity, Sentence, Token} from './types.js'

const TITLES: ReadonlySet<string> = new Set(fr.PERSON_TITLES)
const FIRST_NAMES: ReadonlySet<string> = new Set(fr.FIRST_NAMES)
const ORGANIZATION_WORDS: ReadonlySet<string> = new Set(fr.ORGANIZATION_WORDS)
const PLACE_WORDS: ReadonlySet<string> = new Set(fr.PLACE_WORDS)
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(fr.PLACE_PREPOSITIONS)
const PLACES: ReadonlySet<string> = new Set(fr.PLACES)
const PARTICLES: ReadonlySet<string> = new Set(fr.NAME_PARTICLES)

const bare = (token: Token) => (token.lower.endsWith('’') ? token.lower.slice(0, -1) : token.lower)
const isCapitalised = (token: Token | undefined) => token !== undefined && token.kind === 'word' && /^\p{Lu}/u.test(token.text)

/**
 * Named entities of an analysed article: sequences of capitalised words
 * (with particles such as `de`, `van` inside), skipping a capital that only
 * starts the sentence unless the word is capitalised elsewhere too; kind from
 * known lists, titles before the name and prepositions of place.
 */
export function findEntities(blocks: Block[], sentences: Sentence[]): Entity[] {
  const capitalisedInside = new Set<string>()
  for (const sentence of sentences) {
    sentence.tokens.forEach((token, i) => {
      if (i > 0 && isCapitalised(token) && !/^[«“"(—–-]$/.test(sentence.tokens[i - 1]!.text)) capitalisedInside.add(token.text)
    })
  }
  const found = new Map<string, {entity: Entity; votes: Map<Entity['kind'], number>}>()
  for (const sentence of sentences) {
    if (blocks[sentence.block]?.type === 'heading') continue
    const tokens = sentence.tokens
    let i = 0
    while (i < tokens.length) {
      const token = tokens[i]!
      const initial = i === 0 || /^[«“"(—–:.!?-]$/.test(tokens[i - 1]!.text)
      if (!isCapitalised(token) || token.stop || (initial && !capitalisedInside.has(token.text) && !PLACES.has(token.lower))) {
        i++
        continue
      }
      let j = i + 1
      let end = i
      while (j < tokens.length) {
        const next = tokens[j]!
        if (isCapitalised(next) && next.start - tokens[j - 1]!.end <= 1) {
          end = j
          j++
        } else if (next.kind === 'word' && PARTICLES.has(bare(next)) && isCapitalised(tokens[j + 1]) && next.text === next.lower) {
          j++
        } else break
      }
      const span = tokens.slice(i, end + 1)
      const text = blocks[sentence.block]!.text.slice(span[0]!.start, span[span.length - 1]!.end)
      const kind = kindOf(span, tokens[i - 1], tokens[i - 2])
      const entry = found.get(text) ?? {entity: {text, kind, occurrences: [] as number[]}, votes: new Map<Entity['kind'], number>()}
      entry.votes.set(kind, (entry.votes.get(kind) ?? 0) + 1)
      if (entry.entity.occurrences[entry.entity.occurrences.length - 1] !== sentence.id) entry.entity.occurrences.push(sentence.id)
      found.set(text, entry)
      i = end + 1
    }
  }
  const entities: Entity[] = []
  for (const {entity, votes} of found.values()) {
    // The most telling clue over all occurrences wins; `other` only when nothing else was seen.
    let best: Entity['kind'] = 'other'
    let most = 0
    for (const kind of ['person', 'organization', 'place'] as const) {
      const n = votes.get(kind) ?? 0
      if (n > most) {
        best = kind
        most = n
      }
    }
    entity.kind = best
    entities.push(entity)
  }
  // A single word that is the last name of a person found in full is that person.
  const people = entities.filter((e) => e.kind === 'person' && e.text.includes(' '))
  for (const entity of entities) {
    if (entity.kind === 'other' && people.some((p) => p.text.endsWith(` ${entity.text}`))) entity.kind = 'person'
  }
  return entities.sort((a, b) => b.occurrences.length - a.occurrences.length || a.occurrences[0]! - b.occurrences[0]!)
}

function kindOf(span: Token[], before: Token | undefined, beforeBefore: Token | undefined): Entity['kind'] {
  const lowers = span.map(bare)
  const joined = span.map((t) => t.lower).join(' ')
  if (PLACES.has(joined)) return 'place'
  if (lowers.some((w) => ORGANIZATION_WORDS.has(w))) return 'organization'
  if (lowers.some((w) => PLACE_WORDS.has(w))) return 'place'
  if (FIRST_NAMES.has(lowers[0]!) && span.length > 1) return 'person'
  if (before && TITLES.has(bare(before))) return 'person'
  if (before && PLACE_PREPOSITIONS.has(bare(before))) return 'place'
  if (before?.text === '.' && beforeBefore && TITLES.has(bare(beforeBefore))) return 'person'
  if (span.length === 1 && /^\p{Lu}{2,}$/u.test(span[0]!.text)) return 'organization'
  if (span.length >= 2 && span.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text))) return 'person'
  return 'other'
}
