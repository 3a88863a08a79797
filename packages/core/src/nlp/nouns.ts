// The Lefff noun list (the grammar module loads the same JSON module for
// genders): here it only tells whether a word is a known noun, synchronously.
import genders from 'french-words-gender-lefff/dist/words.json' with {type: 'json'}
import {EPICENE_NOUNS, NOUN_GENDERS} from '@titraille/rules/fr'

const NOUNS = genders as Readonly<Record<string, 'M' | 'F'>>
const EPICENE: ReadonlySet<string> = new Set(EPICENE_NOUNS)
/** In the Lefff list, or among the nouns the rules add to it (`voix`, `journaliste`). */
const has = (word: string) => Object.prototype.hasOwnProperty.call(NOUNS, word) || Object.prototype.hasOwnProperty.call(NOUN_GENDERS, word) || EPICENE.has(word)

/** Singular forms a word may come from: itself, then without its plural ending. */
function singulars(word: string): string[] {
  const forms = [word]
  if (/aux$/u.test(word)) forms.push(word.slice(0, -3) + 'al', word.slice(0, -3) + 'ail', word.slice(0, -1))
  if (/eux$|eaux$|aux$|oux$/u.test(word)) forms.push(word.slice(0, -1))
  if (/[^s]s$/u.test(word)) forms.push(word.slice(0, -1))
  return forms
}

const lemmas = new Map<string, string | null>()

/** The lexicon entry a word is a form of, if it is a known noun (memoised). */
export function nounLemma(word: string): string | undefined {
  let lemma = lemmas.get(word)
  if (lemma === undefined) {
    lemma = findLemma(word) ?? null
    if (lemmas.size > 50_000) lemmas.clear()
    lemmas.set(word, lemma)
  }
  return lemma ?? undefined
}

function findLemma(word: string): string | undefined {
  const lower = word.normalize('NFC').toLowerCase().replace(/'/g, '’')
  for (const form of singulars(lower)) if (has(form)) return form
  const ascii = lower.replace(/’/g, "'")
  for (const form of singulars(ascii)) if (has(form)) return form
  return undefined
}

/** Whether a word is a known French noun (any number). */
export function isKnownNoun(word: string): boolean {
  return nounLemma(word) !== undefined
}
