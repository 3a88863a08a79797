import {describe, expect, it} from '@jest/globals'
import {spawnSync} from 'node:child_process'
import {copyFileSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {BIN, SHARED, temporaryFolder} from './support/cli.js'

const seed = join(SHARED, 'fixtures/seed-twitter-spaces.txt')

/**
 * Run the CLI with a module-resolution hook that logs every module it loads:
 * what start-up costs is which modules it loads, not a timing (timings are
 * for `pnpm bench`).
 */
function modulesLoaded(args: string[], cwd?: string): {code: number | null; modules: string[]; edges: [string, string][]} {
  const dir = temporaryFolder()
  const log = join(dir, 'modules.log')
  writeFileSync(
    join(dir, 'hooks.mjs'),
    `import {appendFileSync} from 'node:fs'\nexport async function resolve(specifier, context, next) {\n  const result = await next(specifier, context)\n  appendFileSync(${JSON.stringify(log)}, (context.parentURL ?? '') + ' ' + result.url + '\\n')\n  return result\n}\n`
  )
  writeFileSync(join(dir, 'register.mjs'), `import {register} from 'node:module'\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)})\n`)
  writeFileSync(log, '')
  const run = spawnSync(process.execPath, ['--import', pathToFileURL(join(dir, 'register.mjs')).href, BIN, ...args], {cwd: cwd ?? dir, encoding: 'utf8', timeout: 60_000})
  const edges = readFileSync(log, 'utf8').split('\n').filter(Boolean).map((line) => line.split(' ') as [string, string])
  return {code: run.status, modules: edges.map(([, url]) => url), edges}
}

const heavy = (modules: string[]) => modules.filter((url) => /packages\/core\/|\/node_modules\/|commands\/rewrite/.test(url))

describe('titraille start-up', () => {
  it.each([['--version'], ['--help']])('%s loads nothing but the CLI shell', (flag) => {
    const {code, modules} = modulesLoaded([flag])
    expect(code).toBe(0)
    expect(modules.some((url) => url.endsWith('/main.js'))).toBe(true)
    expect(heavy(modules)).toEqual([])
  })

  it('one file is rewritten without starting a worker pool', () => {
    const {code, modules} = modulesLoaded([seed, '--fail-on', 'off'])
    expect(code).toBe(0)
    // The pipeline is loaded (so the log does see heavy modules) …
    expect(modules.some((url) => url.includes('/packages/core/dist/'))).toBe(true)
    // … but not the pool.
    expect(modules.filter((url) => url.includes('tinypool'))).toEqual([])
  })

  it('a batch with --jobs 2 starts the pool, and only the workers load the pipeline', () => {
    const dir = temporaryFolder()
    copyFileSync(seed, join(dir, 'a.txt'))
    copyFileSync(seed, join(dir, 'b.txt'))
    const {code, modules, edges} = modulesLoaded(['*.txt', '--out-dir', 'dist', '--jobs', '2', '--quiet', '--fail-on', 'off'], dir)
    expect(code).toBe(0)
    expect(modules.some((url) => url.includes('tinypool'))).toBe(true)
    const pipelineImporters = edges.filter(([, url]) => /packages\/core\/dist\/(node\/)?index\.js$/.test(url)).map(([parent]) => parent.replace(/^.*\/packages\//, ''))
    expect(pipelineImporters.length).toBeGreaterThan(0)
    expect(new Set(pipelineImporters)).toEqual(new Set(['cli/dist/batch/article.js']))
    expect(edges.filter(([, url]) => url.endsWith('/batch/article.js')).map(([parent]) => parent.replace(/^.*\/packages\//, ''))).toEqual(expect.arrayContaining(['cli/dist/batch/worker.js']))
    expect(edges.filter(([parent, url]) => url.endsWith('/batch/article.js') && !parent.endsWith('/batch/worker.js'))).toEqual([])
  })
})
