import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {copyFileSync, existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type Browser} from 'playwright-core'
import {SHARED, temporaryFolder, titraille} from './support/cli.js'

const seedPath = join(SHARED, 'fixtures/seed-twitter-spaces.txt')
const hrwPath = join(SHARED, 'corpus/wikinews-fr/44510.md')

interface JsonFinding {
  ruleId: string
  level: 'warn' | 'error'
  message: string
}
interface JsonReport {
  schemaVersion: number
  path?: string
  scores: {seo: number; readability: number}
  summary: {words: number; sentences: number; keyphrase?: {text: string; count: number}}
  findings: JsonFinding[]
  topFixes: JsonFinding[]
}

describe('titraille audit', () => {
  it('prints the text report and exits 1 on an error-level finding (the seed has no H1)', () => {
    const run = titraille(['audit', seedPath, '--keyphrase', 'Twitter Spaces'])
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^ {2}1:1 +error +Unexpected article without an H1, expected one \(the title\) +single-h1$/m)
    expect(run.stdout).toContain('960 words · 36 sentences · 63.9 % over 20 words · 41.7 % with transitions · 13.9 % passive · reading ease 50.7 · “Twitter Spaces” ×4 (0.4 %)')
    expect(titraille(['audit', seedPath, '--fail-on', 'off']).code).toBe(0)
  })

  it('exits 0 on warnings with --fail-on error, 1 with --fail-on warn', () => {
    expect(titraille(['audit', hrwPath]).code).toBe(0)
    expect(titraille(['audit', hrwPath, '--fail-on', 'warn']).code).toBe(1)
  })

  it('never rewrites the article', () => {
    const dir = temporaryFolder()
    const path = join(dir, 'article.md')
    copyFileSync(hrwPath, path)
    const before = readFileSync(path)
    titraille(['audit', 'article.md'], {cwd: dir})
    expect(readFileSync(path).equals(before)).toBe(true)
  })

  it('applies the preset and rules of the nearest config file; --preset wins', () => {
    const dir = temporaryFolder()
    copyFileSync(seedPath, join(dir, 'seed.txt'))
    // The seed's only error-level finding is single-h1: turned off, the audit passes.
    writeFileSync(join(dir, '.titraillerc.json'), JSON.stringify({rules: {'single-h1': 'off', 'passive-voice': ['error', {max: 20}]}}))
    const run = titraille(['audit', 'seed.txt', '--report', 'json'], {cwd: dir})
    expect(run.code).toBe(0)
    const report = JSON.parse(run.stdout) as JsonReport & {rules: {id: string; level: string; rating: string}[]}
    expect(report.rules.find((r) => r.id === 'single-h1')).toBeUndefined()
    expect(report.rules.find((r) => r.id === 'passive-voice')).toMatchObject({level: 'error', rating: 'good'})
    const strict = titraille(['audit', 'seed.txt', '--preset', 'strict', '--report', 'json'], {cwd: dir})
    expect(strict.code).toBe(1)
    writeFileSync(join(dir, '.titraillerc.json'), JSON.stringify({rules: {'no-such-rule': 'warn'}}))
    const broken = titraille(['audit', 'seed.txt'], {cwd: dir})
    expect(broken.code).toBe(2)
    expect(broken.stderr).toContain('.titraillerc.json')
  })

  it('writes the typed JSON report; a glob gives one report per file', () => {
    const one = titraille(['audit', hrwPath, '--report', 'json', '--keyphrase', 'torture'])
    const report = JSON.parse(one.stdout) as JsonReport
    expect(report).toMatchObject({schemaVersion: 1, summary: {words: 510, sentences: 14, keyphrase: {text: 'torture', count: 10}}})
    const many = titraille(['audit', 'corpus/wikinews-fr/4397*.md', 'corpus/wikinews-fr/44510.md', '--report', 'json', '--fail-on', 'off'], {cwd: SHARED})
    expect(many.code).toBe(0)
    const reports = JSON.parse(many.stdout) as JsonReport[]
    expect(reports.map((r) => r.path)).toEqual(['corpus/wikinews-fr/43971.md', 'corpus/wikinews-fr/44510.md'])
  })

  it('writes SARIF 2.1.0 for CI annotations', () => {
    const run = titraille(['audit', hrwPath, '--report', 'sarif'])
    const log = JSON.parse(run.stdout) as {version: string; runs: {tool: {driver: {name: string}}; results: {ruleId: string}[]}[]}
    expect(log.version).toBe('2.1.0')
    expect(log.runs[0]!.tool.driver.name).toBe('titraille')
    expect(log.runs[0]!.results.map((r) => r.ruleId)).toContain('sentence-length')
  })

  it('refuses bad flags with exit 2', () => {
    const run = titraille(['audit', hrwPath, '--report', 'xml'])
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('titraille: --report must be text, json, sarif, html, not "xml"\n')
    expect(titraille(['audit', 'nowhere.md']).code).toBe(2)
    const html = titraille(['audit', 'corpus/wikinews-fr/4453*.md', '--report', 'html'], {cwd: SHARED})
    expect(html).toMatchObject({code: 2, stderr: 'titraille: --report html takes one input\n'})
  })
})

describe('titraille audit --report html, in headless Chromium', () => {
  const executablePath = '/usr/bin/chromium'
  let browser: Browser

  beforeAll(async () => {
    if (!existsSync(executablePath)) throw new Error(`${executablePath} is missing: apt-get install -y chromium`)
    browser = await chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']
    })
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('shows every finding, links the highlighted blocks to them, and loads nothing from the network', async () => {
    const dir = temporaryFolder()
    const json = JSON.parse(titraille(['audit', hrwPath, '--report', 'json', '--keyphrase', 'torture']).stdout) as JsonReport
    const run = titraille(['audit', hrwPath, '--report', 'html', '--keyphrase', 'torture', '-o', join(dir, 'report.html')])
    expect(run.code).toBe(0)
    const page = await browser.newPage()
    const requests: string[] = []
    page.on('request', (request) => requests.push(request.url()))
    const url = pathToFileURL(join(dir, 'report.html')).href
    await page.goto(url)
    expect(requests).toEqual([url])

    await expect(page.locator('#score-seo b').innerText()).resolves.toBe(String(json.scores.seo))
    const rows = page.locator('#findings tr.finding-row')
    await expect(rows.count()).resolves.toBe(json.findings.length)
    for (const [index, finding] of json.findings.entries()) {
      const row = page.locator(`#finding-${index + 1}`)
      await expect(row.getAttribute('data-rule')).resolves.toBe(finding.ruleId)
      await expect(row.innerText()).resolves.toContain(finding.message)
      await expect(row.isVisible()).resolves.toBe(true)
    }
    // The 169-word paragraph is highlighted in the article and its badge points at its finding.
    const flagged = page.locator('#article p.finding[data-findings~="paragraph-length"]')
    await expect(flagged.count()).resolves.toBe(1)
    await expect(flagged.innerText()).resolves.toContain('Un des chercheurs de HRW')
    const badge = flagged.locator('a.badge').first()
    const target = (await badge.getAttribute('href'))!
    await expect(page.locator(`${target}`).getAttribute('data-rule')).resolves.toMatch(/^(paragraph-length|sentence-length|passive-voice)$/)
    await expect(page.locator('#top-fixes li').count()).resolves.toBe(json.topFixes.length)
    await page.close()
  })
})
