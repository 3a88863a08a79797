import {randomBytes} from 'node:crypto'
import {mkdir, open, rename, rm, stat} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import {TitrailleError} from '../errors.js'
import {DEFAULT_MAX_BYTES} from '../input/decode.js'

/** Read an article file as bytes with clear errors: missing, a directory, unreadable, too large. */
export async function readArticleFile(path: string, options?: {maxBytes?: number | null | undefined} | null): Promise<Uint8Array> {
  const maxBytes = options?.maxBytes ?? DEFAULT_MAX_BYTES
  let info
  try {
    info = await stat(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new FileError(`${path}: no such file.`, 'Check the path.')
    throw new FileError(`${path}: cannot read it (${code ?? 'error'}).`, 'Check its permissions.')
  }
  if (info.isDirectory()) throw new FileError(`${path}: is a directory, not a file.`, 'Give a file, or a glob such as `dir/**/*.md`.')
  if (info.size > maxBytes) {
    throw new TitrailleError('TOO_LARGE', `${path}: ${info.size} bytes, over the limit of ${maxBytes} bytes.`, 'Split the document, or raise the limit with `--max-size`.')
  }
  try {
    const handle = await open(path, 'r')
    try {
      return new Uint8Array(await handle.readFile())
    } finally {
      await handle.close()
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new FileError(`${path}: cannot read it (${code ?? 'error'}).`, 'Check its permissions.')
  }
}

/** A file-system problem with an article (missing, unreadable, unwritable). */
export class FileError extends Error {
  readonly hint: string
  constructor(problem: string, hint: string) {
    super(`${problem} ${hint}`)
    this.name = 'FileError'
    this.hint = hint
  }
}

/**
 * Write `content` to `path` atomically: a temporary file in the same folder,
 * then a rename. Refuses to replace an existing file unless `force`; creates
 * the folder first with `mkdir`.
 */
export async function writeFileAtomic(
  path: string,
  content: string,
  options?: {force?: boolean | null | undefined; mkdir?: boolean | null | undefined} | null
): Promise<void> {
  if (options?.mkdir) {
    try {
      await mkdir(dirname(path), {recursive: true})
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      throw new FileError(`${path}: cannot write it (${code ?? 'error'}: cannot create its folder).`, 'Check that the output folder is a writable directory.')
    }
  }
  if (!options?.force) {
    const exists = await stat(path).then(
      () => true,
      () => false
    )
    if (exists) throw new FileError(`${path}: already exists.`, 'Pass `--force` to overwrite it.')
  }
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    const handle = await open(temporary, options?.force ? 'w' : 'wx')
    try {
      await handle.writeFile(content, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, {force: true})
    if (error instanceof FileError) throw error
    const code = (error as NodeJS.ErrnoException).code
    throw new FileError(`${path}: cannot write it (${code ?? 'error'}).`, 'Check that the folder exists and is writable.')
  }
}
