import {EUPHONIC_T, PERSONAL_PRONOUNS, PREVERBAL_CLITICS, STYLISTIC_INVERSION_AFTER, SUBJECT_PRONOUNS, type Gender, type GrammaticalNumber} from '@titraille/rules/fr'
import {elide} from './elision.js'
import {nounInfo} from './lexicon.js'

/** Options of {@link invertQuestion}. */
export interface InvertQuestionOptions {
  /** The interrogative word or phrase before the inversion (`pourquoi`, `comment`, `que`). */
  interrogative?: string | undefined
  /** Gender of a noun subject. @default the lexicon's; masculine for names */
  gender?: Gender | undefined
  /** Number of a noun subject. @default the lexicon's; singular for names */
  number?: GrammaticalNumber | undefined
}

const CLITICS = new Set(PREVERBAL_CLITICS)
const PRONOUNS = new Set(PERSONAL_PRONOUNS)

/**
 * A verb phrase split into its leading clitics, its finite verb and the rest
 * as written (`s’est terminé` → `s’`, `est`, `terminé`; `ont décrit l'avalanche`
 * keeps `l'avalanche` whole).
 */
function splitVerbPhrase(verbPhrase: string): {clitics: string[]; verb: string; rest: string} {
  const words = verbPhrase.trim().split(/\s+/u)
  const clitics: string[] = []
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    if (CLITICS.has(word.toLowerCase()) && i < words.length - 1) {
      clitics.push(word)
      continue
    }
    const elided = /^([nsmtl])['’](.+)$/iu.exec(word)
    if (elided && CLITICS.has(`${elided[1]!.toLowerCase()}’`)) {
      clitics.push(`${elided[1]!}’`)
      return {clitics, verb: elided[2]!, rest: words.slice(i + 1).join(' ')}
    }
    return {clitics, verb: word, rest: words.slice(i + 1).join(' ')}
  }
  return {clitics, verb: '', rest: ''}
}

/** Join the clitics to what follows, eliding (`ne` + `a` → `n’a`). */
function joinClitics(words: readonly string[]): string {
  let out = ''
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!
    if (out === '') out = word
    else if (word.endsWith('’')) out = word + out
    else out = elide(word, out)
  }
  return out
}

/** `verb-pronoun`, with the euphonic `-t-` between a vowel (or `c`) and `il` / `elle` / `on`. */
function attachPronoun(verb: string, pronoun: string): string {
  const needsT = /[aeéc]$/iu.test(verb) && /^(?:il|elle|on)$/u.test(pronoun)
  return needsT ? `${verb}-${EUPHONIC_T}-${pronoun}` : `${verb}-${pronoun}`
}

/**
 * A French inverted question, without its question mark:
 * `invertQuestion('Twitter Spaces', 'a flanché', {interrogative: 'pourquoi'})` →
 * `pourquoi Twitter Spaces a-t-il flanché` (complex inversion: the subject is
 * taken up by `il` / `elle` / `ils` / `elles`);
 * `invertQuestion('il', 'va se passer', {interrogative: 'que'})` → `que va-t-il se passer`;
 * after `que`, a noun subject is inverted after the whole verb phrase
 * (`que va devenir Twitter`). Leading clitics (`ne`, `se`, `y`, `en` …) stay before the verb.
 */
export function invertQuestion(subject: string, verbPhrase: string, options?: Readonly<InvertQuestionOptions> | null): string {
  const {clitics, verb, rest} = splitVerbPhrase(verbPhrase)
  const lowerSubject = subject.trim().toLowerCase()
  const interrogative = options?.interrogative?.trim()
  let body: string
  if (PRONOUNS.has(lowerSubject)) {
    body = joinClitics([...clitics, attachPronoun(verb, lowerSubject)])
    if (rest) body += ` ${rest}`
  } else if (interrogative && STYLISTIC_INVERSION_AFTER.includes(interrogative.toLowerCase())) {
    body = joinClitics([...clitics, verb])
    body += rest ? ` ${rest} ${subject.trim()}` : ` ${subject.trim()}`
  } else {
    const info = options?.gender === undefined || options?.number === undefined ? nounInfo(subject) : undefined
    const gender = options?.gender ?? info?.gender ?? 'M'
    const number = options?.number ?? info?.number ?? 'S'
    body = `${subject.trim()} ${joinClitics([...clitics, attachPronoun(verb, SUBJECT_PRONOUNS[gender][number])])}`
    if (rest) body += ` ${rest}`
  }
  return interrogative ? elide(interrogative, body) : body
}
