import type {AuditRule, Measurements} from './types.js'

/** Where each rule is documented: the rules table of the package README. */
export const DOCS_URL = 'https://www.npmjs.com/package/@titraille/rules#'

/** A rule with its docs URL filled in from its id. */
export function defineRule<Options extends object>(rule: Omit<AuditRule<Options>, 'url'>): AuditRule<Options> {
  return {...rule, url: `${DOCS_URL}${rule.id}`}
}

/** `part` of `whole` in percent, one decimal (0 when `whole` is 0). */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10
}

/** Prose sentences that count for readability (at least one to judge). */
export function hasProse(measurements: Measurements): boolean {
  return measurements.sentences.length > 0
}
