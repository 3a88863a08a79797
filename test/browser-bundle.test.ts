// @titraille/core is isomorphic: its built entry bundles for the browser and
// runs without any Node global, giving the same result as in Node.
import {readdirSync, readFileSync} from 'node:fs'
import {builtinModules} from 'node:module'
import {join, relative} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import vm from 'node:vm'
import {beforeAll, describe, expect, test} from '@jest/globals'
import {build} from 'esbuild'

const CORE = fileURLToPath(new URL('../packages/core/', import.meta.url))
const ENTRY = join(CORE, 'dist/index.js')
const ARTICLE = readFileSync(new URL('../../shared/corpus/wikinews-fr/45496.md', import.meta.url), 'utf8')

interface Optimized {
  markdown: string
  meta: Record<string, unknown>
  stages: string[]
}

describe('@titraille/core in a browser', () => {
  let bundle: string
  let warnings: number

  beforeAll(async () => {
    const result = await build({
      entryPoints: [ENTRY],
      bundle: true,
      platform: 'browser',
      // A Web Worker has no DOM: micromark's entity decoder then uses its table instead of `document`.
      conditions: ['worker'],
      format: 'iife',
      globalName: 'Titraille',
      write: false,
      logLevel: 'silent'
    })
    bundle = result.outputFiles[0]?.text ?? ''
    warnings = result.warnings.length
  }, 60_000)

  test('bundles for platform browser without warnings', () => {
    expect(warnings).toBe(0)
    expect(bundle.length).toBeGreaterThan(0)
  })

  test('runs without Node globals and optimises a French article as Node does', async () => {
    // Only what a browser worker has: no process, require, Buffer, module or global.
    const context = vm.createContext({console, TextEncoder, TextDecoder, URL, setTimeout, clearTimeout, queueMicrotask, structuredClone})
    vm.runInContext(bundle, context, {filename: 'titraille.browser.js'})
    expect(vm.runInContext('[typeof process, typeof require, typeof Buffer, typeof global].join()', context)).toBe('undefined,undefined,undefined,undefined')
    context.article = ARTICLE
    const inBrowser = (await vm.runInContext(
      'Titraille.optimize(article).then((r) => JSON.stringify({markdown: r.markdown, meta: r.meta, stages: r.report.stages}))',
      context
    )) as string
    const core = (await import(pathToFileURL(ENTRY).href)) as {optimize: (input: string) => Promise<{markdown: string; meta: Record<string, unknown>; report: {stages: string[]}}>}
    const inNode = await core.optimize(ARTICLE)
    const browser = JSON.parse(inBrowser) as Optimized
    expect(browser.stages).toEqual(inNode.report.stages)
    expect(browser.meta).toEqual(JSON.parse(JSON.stringify(inNode.meta)))
    expect(browser.markdown).toBe(inNode.markdown)
    expect(browser.markdown).toContain('Alpha Centauri')
  }, 60_000)
})

describe('@titraille/core sources', () => {
  const builtins = new Set(builtinModules.filter((name) => !name.startsWith('_')))

  function sources(dir: string): string[] {
    return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) return sources(path)
      return entry.name.endsWith('.ts') ? [path] : []
    })
  }

  test('import no Node built-in outside src/node/', () => {
    const offenders: string[] = []
    for (const file of sources(join(CORE, 'src'))) {
      const path = relative(join(CORE, 'src'), file).split('\\').join('/')
      if (path.startsWith('node/')) continue
      const text = readFileSync(file, 'utf8')
      const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)].map((match) => match[1] ?? '')
      for (const specifier of specifiers) {
        const bare = specifier.split('/')[0] ?? ''
        if (specifier.startsWith('node:') || builtins.has(specifier) || builtins.has(bare)) offenders.push(`${path}: ${specifier}`)
      }
    }
    expect(offenders).toEqual([])
  })

  test('the check sees the Node-only corner', () => {
    // Guards the scan itself: src/node/ does import Node built-ins.
    const text = readFileSync(join(CORE, 'src/node/config.ts'), 'utf8')
    expect(text).toMatch(/from 'node:path'/)
  })
})
