import {agree as agreeAdjective} from 'french-adjectives'
import type {Gender, GrammaticalNumber} from '@titraille/rules/fr'

/** Options of {@link agree}. */
export interface AgreeOptions {
  /** The noun the adjective qualifies (for `nouvel` / `bel` / `vieil` before a vowel). */
  noun?: string | undefined
  /** The adjective stands before the noun. @default false */
  beforeNoun?: boolean | undefined
}

/**
 * An adjective or past participle agreed in gender and number:
 * `agree('retardé', 'F', 'S')` → `retardée`, `agree('public', 'F', 'S')` → `publique`,
 * `agree('nouveau', 'M', 'S', {noun: 'événement', beforeNoun: true})` → `nouvel`.
 * In a phrase (`retardé de près d’une heure`), only the first word agrees.
 */
export function agree(adjective: string, gender: Gender, number: GrammaticalNumber, options?: Readonly<AgreeOptions> | null): string {
  const match = /^(\S+)(.*)$/su.exec(adjective.trim())
  if (!match) return adjective
  const word = match[1]!
  const beforeNoun = options?.beforeNoun ?? false
  const agreed = agreeAdjective(word, gender, number, options?.noun ?? null, beforeNoun && options?.noun !== undefined, undefined)
  return agreed + match[2]!
}
