import {describe, expect, it} from '@jest/globals'
import {decodeArticle, TitrailleError} from '@titraille/core'

const catchError = (fn: () => unknown): TitrailleError => {
  try {
    fn()
  } catch (error) {
    if (error instanceof TitrailleError) return error
    throw error
  }
  throw new Error('expected a TitrailleError')
}

describe('decodeArticle', () => {
  it('strips a BOM, turns CRLF and CR into LF, and normalises to NFC', () => {
    const decomposed = 'E\u0301te\u0301 a\u0300 Paris' // "Été à Paris" in NFD
    const bytes = new TextEncoder().encode(`\uFEFF${decomposed}\r\nSecond\rTroisième`)
    expect(decodeArticle(bytes)).toBe('Été à Paris\nSecond\nTroisième')
  })

  it('refuses empty and whitespace-only input', () => {
    expect(catchError(() => decodeArticle('')).code).toBe('EMPTY')
    const error = catchError(() => decodeArticle(' \n\t\u00a0\n'))
    expect(error.code).toBe('EMPTY')
    expect(error.message).toMatch(/empty/)
  })

  it('refuses binary data and invalid UTF-8 with a fix', () => {
    expect(catchError(() => decodeArticle(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))).code).toBe('BINARY')
    const latin1 = new Uint8Array([0x45, 0x74, 0xe9, 0x20, 0x63, 0x68, 0x61, 0x75, 0x64]) // "Eté chaud" in Latin-1
    const error = catchError(() => decodeArticle(latin1))
    expect(error.code).toBe('INVALID_UTF8')
    expect(error.message).toMatch(/UTF-8/)
  })

  it('refuses input over the size limit, naming the limit', () => {
    const error = catchError(() => decodeArticle('mot '.repeat(100), {maxBytes: 100}))
    expect(error.code).toBe('TOO_LARGE')
    expect(error.message).toContain('100 bytes')
  })
})
