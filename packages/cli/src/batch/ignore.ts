import {readFile} from 'node:fs/promises'
import {isAbsolute, join, relative, sep} from 'node:path'

/** Name of the ignore file looked up in the working folder (gitignore syntax). */
export const IGNORE_FILE = '.titrailleignore'

/**
 * Read `.titrailleignore` from `cwd` and return a test for paths (relative to
 * `cwd` or absolute) it excludes; `undefined` when there is no such file.
 */
export async function loadIgnore(cwd: string): Promise<((path: string) => boolean) | undefined> {
  let text: string
  try {
    text = await readFile(join(cwd, IGNORE_FILE), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
  // `ignore` is the gitignore matcher eslint and prettier use.
  const {default: ignore} = await import('ignore')
  const matcher = ignore().add(text)
  return (path) => {
    const rel = relative(cwd, isAbsolute(path) ? path : join(cwd, path))
    // Files outside cwd are not under its ignore file.
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false
    return matcher.ignores(sep === '/' ? rel : rel.split(sep).join('/'))
  }
}
