import {defineRule} from './define.js'

/** French typography faults the typography stage found and did not fix. */
export const typography = defineRule<Record<string, never>>({
  id: 'typography',
  category: 'readability',
  description: 'French typography faults (spaces before : ; ! ?, guillemets, apostrophes …)',
  severity: 'warn',
  weight: 1,
  defaults: {},
  applies: (m) => m.typography !== undefined,
  check(m) {
    return (m.typography ?? []).map((fault) => ({
      message: fault.message,
      rating: 'ok' as const,
      place: fault.place,
      actual: fault.actual,
      expected: fault.expected,
      fix: `Fix the typography (${fault.ruleId}).`
    }))
  }
})
