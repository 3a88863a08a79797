import {contracts} from 'french-contractions'
import {CE_ELIDES_BEFORE, CONTRACTIONS, ELISIONS, FORCE_ELISION, NO_ELISION, SI_ELIDES_BEFORE} from '@titraille/rules/fr'

const NO_ELISION_SET = new Set(NO_ELISION)
const FORCE_ELISION_SET = new Set(FORCE_ELISION)

/** Word characters of the first word of a phrase, lowercase (`« Œuvre »` → `œuvre`). */
function firstWord(phrase: string): string {
  const match = /[\p{L}\p{N}][\p{L}\p{N}-]*/u.exec(phrase.normalize('NFC'))
  return match ? match[0].toLowerCase() : ''
}

/**
 * Whether a word begins with a vowel sound that makes `le`, `de`, `que` …
 * elide: vowels and mute h (`hôte`, `homme`), not aspirated h (`hache`,
 * `héros`), `onze`, `oui`, `yaourt` or a digit. Uses french-contractions' lists.
 */
export function startsWithVowelSound(phrase: string): boolean {
  const word = firstWord(phrase)
  if (!word || /^\p{N}/u.test(word)) return false
  if (NO_ELISION_SET.has(word)) return false
  if (FORCE_ELISION_SET.has(word) || /^[œæ]/u.test(word)) return true
  return contracts(word, undefined)
}

function keepCase(model: string, form: string): string {
  return /^\p{Lu}/u.test(model) ? form.charAt(0).toUpperCase() + form.slice(1) : form
}

/**
 * Join `word` and `next` with French elision: `le` + `homme` → `l’homme`,
 * `que` + `il` → `qu’il`, `si` + `il` → `s’il`, `de` + `hache` → `de hache`.
 */
export function elide(word: string, next: string): string {
  const lower = word.toLowerCase()
  const elided = ELISIONS[lower]
  if (elided === undefined || !startsWithVowelSound(next)) return `${word} ${next}`
  const following = firstWord(next)
  if (lower === 'si' && !SI_ELIDES_BEFORE.includes(following)) return `${word} ${next}`
  if (lower === 'ce' && !CE_ELIDES_BEFORE.includes(following)) return `${word} ${next}`
  return keepCase(word, elided) + next.trimStart()
}

/**
 * Put a preposition (or `que`) before a phrase, contracting and eliding:
 * `de` + `le lancement` → `du lancement`, `de` + `les serveurs` → `des serveurs`,
 * `à` + `le public` → `au public`, `à` + `les utilisateurs` → `aux utilisateurs`,
 * `de` + `un retard` → `d’un retard`, `de` + `des problèmes` → `de problèmes`,
 * `que` + `il` → `qu’il`. Other prepositions are joined with a space.
 */
export function contract(preposition: string, phrase: string): string {
  const lower = preposition.toLowerCase()
  const text = phrase.trimStart()
  const table = CONTRACTIONS[lower]
  if (table) {
    const match = /^(\S+)\s+(.*)$/su.exec(text)
    if (match) {
      const article = match[1]!.toLowerCase()
      // `de` + `le événement` is `de l’événement`: elision comes before contraction.
      if ((article === 'le' || article === 'la') && startsWithVowelSound(match[2]!)) return elide(preposition, `l’${match[2]!}`)
      const fused = table[article]
      if (fused !== undefined) {
        const rest = match[2]!
        // `de` + `des` → `de`, itself eliding: `d’autres problèmes`.
        if (fused === lower) return keepCase(preposition, elide(lower, rest))
        return `${keepCase(preposition, fused)} ${rest}`
      }
    }
  }
  return elide(preposition, text)
}

const ELIDABLE = Object.keys(ELISIONS)
const ELISION_PATTERN = new RegExp(`(?<=^|[\\s(«“"])()(${ELIDABLE.join('|')})\\s+(?=(\\S+))`, 'giu')
const CONTRACTION_PATTERN = new RegExp(`(?<=^|[\\s(«“"])()(${Object.keys(CONTRACTIONS).join('|')})\\s+(\\p{L}+)(?=\\s)`, 'giu')

/**
 * Apply contractions and elisions across generated text: `de le` → `du`,
 * `à les` → `aux`, `le événement` → `l’événement`, `que il` → `qu’il`. Only
 * for text whose `le` / `les` are articles (a pronoun in `de le faire` must
 * not contract): set `contractions: false` for such text.
 */
export function applyElisions(text: string, options?: Readonly<{contractions?: boolean}> | null): string {
  const contractions = options?.contractions ?? true
  let previous = ''
  let current = text
  // Until stable: `de des autres` → `de autres` → `d’autres`.
  while (previous !== current) {
    previous = current
    current = current.replace(ELISION_PATTERN, (whole, lead: string, word: string, next: string) => {
      const joined = elide(word, next)
      return joined.endsWith(` ${next}`) ? whole : lead + joined.slice(0, joined.length - next.length)
    })
    if (!contractions) continue
    current = current.replace(CONTRACTION_PATTERN, (whole, lead: string, word: string, article: string) => {
      const fused = CONTRACTIONS[word.toLowerCase()]?.[article.toLowerCase()]
      if (fused === undefined) return whole
      return lead + keepCase(word, fused)
    })
  }
  return current
}
