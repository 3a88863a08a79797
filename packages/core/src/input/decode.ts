import {TitrailleError} from '../errors.js'

/** Options for {@link decodeArticle}. */
export interface DecodeOptions {
  /**
   * Largest accepted input, in bytes (UTF-8).
   * @default 5_000_000
   */
  maxBytes?: number | null | undefined
}

/** Default size limit of an article: 5 MB. */
export const DEFAULT_MAX_BYTES = 5_000_000

const utf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})
const encoder = new TextEncoder()

/**
 * Turn raw input (bytes or a string) into the text the pipeline works on:
 * valid UTF-8, no BOM, `\n` line endings, NFC, not binary, not empty, not too large.
 */
export function decodeArticle(input: string | Uint8Array, options?: Readonly<DecodeOptions> | null): string {
  const maxBytes = options?.maxBytes ?? DEFAULT_MAX_BYTES
  let text: string
  if (typeof input === 'string') {
    // Counting bytes of a huge string is itself costly: a UTF-16 length over
    // the limit is already over it in UTF-8.
    const size = input.length > maxBytes ? input.length : encoder.encode(input).length
    checkSize(size, maxBytes)
    text = input
  } else {
    checkSize(input.byteLength, maxBytes)
    if (looksBinary(input)) {
      throw new TitrailleError(
        'BINARY',
        'The input looks like binary data, not text.',
        'Give a UTF-8 text or Markdown file.'
      )
    }
    try {
      text = utf8.decode(input)
    } catch {
      throw new TitrailleError(
        'INVALID_UTF8',
        'The input is not valid UTF-8.',
        'Save the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`) and try again.'
      )
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  if (text.includes('\0') || controlShare(text) > 0.1) {
    throw new TitrailleError(
      'BINARY',
      'The input looks like binary data, not text.',
      'Give a UTF-8 text or Markdown file.'
    )
  }
  text = text.replace(/\r\n?/g, '\n').normalize('NFC')
  if (text.trim() === '') {
    throw new TitrailleError('EMPTY', 'The input is empty (or only white space).', 'Give an article with some French text.')
  }
  return text
}

function checkSize(size: number, maxBytes: number): void {
  if (size > maxBytes) {
    throw new TitrailleError(
      'TOO_LARGE',
      `The input is ${size} bytes, over the limit of ${maxBytes} bytes.`,
      'Split the document, or raise the limit with `maxBytes` (CLI: `--max-size`).'
    )
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8000)
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true
  return false
}

/** Share of C0 control characters other than tab, line feed, carriage return, form feed. */
function controlShare(text: string): number {
  const n = Math.min(text.length, 8000)
  if (n === 0) return 0
  let bad = 0
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) bad++
  }
  return bad / n
}
