import {fr} from '@titraille/rules'
import type {Token} from '../nlp/types.js'

const ETRE = new Set(fr.ETRE_FORMS)
const INSERTS = new Set(fr.PASSIVE_INSERTS)
const IRREGULAR = new Set(fr.IRREGULAR_PARTICIPLES)
const NOT_PASSIVE = new Set(fr.NOT_PASSIVE_PARTICIPLES)
const REFLEXIVE = new Set(fr.REFLEXIVE_PRONOUNS)
/** Words before `été` that make it the season (`l’été`, `cet été`). */
const SEASON = new Set(['l’', 'cet', 'en', 'd’', 'chaque', 'tout'])

/** Masculine singular candidates of a word that may be a participle (`lancées` → `lancée`, `lancé` …). */
function bases(word: string): string[] {
  const out = [word]
  const noS = word.endsWith('s') ? word.slice(0, -1) : word
  if (noS !== word) out.push(noS)
  if (noS.endsWith('e') && noS.length > 2) out.push(noS.slice(0, -1))
  return out
}

const IRREGULAR_LIST = [...IRREGULAR]

/** The word is an irregular participle or one with a prefix (`prévu` ← `vu`, `reconduit` ← `conduit`). */
function irregular(base: string): boolean {
  if (IRREGULAR.has(base)) return true
  return IRREGULAR_LIST.some((entry) => base.length > entry.length && base.length - entry.length <= 5 && base.endsWith(entry))
}

/**
 * `passive` when `word` is a past participle that makes a passive after
 * être, `exception` for `né`, `arrivé`, `âgé` …, `other` when it is not a
 * participle. After `été` (which only a participle or an attribute
 * follows) any word in `-i`, `-u`, `-it`, `-is` counts: `a été reconverti`.
 */
export function participleKind(word: string, afterEte = false): 'passive' | 'exception' | 'other' {
  if (!/^\p{L}+$/u.test(word)) return 'other'
  const candidates = bases(word)
  if (candidates.some((base) => NOT_PASSIVE.has(base))) return 'exception'
  if (candidates.some((base) => (base.length > 2 && base.endsWith('é')) || irregular(base))) return 'passive'
  if (afterEte && candidates.some((base) => /^\p{L}{3,}(?:i|u|it|is)$/u.test(base))) return 'passive'
  return 'other'
}

/** A word that may stand between être and its participle: a listed one, or an adverb in `-ment`. */
function isInsert(word: string): boolean {
  return INSERTS.has(word) || (word.length > 6 && word.endsWith(fr.PASSIVE_INSERT_SUFFIX))
}

/**
 * The periphrastic passive of a sentence: a form of *être* (not reflexive),
 * up to three adverbs or negations, then a past participle that is not one
 * of the exceptions. Returns the words that make it (`ont été lancés` →
 * `été lancés`), or `undefined`. Token offsets are `offset` ahead of `text`'s
 * (sentence tokens point into their block).
 */
export function findPassive(tokens: readonly Token[], text: string, offset = 0): string | undefined {
  const words = tokens.filter((token) => token.kind === 'word')
  for (let i = 0; i < words.length; i++) {
    const aux = words[i]!.lower
    if (!ETRE.has(aux)) continue
    let before = i - 1
    while (before >= 0 && (words[before]!.lower === 'ne' || words[before]!.lower === 'n’' || words[before]!.lower === 'y' || words[before]!.lower === 'en')) before--
    const previous = before >= 0 ? words[before]!.lower : undefined
    if (previous !== undefined && REFLEXIVE.has(previous)) continue
    if (aux === 'été' && i > 0 && SEASON.has(words[i - 1]!.lower)) continue
    let j = i + 1
    let skipped = 0
    while (j < words.length && skipped < 3 && isInsert(words[j]!.lower)) {
      j++
      skipped++
    }
    const candidate = words[j]
    if (!candidate) continue
    if (participleKind(candidate.lower, aux === 'été') === 'passive') return text.slice(words[i]!.start - offset, candidate.end - offset)
  }
  return undefined
}
