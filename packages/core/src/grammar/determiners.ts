import {DETERMINERS, INDEFINITE_PLURAL_BEFORE_ADJECTIVE, POSSESSIVE_PLURAL_OWNER, type DeterminerKind, type Gender, type GrammaticalNumber} from '@titraille/rules/fr'
import {startsWithVowelSound} from './elision.js'
import {nounInfo} from './lexicon.js'

/** Options of {@link withDeterminer} and {@link determiner}. */
export interface DeterminerOptions {
  /** Which determiner: `le`, `un`, `ce` or `son` family. */
  kind: DeterminerKind
  /** Gender of the noun. @default the lexicon's gender of the phrase's head noun */
  gender?: Gender | undefined
  /** Number of the noun. @default the number read from the head noun */
  number?: GrammaticalNumber | undefined
  /** Number of the owner, for `possessive` (`son` / `leur`). @default 'S' */
  ownerNumber?: GrammaticalNumber | undefined
  /** The phrase starts with an adjective: indefinite plural is `de` (`de nouveaux produits`). @default false */
  adjectiveFirst?: boolean | undefined
}

/** The determiner a noun phrase takes, as written before it (`l’`, `le`, `cet`, `de` …). */
export function determiner(phrase: string, options: Readonly<DeterminerOptions>): string {
  const info = options.gender === undefined || options.number === undefined ? nounInfo(phrase) : undefined
  const gender = options.gender ?? info?.gender ?? 'M'
  const number = options.number ?? info?.number ?? 'S'
  const forms = options.kind === 'possessive' && options.ownerNumber === 'P' ? POSSESSIVE_PLURAL_OWNER : DETERMINERS[options.kind]
  if (number === 'P') {
    if (options.kind === 'indefinite' && options.adjectiveFirst) return INDEFINITE_PLURAL_BEFORE_ADJECTIVE
    return forms.P
  }
  // `son` before a feminine vowel word too: `son audience`, `son hôtesse`.
  if (forms.beforeVowel !== undefined && startsWithVowelSound(phrase)) return forms.beforeVowel[gender]
  return forms[gender]
}

/**
 * A noun phrase with its determiner, agreed and elided:
 * `withDeterminer('audience', {kind: 'definite'})` → `l’audience`,
 * `withDeterminer('événement', {kind: 'demonstrative'})` → `cet événement`,
 * `withDeterminer('hache', {kind: 'definite'})` → `la hache`.
 */
export function withDeterminer(phrase: string, options: Readonly<DeterminerOptions>): string {
  const text = phrase.trim()
  const form = determiner(text, options)
  if (form === 'de' && startsWithVowelSound(text)) return `d’${text}`
  return form.endsWith('’') ? form + text : `${form} ${text}`
}
