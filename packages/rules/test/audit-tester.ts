import {expect, it, describe} from '@jest/globals'
import {measure, metaFromFrontMatter, parseArticle, type ArticleMeta} from '@titraille/core'
import type {audit} from '@titraille/rules'

/** One example article for a rule. */
export interface RuleCase {
  /** What the case shows. */
  name: string
  /** French Markdown (front matter allowed). */
  markdown: string
  keyphrase?: string
  meta?: ArticleMeta
  options?: Record<string, unknown>
  typography?: audit.TypographyMeasure[]
}

/** An example the rule must report, with the messages it must give (in order). */
export interface InvalidCase extends RuleCase {
  messages: (string | RegExp)[]
  /** Ratings of the findings, in order (default: not checked). */
  ratings?: ('ok' | 'bad')[]
  /** Line of the first finding's place, when it has one. */
  line?: number
}

/** Measure a French Markdown article as the audit does. */
export function measureCase(example: RuleCase): audit.Measurements {
  const {tree, frontMatter} = parseArticle(example.markdown, {format: 'markdown'})
  return measure(tree, {
    source: example.markdown,
    meta: {...metaFromFrontMatter(frontMatter.data), ...example.meta},
    keyphrase: example.keyphrase ? {text: example.keyphrase, source: 'settings'} : undefined,
    typography: example.typography
  })
}

/** Run a rule on a case: `undefined` when it does not apply. */
export function runRule(rule: audit.AuditRule, example: RuleCase): audit.Finding[] | undefined {
  const measurements = measureCase(example)
  const options = {...(rule.defaults as Record<string, unknown>), ...example.options}
  if (rule.applies && !rule.applies(measurements, options)) return undefined
  return rule.check(measurements, options)
}

/** The rule tester: `valid` cases give no finding, `invalid` ones give exactly the expected messages. */
export function testRule(rule: audit.AuditRule, tables: {valid: RuleCase[]; invalid: InvalidCase[]}): void {
  describe(rule.id, () => {
    for (const example of tables.valid) {
      it(`valid: ${example.name}`, () => {
        expect(runRule(rule, example) ?? []).toEqual([])
      })
    }
    for (const example of tables.invalid) {
      it(`invalid: ${example.name}`, () => {
        const findings = runRule(rule, example)
        expect(findings).toBeDefined()
        expect(findings!.map((f) => f.message)).toHaveLength(example.messages.length)
        example.messages.forEach((message, i) => {
          if (typeof message === 'string') expect(findings![i]!.message).toBe(message)
          else expect(findings![i]!.message).toMatch(message)
          expect(findings![i]!.message).toMatch(/^Unexpected .+/)
        })
        if (example.ratings) expect(findings!.map((f) => f.rating)).toEqual(example.ratings)
        if (example.line !== undefined) expect(findings![0]!.place?.start.line).toBe(example.line)
      })
    }
  })
}
