import {isContractedVowelWord, isHMuet} from 'french-contractions'
import {fr} from '@titraille/rules'
import {trimEndWhere} from './text.js'
import {nounInfo} from '../grammar/lexicon.js'
import {isFirstName} from '../nlp/entities.js'

const isInlineSpace = (char: string) => char === ' ' || char === '\u00a0' || char === '\u202f'

/**
 * The little French grammar the expand templates need on top of the grammar
 * module: a preposition before a noun phrase taken from the article (with its
 * determiner), lists, capitals and non-breaking spaces.
 */

const NO_ELISION = new Set(fr.NO_ELISION)
const FORCE_ELISION = new Set(fr.FORCE_ELISION)

/** Whether `word` takes an elided article or preposition (`l’`, `d’`): vowel or mute h. */
export function elides(word: string): boolean {
  const lower = word.normalize('NFC').toLowerCase()
  if (NO_ELISION.has(lower)) return false
  if (FORCE_ELISION.has(lower)) return true
  if (!/^\p{L}/u.test(lower)) return false
  return isContractedVowelWord(lower) || (lower.startsWith('h') && isHMuet(lower))
}

/**
 * `prep` + `phrase` with French contraction and elision: `de` + `le lanceur`
 * → `du lanceur`, `à` + `les skippers` → `aux skippers`, `de` + `Alexandria`
 * → `d’Alexandria`, `de` + `la NASA` → `de la NASA`.
 */
export function withPreposition(prep: 'de' | 'à', phrase: string): string {
  const match = /^(le|les|des)\s/iu.exec(phrase)
  if (match) {
    const det = match[1]!.toLowerCase()
    const contracted = fr.CONTRACTIONS[prep]?.[det]
    if (contracted) return `${contracted} ${phrase.slice(match[0].length).trimStart()}`
  }
  if (prep === 'de') {
    const first = phrase.split(/\s/u)[0] ?? ''
    if (elides(first)) return `d’${phrase}`
  }
  return `${prep} ${phrase}`
}

/** `a`, `a et b`, `a, b et c`. */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]!}`
}

/** `de a, de b et de c` (preposition repeated, each contracted). */
export function joinListWith(prep: 'de' | 'à', items: readonly string[]): string {
  return joinList(items.map((item) => withPreposition(prep, item)))
}

/** Upper-case the first letter of a sentence (after any opening guillemet). */
/** A phrase without its definite article (`la livraison du matériel` → `livraison du matériel`). */
export function withoutArticle(phrase: string): string {
  return phrase.replace(/^(?:le |la |les |l’)/u, '')
}

export function capitalizeFirst(text: string): string {
  return text.replace(/^([«\s\u00a0]*)(\p{Ll})/u, (_, lead: string, letter: string) => lead + letter.toUpperCase())
}

/** Lower-case the first letter. */
export function lowercaseFirst(text: string): string {
  return text.replace(/^(\p{Lu})/u, (letter: string) => letter.toLowerCase())
}

/** French typography for generated text: no-break space before `: ; ! ? »` and after `«`, apostrophe `’`. */
export function frenchSpacing(text: string): string {
  let out = ''
  for (const char of text.replace(/'/gu, '’')) {
    if (':;!?»'.includes(char)) out = `${trimEndWhere(out, isInlineSpace)}\u00a0${char}`
    else if (isInlineSpace(char) && out.endsWith('«\u00a0')) continue
    else out += char === '«' ? '«\u00a0' : char
  }
  return out
}

/** Determiners, quantifiers and number words that open a subject, written lower-case inside a new sentence. */
const SUBJECT_OPENERS: ReadonlySet<string> = new Set([
  ...['la', 'le', 'les', 'l’', 'un', 'une', 'des', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'aucun', 'aucune'],
  ...['quelques', 'quelque', 'plusieurs', 'tout', 'toute', 'tous', 'toutes', 'certains', 'certaines', 'chaque', 'divers', 'diverses', 'nombre', 'nombreux', 'nombreuses'],
  ...fr.SPELLED_NUMBERS
])

/** `La Cour …` → `la Cour …`, `Quatre personnes` → `quatre personnes`: a subject that opened its sentence, inside a new one. */
export function lowerDeterminer(subject: string): string {
  const first = subject.split(' ')[0] ?? ''
  return SUBJECT_OPENERS.has(first.toLowerCase()) || /^L[’']/u.test(subject)
    ? subject.slice(0, 1).toLowerCase() + subject.slice(1)
    : subject
}

/** The definite article for an indefinite or demonstrative determiner. */
const DEFINITE_FOR: Readonly<Record<string, 'le' | 'la' | 'les' | undefined>> = {un: 'le', une: 'la', des: 'les', ce: 'le', cet: 'le', cette: 'la', ces: 'les'}

/**
 * `un nouveau projet` → `le nouveau projet`, `une avalanche` → `l’avalanche`, `des héritages` →
 * `les héritages`, `cette publication` → `la publication`, `cet épisode` → `l’épisode`.
 */
export function definite(subject: string): string {
  const space = subject.indexOf(' ')
  if (space < 0) return subject
  const det = DEFINITE_FOR[subject.slice(0, space)]
  const rest = subject.slice(space + 1)
  if (det === undefined) return subject
  if (det !== 'les' && elides(rest.split(' ')[0] ?? '')) return `l’${rest}`
  return `${det} ${rest}`
}

/**
 * Whether `name` reads alone after `celui de` or a colon: a name or a phrase with its determiner
 * (`Marc Guillemot`, `la NASA`), not a bare acronym (`DGSE`, which the article writes `la DGSE`).
 */
export function readsAsName(name: string): boolean {
  return !/^[\p{Lu}\d]+$/u.test(name)
}

/**
 * The subject pronoun that names `subject` again (`les modalités d’une telle intervention` →
 * `elles`, `le haut responsable électoral de Tripoli` → `il`), when its determiner and the
 * lexicon settle gender and number; `undefined` for a name (`Barack Obama`: the article may not
 * say who it is), a coordination (`la Cour et le gouvernement`) or a noun the lexicon does not know.
 */
export function subjectPronoun(subject: string): string | undefined {
  const text = subject.trim()
  if (!/^(?:(?:le|la|les|ce|cet|cette|ces)\s+|l[’'])\p{L}/u.test(text) || /\s(?:et|ou|ni)\s/u.test(text)) return undefined
  const info = nounInfo(text)
  return info.known ? fr.SUBJECT_PRONOUNS[info.gender][info.number] : undefined
}

/**
 * A title or a phrase that opened its own line, inside a sentence: its determiner or common noun
 * lower-case (`Départ du Vendée Globe` → `départ du Vendée Globe`, `Le 42e festival` → `le 42e
 * festival`), a name as written (`Obama raille …`, `L’Oréal ouvre …`, `Marc Guillemot …`).
 */
export function lowercaseOpening(text: string): string {
  if (/^L[’']\p{Lu}/u.test(text)) return text
  const lowered = lowerDeterminer(text)
  if (lowered !== text) return lowered
  // A common noun, not a name's first word (`Marc Guillemot`, `France Télécom`): the next word is not capitalised.
  const [first = '', second = ''] = text.split(/\s/u)
  return /^\p{Lu}\p{Ll}/u.test(first) && !/^\p{Lu}/u.test(second) && !isFirstName(first) && nounInfo(first.toLowerCase()).known ? lowercaseFirst(text) : text
}
