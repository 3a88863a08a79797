import {spawnSync} from 'node:child_process'
import {beforeAll, describe, expect, test} from '@jest/globals'
import {readFileSync, rmSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Element, Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {select, selectAll} from 'hast-util-select'
import {toText} from 'hast-util-to-text'
import {countWords} from '@titraille/core'

/** Folder of an example site (`examples/<name>`). */
export function exampleDir(name: string): string {
  return fileURLToPath(new URL(`../../examples/${name}/`, import.meta.url))
}

/** A finished site build. */
export interface SiteBuild {
  status: number | null
  /** stdout and stderr together, as a user sees them in a terminal. */
  output: string
}

/**
 * Build an example site from scratch with its own tool, as a real process
 * (no dev server): `bin` is the tool's script inside the example's
 * node_modules, `clean` the folders of earlier builds and caches.
 */
export function buildSite(name: string, bin: string, args: string[], clean: string[]): SiteBuild {
  const dir = exampleDir(name)
  for (const folder of clean) rmSync(join(dir, folder), {recursive: true, force: true})
  const result = spawnSync(process.execPath, [join(dir, 'node_modules', bin), ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 170_000,
    env: {
      ...process.env,
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      CI: '1',
      ASTRO_TELEMETRY_DISABLED: '1',
      NEXT_TELEMETRY_DISABLED: '1',
      // jest's own settings must not leak into the site's build.
      NODE_OPTIONS: '',
      NODE_ENV: 'production'
    }
  })
  return {status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`}
}

/** What a built article page shows. */
export interface BuiltPage {
  title: string | undefined
  /** Content of `<meta name="description">` in `<head>`, if any. */
  description: string | undefined
  /** Text of the `<h2>`–`<h6>` subheadings inside `<article>`. */
  subheadings: string[]
  /** Words of the `<article>` text without the layout's `<h1>` (the title), counted as Titraille counts. */
  words: number
  /** Text of the `<h1>` headings inside `<article>`. */
  h1s: string[]
  /** Text of the `<article>`. */
  text: string
}

/** Read a built HTML page of an example site. */
export function readPage(name: string, path: string): BuiltPage {
  const tree: Root = fromHtml(readFileSync(join(exampleDir(name), path), 'utf8'))
  const head = select('head', tree)
  const article = select('article', tree)
  if (!head || !article) throw new Error(`${path}: no <head> or no <article>`)
  const meta = select('meta[name="description"]', head)
  const title = select('title', head)
  const text = toText(article)
  const h1 = select('h1', article)
  return {
    title: title ? toText(title) : undefined,
    description: meta ? String(meta.properties.content ?? '') : undefined,
    subheadings: selectAll('h2, h3, h4, h5, h6', article).map((heading: Element) => toText(heading).trim()),
    words: countWords(text) - (h1 ? countWords(toText(h1)) : 0),
    h1s: selectAll('h1', article).map((heading: Element) => toText(heading).trim()),
    text
  }
}

/** The French articles of every example site, by slug. */
export const FRENCH_ARTICLES = ['forum-langue-francaise', 'gouvernement-grece', 'independance-algerie'] as const
/** The article whose author-written meta description is far too long: the audit must report it. */
export const AUDIT_ERROR_ARTICLE = 'independance-algerie'
/** The page in English, left as it is with a warning. */
export const ENGLISH_PAGE = 'english-page'

/** How to build one example site and where its pages land. */
export interface SiteSpec {
  name: string
  /** The build tool's script, relative to the example's node_modules. */
  bin: string
  args: string[]
  /** Output and cache folders removed before building. */
  clean: string[]
  /** Built HTML file of the page made from `content/<slug>.md`. */
  pagePath: (slug: string) => string
}

/** The block of messages vfile-reporter printed for `slug`'s source file, `''` when none. */
export function reportFor(output: string, slug: string): string {
  const lines = output.split('\n')
  // vfile-reporter starts a file's block with its path alone on a line (tools also log paths in longer lines).
  const start = lines.findIndex((line) => /^\S+$/.test(line) && line.endsWith(`/${slug}.md`))
  if (start === -1) return ''
  // The block runs to the blank line vfile-reporter ends it with: a message with a
  // long place (`9:1-9:230 warning …`) starts at the margin, so indentation does not tell.
  const block: string[] = []
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '') break
    block.push(line)
  }
  return block.join('\n')
}

/**
 * The checks every example site passes: it builds, each French article
 * comes out with subheadings, a meta description in `<head>` and at least
 * 700 words, the audit error of one article is printed at build time, and
 * the English page is left alone with a warning.
 */
export function describeSite(spec: SiteSpec): void {
  describe(`examples/${spec.name}`, () => {
    let build: SiteBuild

    beforeAll(() => {
      build = buildSite(spec.name, spec.bin, spec.args, spec.clean)
    }, 180_000)

    test('builds', () => {
      // The build's own output is the useful diagnostic when it fails.
      if (build.status !== 0) throw new Error(`examples/${spec.name}: build exited with ${String(build.status)}\n${build.output.slice(-6000)}`)
      expect(build.output).not.toMatch(/Error rendering|Failed to parse Markdown/)
    })

    test.each(FRENCH_ARTICLES)('%s has subheadings, a meta description and 700 words', (slug) => {
      const page = readPage(spec.name, spec.pagePath(slug))
      expect(page.title).toBeTruthy()
      expect(page.description?.trim()).toBeTruthy()
      expect(page.subheadings.length).toBeGreaterThanOrEqual(2)
      expect(new Set(page.subheadings).size).toBe(page.subheadings.length)
      expect(page.words).toBeGreaterThanOrEqual(700)
    })

    test('keeps the meta description the author wrote', () => {
      const page = readPage(spec.name, spec.pagePath(AUDIT_ERROR_ARTICLE))
      expect(page.description).toMatch(/^Il y a cinquante ans, le 5 juillet 1962, le général De Gaulle proclamait/)
    })

    test('prints the audit error of an article at build time', () => {
      const report = reportFor(build.output, AUDIT_ERROR_ARTICLE)
      expect(report).toMatch(/\b(warning|error)\b +Unexpected meta description of \d+ characters.* meta-description-length +titraille/)
    })

    test('applies the audit rule settings of titraille.config.json', () => {
      // The example's config allows 120–160 characters instead of the rule's default 120–156.
      expect(reportFor(build.output, AUDIT_ERROR_ARTICLE)).toMatch(/Unexpected meta description of \d+ characters, expected 120–160 /)
    })

    test.each(FRENCH_ARTICLES)('%s has one H1, the layout’s title', (slug) => {
      const page = readPage(spec.name, spec.pagePath(slug))
      expect(page.h1s).toEqual([page.title])
      expect(reportFor(build.output, slug)).not.toMatch(/\bsingle-h1\b/)
    })

    test('leaves a page in English as it is, with a warning', () => {
      expect(reportFor(build.output, ENGLISH_PAGE)).toMatch(/warning.*not-french/)
      const page = readPage(spec.name, spec.pagePath(ENGLISH_PAGE))
      expect(page.text).toContain('Titraille only rewrites French articles, so this English page is left exactly as it is')
      expect(page.subheadings).toEqual([])
    })
  })
}
