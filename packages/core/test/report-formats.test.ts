import {describe, expect, it} from '@jest/globals'
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import type {Root} from 'mdast'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import Ajv from 'ajv-draft-04'
import Ajv07 from 'ajv'
import addFormats from 'ajv-formats'
import {
  AUDIT_REPORT_SCHEMA,
  AUDIT_SCHEMA_VERSION,
  auditArticle,
  buildAuditReport,
  collectAdded,
  formatAuditText,
  measure,
  parseArticle,
  remarkSeoAudit,
  remarkTypography,
  titrailleParse,
  toAuditHtml,
  toSarif,
  type AuditReport
} from '@titraille/core'

const shared = (path: string) => readFileSync(new URL(`../../../../shared/${path}`, import.meta.url), 'utf8')
const seed = shared('fixtures/seed-twitter-spaces.txt')
const dragon = shared('corpus/wikinews-fr/43971.md')

describe('the JSON report', () => {
  const {report} = auditArticle(seed, {path: 'seed.txt', keyphrase: 'Twitter Spaces'})

  it('is versioned, plain JSON, with scores 0–100 and a summary of the hand-checked numbers', () => {
    expect(report.schemaVersion).toBe(AUDIT_SCHEMA_VERSION)
    expect(JSON.parse(JSON.stringify(report))).toEqual(JSON.parse(JSON.stringify(report)))
    expect(report.tool).toEqual({name: 'titraille'})
    expect(report.preset).toBe('recommended')
    for (const score of Object.values(report.scores)) {
      expect(score).toBeGreaterThanOrEqual(0)
      expect(score).toBeLessThanOrEqual(100)
    }
    expect(report.summary).toEqual({
      words: 960,
      sentences: 36,
      paragraphs: 18,
      subheadings: 0,
      longSentences: 63.9,
      transitionSentences: 41.7,
      passiveSentences: 13.9,
      readingEase: 50.7,
      keyphrase: {text: 'Twitter Spaces', source: 'settings', count: 4, density: 0.4}
    })
  })

  it('matches its published JSON Schema (a schema that rejects a broken report)', () => {
    const ajv = new Ajv07({allErrors: true})
    addFormats(ajv)
    const validate = ajv.compile(AUDIT_REPORT_SCHEMA)
    const json = JSON.parse(JSON.stringify(report)) as Record<string, unknown>
    expect(validate(json) ? [] : validate.errors).toEqual([])
    expect(validate({...json, scores: {seo: 101, readability: 0}})).toBe(false)
    expect(validate({...json, schemaVersion: 2})).toBe(false)
  })

  it('is deterministic: the same article gives the same bytes', () => {
    const again = auditArticle(seed, {path: 'seed.txt', keyphrase: 'Twitter Spaces'}).report
    expect(JSON.stringify(again)).toBe(JSON.stringify(report))
  })

  it('rates each rule good / ok / bad / na consistently with its findings', () => {
    const byId = new Map(report.rules.map((r) => [r.id, r]))
    // 63.9 % long sentences is far above 30 %: bad. 41.7 % transitions ≥ 30 %: good.
    expect(byId.get('sentence-length')?.rating).toBe('bad')
    expect(byId.get('transition-words')?.rating).toBe('good')
    // 13.9 % passive is between 10 and 15 %: ok. 50.7 reading ease: ok (50–60).
    expect(byId.get('passive-voice')?.rating).toBe('ok')
    expect(byId.get('reading-ease')?.rating).toBe('ok')
    // No images, no links in the seed: those rules do not apply.
    expect(byId.get('image-alt')?.rating).toBe('na')
    for (const rule of report.rules) {
      if (rule.rating === 'good' || rule.rating === 'na') expect(rule.findings).toEqual([])
      else expect(rule.findings.length).toBeGreaterThan(0)
    }
  })

  it('lists at most three top fixes, errors first, one per rule', () => {
    expect(report.topFixes.length).toBeLessThanOrEqual(3)
    expect(new Set(report.topFixes.map((f) => f.ruleId)).size).toBe(report.topFixes.length)
    // The seed has no H1 (its first line is a sentence): single-h1 is an error in the recommended preset.
    expect(report.topFixes[0]).toMatchObject({ruleId: 'single-h1', level: 'error'})
  })

  it('lists findings in document order, whole-article findings first', () => {
    const offsets = report.findings.map((f) => f.place?.start.offset ?? -1)
    expect([...offsets].sort((a, b) => a - b)).toEqual(offsets)
  })

  it('uses the preset and per-rule overrides', () => {
    const strict = auditArticle(seed, {keyphrase: 'Twitter Spaces', preset: 'strict'}).report
    expect(strict.findings.every((f) => f.level === 'error')).toBe(true)
    const quiet = auditArticle(seed, {keyphrase: 'Twitter Spaces', rules: {'sentence-length': 'off', 'passive-voice': ['error', {max: 20}]}}).report
    expect(quiet.rules.find((r) => r.id === 'sentence-length')).toBeUndefined()
    expect(quiet.rules.find((r) => r.id === 'passive-voice')).toMatchObject({rating: 'good', level: 'error'})
    expect(() => auditArticle(seed, {rules: {'no-such-rule': 'warn'}})).toThrow('Unknown audit rule "no-such-rule"')
    // A config file may give a level without options, as a one-element array.
    expect(auditArticle(seed, {rules: {'passive-voice': ['error']}}).report.rules.find((r) => r.id === 'passive-voice')).toMatchObject({level: 'error', rating: 'ok'})
  })
})

describe('vfile messages', () => {
  it('carry ruleId, source, place, url, actual, expected, never fatal; vfile-reporter prints them', () => {
    const {file, report} = auditArticle(dragon, {path: 'dragon.md', keyphrase: 'lancement'})
    expect(file.messages).toHaveLength(report.findings.length)
    const long = file.messages.find((m) => m.ruleId === 'subheading-length')!
    expect(long).toMatchObject({source: 'titraille', fatal: false, actual: '107', expected: ['≤ 70'], url: 'https://www.npmjs.com/package/@titraille/rules#subheading-length'})
    expect(long.place).toMatchObject({start: {line: 3, column: 1}})
    // text-length is an error in the report but never a fatal message (processing goes on).
    expect(report.findings.find((f) => f.ruleId === 'text-length')?.level).toBe('error')
    expect(file.messages.every((m) => m.fatal === false)).toBe(true)
    const printed = reporter([file])
    expect(printed).toContain('dragon.md')
    expect(printed).toMatch(/3:1-3:111\s+warning\s+Unexpected subheading of 107 characters, expected at most 70\s+subheading-length\s+titraille/)
  })

  it('are not duplicated when the audit runs twice on a file', () => {
    const {file, tree} = auditArticle(dragon, {keyphrase: 'lancement'})
    const count = file.messages.length
    unified().use(remarkSeoAudit).runSync(tree, file)
    expect(file.messages).toHaveLength(count)
  })

  it('work in another unified pipeline (remark-parse alone)', async () => {
    const file = new VFile({value: dragon, path: 'dragon.md'})
    await unified().use(remarkParse).use(remarkSeoAudit, {preset: 'yoast-compatible'}).use(remarkStringify).process(file)
    const report = file.data.titraille!.audit!
    expect(report.summary).toMatchObject({words: 275, sentences: 9})
    expect(file.messages.map((m) => m.ruleId)).toContain('sentence-length')
    expect(file.messages.find((m) => m.ruleId === 'sentence-length')?.place).toMatchObject({start: {line: 7}})
  })

  it('report the typography stage\'s faults in the audit without repeating its messages', () => {
    const file = new VFile({value: seed})
    const processor = unified().use(titrailleParse).use(remarkTypography).use(remarkSeoAudit)
    processor.runSync(processor.parse(file) as Root, file)
    const report = file.data.titraille!.audit!
    const typography = report.findings.filter((f) => f.ruleId === 'typography')
    // The seed's « Glitch. … quote is never closed (line 7), « plateformeassoupli » is glued (line 10).
    expect(typography.map((f) => f.actual)).toEqual(expect.arrayContaining(['«', 'plateformeassoupli']))
    expect(typography.find((f) => f.actual === '«')?.place?.start).toMatchObject({line: 7, column: 1})
    const reasons = file.messages.map((m) => `${m.reason}@${m.line}:${m.column}`)
    expect(new Set(reasons).size).toBe(reasons.length)
    expect(file.messages.filter((m) => m.ruleId === 'typography')).toEqual([])
  })

  it('take the keyphrase of the analysis stage first, and typography findings when the stage ran', () => {
    const file = new VFile({value: dragon})
    const tree = unified().use(titrailleParse).parse(file) as Root
    const data = file.data.titraille as NonNullable<typeof file.data.titraille> & {analysis?: {focus?: string}; typography?: {findings: unknown[]}}
    data.analysis = {focus: 'capsule Dragon'}
    data.typography = {findings: [{rule: 'unbalanced-guillemets', place: {line: 11, column: 60, offset: 768}, actual: '«', expected: '«…»', reason: 'Unexpected opening guillemet never closed, expected a closing one'}]}
    unified().use(remarkSeoAudit).runSync(tree, file)
    const report = file.data.titraille!.audit!
    // « la capsule Dragon qui devrait », « la capsule Dragon amortisse »; « SpaceX-Dragon » is another word.
    expect(report.summary.keyphrase).toMatchObject({text: 'capsule Dragon', source: 'analysis', count: 2})
    expect(report.findings.find((f) => f.ruleId === 'typography')).toMatchObject({message: 'Unexpected opening guillemet never closed, expected a closing one', place: {start: {line: 11, column: 60}}})
  })
})

describe('SARIF 2.1.0', () => {
  const require = createRequire(import.meta.url)
  const schemaPath = join(dirname(require.resolve('@microsoft/jest-sarif/package.json')), 'lib/schemas/sarif-2.1.0-rtm.5.json')
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>
  // The shipped rtm.5 schema's `language` pattern has a stray `]`, invalid with the `u` flag.
  const ajv = new Ajv({allErrors: true, strict: false, unicodeRegExp: false})
  addFormats(ajv)
  const validate = ajv.compile(schema)

  const reports: AuditReport[] = [
    auditArticle(seed, {path: 'articles/seed.txt', keyphrase: 'Twitter Spaces'}).report,
    auditArticle(dragon, {path: 'articles/dragon été.md', keyphrase: 'lancement'}).report
  ]
  const log = toSarif(reports, {version: '0.1.0'})

  it('validates against the SARIF 2.1.0 JSON schema', () => {
    const valid = validate(JSON.parse(JSON.stringify(log)))
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  })

  it('is checked by a schema that really rejects bad logs', () => {
    const broken = JSON.parse(JSON.stringify(log)) as {runs: {results: {level: string}[]}[]}
    broken.runs[0]!.results[0]!.level = 'warn'
    expect(validate(broken)).toBe(false)
  })

  it('has one result per finding, with rule index, level and region', () => {
    const run = log.runs[0]!
    expect(run.results).toHaveLength(reports[0]!.findings.length + reports[1]!.findings.length)
    const rules = run.tool.driver.rules!
    for (const result of run.results!) expect(rules[result.ruleIndex!]!.id).toBe(result.ruleId)
    const subheading = run.results!.find((r) => r.ruleId === 'subheading-length')!
    expect(subheading.level).toBe('warning')
    expect(subheading.locations![0]!.physicalLocation).toEqual({artifactLocation: {uri: 'articles/dragon%20%C3%A9t%C3%A9.md'}, region: {startLine: 3, startColumn: 1, endLine: 3, endColumn: 111}})
    expect(run.results!.find((r) => r.ruleId === 'single-h1')?.level).toBe('error')
  })
})

describe('text and HTML reports', () => {
  it('prints findings, scores and top fixes for the terminal', () => {
    const {report} = auditArticle(dragon, {path: 'dragon.md', keyphrase: 'lancement'})
    const text = formatAuditText(report)
    expect(text.split('\n')[0]).toBe('dragon.md')
    expect(text).toMatch(/^ {2}3:1-3:111 +warning +Unexpected subheading of 107 characters, expected at most 70 +subheading-length$/m)
    expect(text).toContain(`SEO score ${report.scores.seo}/100 · readability ${report.scores.readability}/100`)
    expect(text).toContain('Top fixes:\n  1. ')
    expect(text).toMatch(/1 error, \d+ warnings\n$/)
  })

  it('builds one standalone page that loads nothing, with added text highlighted', () => {
    const markdown = '# La piscine municipale rouvrira en septembre\n\nLes habitants attendent la réouverture de la piscine.\n\nLe chantier a été retardé par la pluie.\n\n![Le bassin](bassin.jpg)\n'
    const {tree} = parseArticle(markdown, {format: 'markdown'})
    // What the expand stage does: a node it adds records where it came from.
    tree.children.splice(2, 0, {type: 'paragraph', data: {generated: {by: 'expand:chapeau', from: [0]}} as never, children: [{type: 'text', value: 'En somme, la piscine rouvre après deux ans.'}]})
    const report = buildAuditReport(measure(tree, {source: markdown, keyphrase: {text: 'piscine', source: 'settings'}}), {path: 'piscine.md', added: collectAdded(tree)})
    expect(report.added).toEqual([{by: 'expand:chapeau', from: [0], template: undefined, type: 'paragraph', text: 'En somme, la piscine rouvre après deux ans.', words: 8, place: undefined}])
    const html = toAuditHtml(tree, report)
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`)
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i)
    expect(html).toMatch(/<p class="added" title="Added by expand:chapeau" data-added-by="expand:chapeau">En somme, la piscine rouvre après deux ans\.<\/p>/)
    expect(html).toContain('[image: Le bassin]')
    // Long sentences and passives are marked inside their paragraph, on their exact words.
    expect(html).toContain('data-findings="passive-voice"><mark class="sentence passive" title="passive: été retardé">Le chantier a été retardé par la pluie.</mark><a class="badge"')
    for (const finding of report.findings) expect(html).toContain(finding.message.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'))
  })
})
