import {describe, expect, it} from '@jest/globals'
import {copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {SHARED, temporaryFolder, titraille} from './support/cli.js'

const corpus = join(SHARED, 'corpus/wikinews-fr')
const articles = readdirSync(corpus)
  .filter((name) => /^\d+\.md$/.test(name))
  .sort()
  .slice(0, 6)
const seed = join(SHARED, 'fixtures/seed-twitter-spaces.txt')
/** These tests are about the batch, not the audit's verdict on the articles. */
const LENIENT = ['--fail-on', 'off']

/** A folder of articles: six corpus articles and the seed, plus a long one sorting first. */
function site(): string {
  const dir = temporaryFolder()
  mkdirSync(join(dir, 'content/actu'), {recursive: true})
  for (const name of articles) copyFileSync(join(corpus, name), join(dir, 'content/actu', name))
  copyFileSync(seed, join(dir, 'content/seed.txt'))
  // Far longer than the others: with two threads it finishes last, yet it is written first.
  const long = articles.map((name, i) => `## Partie ${i + 1}\n\n${body(readFileSync(join(corpus, name), 'utf8'))}`).join('\n\n')
  writeFileSync(join(dir, 'content/0-long.md'), `# Dossier\n\n${long}\n\n${long}`)
  return dir
}

function body(markdown: string): string {
  return markdown.replace(/^---\n[\s\S]*?\n---\n/, '')
}

/** Every file under `dir`, relative path → content. */
function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const entry of readdirSync(dir, {withFileTypes: true, recursive: true})) {
    if (entry.isFile()) files[relative(dir, join(entry.parentPath, entry.name))] = readFileSync(join(entry.parentPath, entry.name), 'utf8')
  }
  return files
}

describe('titraille batch', () => {
  it('writes the same files and the same log with --jobs 1 and --jobs 2', () => {
    const dir = site()
    const one = titraille(['content/**/*.{md,txt}', '--out-dir', 'one', '--jobs', '1', ...LENIENT], {cwd: dir})
    const two = titraille(['content/**/*.{md,txt}', '--out-dir', 'two', '--jobs', '2', ...LENIENT], {cwd: dir})
    expect(one.code).toBe(0)
    expect(two.code).toBe(0)
    const first = tree(join(dir, 'one'))
    expect(Object.keys(first)).toHaveLength(articles.length + 2)
    expect(Object.keys(first)).toContain(join('content', 'seed.md'))
    expect(tree(join(dir, 'two'))).toEqual(first)
    expect(two.stderr).toBe(one.stderr)
    expect(one.stderr).toMatch(/^titraille: 8 files, 8 written, 0 errors, \d+ → \d+ words, average score [\d.]+\/100$/m)
  })

  it('reports in input order, whatever order the threads finish in', () => {
    const dir = site()
    const run = titraille(['content/**/*.{md,txt}', '--out-dir', 'dist', '--jobs', '2', ...LENIENT], {cwd: dir})
    expect(run.code).toBe(0)
    const logged = run.stderr
      .split('\n')
      .filter((line) => /: \d+ → \d+ words[ ,]/.test(line))
      .map((line) => line.slice(0, line.indexOf(':')))
    // Code-point order of the paths the glob found: the long file first.
    const expected = ['content/0-long.md', ...articles.map((name) => `content/actu/${name}`), 'content/seed.txt']
    expect(logged).toEqual(expected)
  })

  it('goes on past a broken file in the middle and exits 2 at the end', () => {
    const dir = site()
    const names = articles.slice(0, 4)
    // `44145z.md` sorts right after `44145.md`, before the next article.
    const broken = 'content/actu/' + names[1]!.replace('.md', 'z.md')
    writeFileSync(join(dir, broken), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))
    const run = titraille(['content/actu/*.md', '--out-dir', 'dist', '--jobs', '2'], {cwd: dir})
    expect(run.code).toBe(2)
    const lines = run.stderr.trim().split('\n')
    const at = lines.findIndex((line) => line.includes(broken))
    expect(lines[at]).toMatch(/^titraille: content\/actu\/\d+z\.md: The input looks like binary data/)
    // The error sits between the articles around it, in input order.
    expect(lines[at - 1]).toContain(names[1])
    expect(lines[at + 1]).toContain(names[2])
    expect(lines.at(-1)).toMatch(/^titraille: 7 files, 6 written, 1 error, /)
    expect(readdirSync(join(dir, 'dist/content/actu')).sort()).toEqual([...articles].sort())
  })

  it('leaves out what .titrailleignore lists, and its own output folder', () => {
    const dir = site()
    mkdirSync(join(dir, 'content/brouillons'))
    copyFileSync(join(corpus, articles[0]!), join(dir, 'content/brouillons/a.md'))
    copyFileSync(join(corpus, articles[1]!), join(dir, 'content/actu/z.draft.md'))
    writeFileSync(join(dir, '.titrailleignore'), '# brouillons\nbrouillons/\n*.draft.md\ncontent/0-long.md\n')
    const run = titraille(['**/*.md', '--out-dir', 'content/dist', '--quiet', ...LENIENT], {cwd: dir})
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    expect(readdirSync(join(dir, 'content/dist/content/actu')).sort()).toEqual([...articles].sort())
    expect(existsSync(join(dir, 'content/dist/content/brouillons'))).toBe(false)
    expect(existsSync(join(dir, 'content/dist/content/0-long.md'))).toBe(false)
    // A second run over the same glob does not pick up the first run's output.
    const again = titraille(['**/*.md', '--out-dir', 'content/dist', '--force', '--report', 'json', ...LENIENT], {cwd: dir})
    expect(again.code).toBe(0)
    expect(JSON.parse(again.stderr).totals.files).toBe(articles.length)
    // A file named explicitly is read even when listed.
    const named = titraille(['content/actu/z.draft.md', ...LENIENT], {cwd: dir})
    expect(named.code).toBe(0)
    expect(named.stdout.length).toBeGreaterThan(100)
  })

  it('gives one JSON report per file plus totals with --report json', () => {
    const dir = site()
    writeFileSync(join(dir, 'content/vide.md'), '')
    const run = titraille(['content/**/*.{md,txt}', '--out-dir', 'dist', '--report', 'json', '--jobs', '2'], {cwd: dir})
    expect(run.code).toBe(2)
    const report = JSON.parse(run.stderr) as {
      schemaVersion: number
      files: {path: string; ok: boolean; output?: string; error?: string; report?: {words: {input: number; output: number}}}[]
      totals: {files: number; done: number; errors: number; words: {input: number; output: number}; averageScore?: number}
    }
    expect(report.schemaVersion).toBe(1)
    expect(report.files.map((file) => file.path)).toEqual([
      'content/0-long.md',
      ...articles.map((name) => `content/actu/${name}`),
      'content/seed.txt',
      'content/vide.md'
    ])
    const failed = report.files.filter((file) => !file.ok)
    expect(failed).toEqual([{path: 'content/vide.md', ok: false, kind: 'input', error: expect.stringMatching(/The input is empty/)}])
    expect(report.files[0]).toMatchObject({ok: true, output: 'dist/content/0-long.md'})
    const ok = report.files.filter((file) => file.ok)
    expect(report.totals).toMatchObject({files: 9, done: 8, errors: 1})
    expect(report.totals.words.input).toBe(ok.reduce((sum, file) => sum + file.report!.words.input, 0))
    expect(report.totals.words.output).toBe(ok.reduce((sum, file) => sum + file.report!.words.output, 0))
    expect(report.totals.words.input).toBeGreaterThan(3000)
    // Each article's report carries its audit; the average score is the mean of theirs.
    const scores = ok.map((file) => (file.report as unknown as {audit: {scores: {seo: number}}}).audit.scores.seo)
    expect(scores.every((score) => score >= 0 && score <= 100)).toBe(true)
    expect(report.totals.averageScore).toBeCloseTo(scores.reduce((a, b) => a + b, 0) / scores.length, 1)
  })

  it('exits 1 on audit findings at or above --fail-on, and prints the audit of those articles', () => {
    const dir = site()
    const strict = titraille(['content/actu/*.md', '--out-dir', 'dist', '--fail-on', 'warn'], {cwd: dir})
    // Every corpus article keeps some of its author's long sentences: warnings at least.
    expect(strict.code).toBe(1)
    expect(strict.stderr).toMatch(/^content\/actu\/\d+\.md: \d+ → \d+ words, SEO score \d+\/100, \d+ errors?, [1-9]\d* warnings?/m)
    expect(strict.stderr).toMatch(/^ {2}\S+\s+warning\s+Unexpected .*\s[a-z-]+$/m)
    expect(strict.stderr).toMatch(/^titraille: 6 files, 6 written, 0 errors, \d+ → \d+ words, average score [\d.]+\/100$/m)
    const lenient = titraille(['content/actu/*.md', '--out-dir', 'dist2', '--fail-on', 'off'], {cwd: dir})
    expect(lenient.code).toBe(0)
    expect(lenient.stderr).not.toMatch(/^ {2}\S+\s+warning/m)
    // Same articles, same audit: the outputs do not depend on --fail-on.
    expect(tree(join(dir, 'dist2'))).toEqual(tree(join(dir, 'dist')))
  })

  it('writes JSON results with --format json, named .json', () => {
    const dir = site()
    const run = titraille(['content/actu/*.md', '--out-dir', 'dist', '--format', 'json', '--quiet', ...LENIENT], {cwd: dir})
    expect(run.code).toBe(0)
    const name = articles[0]!.replace('.md', '.json')
    const result = JSON.parse(readFileSync(join(dir, 'dist/content/actu', name), 'utf8')) as Record<string, unknown>
    expect(Object.keys(result).sort()).toEqual(['markdown', 'messages', 'meta', 'report'])
    expect(result.markdown).toMatch(/^---\n/)
    expect(result).not.toHaveProperty('data')
  })

  it('writes HTML pages with --format html, named .html, with the canonical URL', () => {
    const dir = site()
    const run = titraille(['content/actu/*.md', '--out-dir', 'site', '--format', 'html', '--canonical', 'https://exemple.fr/actu', '--quiet', ...LENIENT], {cwd: dir})
    expect(run.code).toBe(0)
    expect(readdirSync(join(dir, 'site/content/actu')).sort()).toEqual(articles.map((name) => name.replace('.md', '.html')).sort())
    const html = readFileSync(join(dir, 'site/content/actu', articles[0]!.replace('.md', '.html')), 'utf8')
    expect(html).toMatch(/^<!doctype html><html lang="fr">/)
    expect(html).toContain('<link rel="canonical" href="https://exemple.fr/actu">')
    expect(html).toContain('"@type": "NewsArticle"')
    // The long words of the article's first paragraph are all in the page (typography may change the rest).
    const first = body(readFileSync(join(corpus, articles[0]!), 'utf8')).split('\n').find((line) => line.length > 80 && !line.startsWith('#'))!
    const long = first.split(/[^\p{L}]+/u).filter((word) => word.length >= 8)
    expect(long.length).toBeGreaterThan(2)
    for (const word of long) expect(html).toContain(word)
  })

  it.each([
    [['--jobs', '0'], /--jobs must be a positive whole number/],
    [['--min-words', 'beaucoup'], /--min-words must be a positive whole number/],
    [['--format', 'pdf'], /--format must be md, html or json/],
    [['--canonical', 'exemple.fr/article'], /--canonical must be an absolute URL/],
    [['--keyphrase', '  '], /--keyphrase must not be empty/]
  ])('rejects %j as a usage error', (flags, message) => {
    const run = titraille([seed, ...flags])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(message)
    expect(run.stdout).toBe('')
  })
})
