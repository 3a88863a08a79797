import {spawnSync} from 'node:child_process'
import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

/** The built CLI (tests run after `pnpm build`). */
export const BIN = fileURLToPath(new URL('../../packages/cli/dist/bin.js', import.meta.url))
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url))

export interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** Run `titraille ARGS` as a real process, in `cwd`, with `input` on stdin. */
export function titraille(args: string[], options: {cwd?: string; input?: string | Uint8Array} = {}): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
    env: {...process.env, NO_COLOR: '1'}
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** A fresh temporary folder. */
export function temporaryFolder(): string {
  return mkdtempSync(join(tmpdir(), 'titraille-'))
}
