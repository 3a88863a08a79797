import {isContractedVowelWord, isHMuet} from 'french-contractions'
import {fr} from '@titraille/rules'
import {trimEndWhere} from './text.js'
import {nounInfo} from '../grammar/lexicon.js'
import {frenchLexicon} from '../typography/lexicon.js'
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
    const rest = phrase.slice(match[0].length).trimStart()
    // `de` + `des opposants` → `d’opposants`.
    if (contracted === 'de' && elides(rest.split(/\s/u)[0] ?? '')) return `d’${rest}`
    if (contracted) return `${contracted} ${rest}`
  }
  if (prep === 'de') {
    const first = phrase.split(/\s/u)[0] ?? ''
    if (elides(first)) return `d’${phrase}`
  }
  return `${prep} ${phrase}`
}

/**
 * The preposition of place before a place the article names, with its
 * determiner as the article writes it: `en` before a country or region it
 * writes with `la` or `l’` (`la France` → `en France`, `l’Afghanistan` → `en
 * Afghanistan`), `au`/`aux` before `le`/`les` (`au Mali`, `aux États-Unis`,
 * `au Caire`), `à` before a bare name (`à Montréal`), `dans` before a part
 * of somewhere (`dans l’Est de la Libye`). Anything else (`la place
 * Tahrir`) keeps `à` with its contraction.
 */
export function inPlace(phrase: string): string {
  const head = /^(?:le\s+|la\s+|l’|l')(\p{L}+)/u.exec(phrase)?.[1]?.toLowerCase()
  if (head && COMPASS.has(head)) return `dans ${phrase}`
  const region = /^(la\s+|l’|l')(\p{Lu}[\p{L}’'-]*)$/u.exec(phrase)
  if (region) {
    const name = region[2]!
    // A country or region the tables know, or a feminine name that is no site (`la Kapisa`, not
    // `la Maison-Blanche`); another name after `l’` may be a building (`l’Élysée`): `dans`.
    if (PLACE_ARTICLES[name.toLowerCase()] !== undefined || (region[1]!.startsWith('la') && !SITES.has(name.toLowerCase()))) return `en ${name}`
    if (!region[1]!.startsWith('la')) return `dans ${phrase}`
  }
  return withPreposition('à', phrase)
}

/** `l’Est`, `le Nord`: a part of somewhere, not a region of its own. */
const COMPASS: ReadonlySet<string> = new Set(['est', 'ouest', 'nord', 'sud', 'centre'])

/** Places written with `la` that are sites, not regions: `à la Maison-Blanche`, `à la Réunion`. */
const SITES: ReadonlySet<string> = new Set(['maison-blanche', 'défense', 'sorbonne', 'mecque', 'réunion', 'bastille', 'concorde', 'knesset', 'croisette', 'canebière', 'villette'])

const PLACE_ARTICLES: Readonly<Record<string, string>> = fr.PLACE_ARTICLES

/** `a`, `a et b`, `a, b et c`. */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]!}`
}

/** `de a, de b et de c` (preposition repeated, each contracted); `en` is the preposition of place (`inPlace`). */
export function joinListWith(prep: 'de' | 'à' | 'en', items: readonly string[]): string {
  return joinList(items.map((item) => (prep === 'en' ? inPlace(item) : withPreposition(prep, item))))
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

const PERSON_NOUNS: ReadonlySet<string> = new Set([...fr.PERSON_NOUNS, ...fr.PERSON_TITLES])

/** Words before the head of a subject: determiners, quantifiers, and `de` after a number (`2 700 000 de Libyens`). */
const BEFORE_HEAD: ReadonlySet<string> = new Set([...SUBJECT_OPENERS, 'de', 'd’'])

/** Words that end the head's reach: its complements (`des opposants aux élections`). */
const AFTER_HEAD: ReadonlySet<string> = new Set(['de', 'du', 'des', 'd’', 'à', 'au', 'aux', 'en', 'pour', 'par', 'dans', 'sur', 'avec', 'contre', 'qui', 'que', 'dont', 'et', 'ou'])

/** A capitalised plural that names a people (`Libyens`, `Français`, `Marseillaises`). */
const PEOPLE_NAME = /^\p{Lu}\p{Ll}+(?:ens|ennes|ais|aises|ains|aines|ois|oises)$/u

/**
 * Whether a subject names people, someone or a body of people: its head is a noun of
 * {@link fr.PERSON_NOUNS} or a title (`un haut responsable électoral de Tripoli`, `trois jeunes juifs`,
 * `la police`), a people's name after a plural determiner or a number (`quelques 2 700 000 de
 * Libyens`), or it is one of `names` (the people and bodies the article names).
 */
export function namesPeople(subject: string, names: ReadonlySet<string> = new Set()): boolean {
  const text = subject.trim()
  if (names.has(text) || names.has(lowerDeterminer(text))) return true
  const words = text.replace(/^l[’']/iu, '').split(/\s+/u)
  let i = 0
  while (i < words.length && (BEFORE_HEAD.has(words[i]!.toLowerCase()) || /^\d/u.test(words[i]!))) i++
  const plural = i > 0 && /^(?:les|des|ces|plusieurs|quelques|certains|certaines|nombreux|nombreuses|de|d’|\d.*)$/iu.test(words[i - 1]!)
  for (let k = i; k < Math.min(words.length, i + 3); k++) {
    const word = words[k]!
    const lower = word.toLowerCase()
    if (AFTER_HEAD.has(lower)) break
    if (PERSON_NOUNS.has(lower) || PERSON_NOUNS.has(lower.replace(/aux$/u, 'al').replace(/[sx]$/u, ''))) return true
    if (plural && k === i && PEOPLE_NAME.test(word)) return true
  }
  return false
}

/** Forms of `être` after which a participle or adjective agrees with the subject. */
const ETRE_AGREEING: ReadonlySet<string> = new Set(['est', 'sont', 'était', 'étaient', 'sera', 'seront', 'serait', 'seraient', 'fut', 'furent', 'été'])

/** Adverbs between an auxiliary and its participle (`n’était pas parvenue`, `sont toujours recherchées`). */
const AGREEMENT_SKIPS: ReadonlySet<string> = new Set(['pas', 'plus', 'jamais', 'point', 'guère', 'déjà', 'toujours', 'encore', 'bien', 'aussi', 'ensuite', 'alors', 'enfin', 'même', 'souvent', 'très', 'trop', 'peu', 'tant', 'tout', 'vite'])

/** Words after which a demonstrative stays (`ce dernier`, `cette fois`, `ce matin`). */
const KEEP_DEMONSTRATIVE: ReadonlySet<string> = new Set([...fr.TIME_WORDS, 'dernier', 'dernière', 'derniers', 'dernières', 'même', 'mêmes', 'fois', 'moment', 'instant', 'stade', 'point', 'propos', 'sujet', 'sens', 'cas', 'titre', 'égard', 'effet', 'type', 'genre'])

/** Singular forms of `avoir` an auxiliary can take. */
const AVOIR_SINGULAR: ReadonlySet<string> = new Set(['a', 'avait', 'aura', 'aurait', 'eut', 'ait'])

/** Determiners, which never agree as a participle does (`des`, `plusieurs`). */
const DETERMINERS: ReadonlySet<string> = new Set([...Object.keys(fr.DETERMINER_AGREEMENT), 'au', 'aux', 'plusieurs', 'quelques', 'certains', 'certaines', 'tous', 'toutes'])

/** Object clitics: a predicate opening on one refers to something the question would not name (`les ont incendiés`). */
const OBJECT_CLITICS: ReadonlySet<string> = new Set(['le', 'la', 'les', 'l’', 'lui', 'leur', 'y', 'en', 'me', 'te', 'nous', 'vous'])

/** Participle endings, feminine or plural, and the masculine singular each comes from. */
const PARTICIPLE_SINGULAR: readonly [RegExp, string][] = [
  [/(é)(?:e|s|es)$/u, '$1'],
  [/(ert|int|it|u)(?:e|s|es)$/u, '$1'],
  [/(is)(?:e|es)$/u, '$1'],
  [/(i)(?:e|s|es)$/u, '$1']
]

/**
 * A predicate after « qui » (`Qui a volé …`): its verb in the third person singular (`ont volé` →
 * `a volé`, `sont appelés aux urnes` → `est appelé aux urnes`, `demandent` → `demande`, `ne sont
 * pas venus` → `n’est pas venu`) and its demonstratives definite (`ces incidents` → `les
 * incidents`: the question stands alone). `undefined` when the verb cannot be put in the singular
 * with certainty, or the predicate refers to its subject or to an earlier phrase (`leurs bulletins`,
 * `les ont incendiés`).
 */
export function singularDeed(predicate: string): string | undefined {
  const words = predicate.trim().split(/\s+/u)
  let v = 0
  while (v < words.length - 1 && /^(?:ne|se)$/iu.test(words[v]!)) v++
  const elided = /^([ns])[’'](.+)$/u.exec(words[v] ?? '')
  const prefix = elided ? `${elided[1]!}’` : ''
  const verb = (elided ? elided[2]! : words[v] ?? '').toLowerCase()
  if (verb === '' || OBJECT_CLITICS.has(verb) || (prefix === '' && /^l’/u.test(verb))) return undefined
  let singular: string | undefined = verb
  let plural = true
  if (Object.hasOwn(fr.THIRD_PLURAL_SINGULAR, verb)) singular = fr.THIRD_PLURAL_SINGULAR[verb]
  else if (/iennent$/u.test(verb)) singular = `${verb.slice(0, -7)}ient`
  else if (/prennent$/u.test(verb)) singular = `${verb.slice(0, -4)}d`
  else if (/aient$/u.test(verb)) singular = `${verb.slice(0, -5)}ait`
  else if (/ront$/u.test(verb)) singular = `${verb.slice(0, -4)}ra`
  else if (/ent$/u.test(verb)) {
    const stem = verb.slice(0, -3)
    const lexicon = frenchLexicon()
    singular = lexicon.has(`${stem}er`) && lexicon.has(`${stem}e`) ? `${stem}e` : undefined
  } else plural = false
  if (singular === undefined) return undefined
  const out = [...words]
  out[v] = prefix + singular
  // What refers back to a plural subject has no singular to take.
  if (plural && words.some((word) => /^(?:leurs?|eux|ils|elles|eux-mêmes|ensemble|mutuellement)$/iu.test(word))) return undefined
  // A participle agreeing with the subject takes the masculine singular of « qui » (`sont appelés`,
  // `ont été arrêtés`, `restent ouverts`, `n’était pas parvenue`); after `avoir` it does not agree
  // (`ont volé`), and one that does (`ont racontés`) is a slip or agrees with an object before it.
  const avoir = AVOIR_SINGULAR.has(singular)
  const etre = ETRE_AGREEING.has(singular) || (avoir && words[v + 1] === 'été')
  let at = avoir && words[v + 1] === 'été' ? v + 2 : v + 1
  while (at < words.length - 1 && (AGREEMENT_SKIPS.has(words[at]!.toLowerCase()) || /ment$/u.test(words[at]!))) at++
  const word = words[at] ?? ''
  const rule = DETERMINERS.has(word.toLowerCase()) ? undefined : PARTICIPLE_SINGULAR.find(([ending]) => ending.test(word))
  if (avoir && !etre) {
    if (rule && /(?:es|s)$/u.test(word) && frenchLexicon().has(word.replace(rule[0], rule[1]))) return undefined
  } else if (rule && (etre || plural)) {
    // A singular subject's participle only drops its feminine `e` (`mis en place` stays); a plural's
    // its `s` too, when the lexicon knows the result: `pris`, `assis`, `mis` end in `s` in the
    // singular too (and `mi` is a note, not a participle).
    const masculine = plural ? word.replace(rule[0], rule[1]) : word.replace(/(é|i|u|is|it|ert|int)e$/u, '$1')
    out[at] = masculine.length > 2 && frenchLexicon().has(masculine) ? masculine : word
  } else if (etre && plural) return undefined
  // `ne` and `se` elide before a vowel, and stop eliding before a consonant.
  if (v > 0 && /^(?:ne|se)$/iu.test(out[v - 1]!) && elides(singular)) {
    out[v - 1] = `${out[v - 1]!.slice(0, 1)}’${out[v]}`
    out.splice(v, 1)
  } else if (prefix !== '' && !elides(singular)) out[v] = `${prefix.slice(0, 1)}e ${singular}`
  return out.join(' ').replace(/(?<!\p{L})(ces|cette|cet|ce)\s+(\p{L}[\p{L}’'-]*)/gu, (match, det: string, word: string) => {
    if (det === 'ce' && /^(?:qui|que|qu’|dont|sont|fut|serait)$/u.test(word)) return match
    // `ce dernier` (the latter), `cette fois`, `ce matin`, `cette année`: no article says the same.
    if (KEEP_DEMONSTRATIVE.has(word.toLowerCase())) return match
    return det === 'ces' ? `les ${word}` : elides(word) ? `l’${word}` : `${det === 'cette' ? 'la' : 'le'} ${word}`
  })
}

/**
 * A title inside a generated sentence: its common opening lower-case ({@link lowercaseOpening}) and
 * `de` elided before a name where the title did not (`Assassinat de Antoine Sollacaro` →
 * `assassinat d’Antoine Sollacaro`).
 */
export function titleInSentence(title: string): string {
  return elideBeforeNames(lowercaseOpening(title))
}

/**
 * `de` elided before a name that starts with a vowel, in text the article wrote without it and a
 * generated sentence quotes (`assassinat de Antoine Sollacaro` → `assassinat d’Antoine Sollacaro`).
 */
export function elideBeforeNames(text: string): string {
  return text.replace(/(?<!\p{L})([Dd]e) (\p{Lu}[\p{L}’'-]*)/gu, (match, de: string, name: string) => (elides(name) ? `${de.slice(0, 1)}’${name}` : match))
}
