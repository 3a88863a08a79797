import {describe, expect, it} from '@jest/globals'
import {Writable} from 'node:stream'
import {batchLog} from '../packages/cli/src/batch/progress.js'

function stream(isTTY: boolean): Writable & {isTTY: boolean; text: () => string} {
  const chunks: string[] = []
  const sink = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk))
      done()
    }
  })
  return Object.assign(sink, {isTTY, text: () => chunks.join('')})
}

describe('batch progress on stderr', () => {
  it('draws a bar on a terminal, keeps lines above it, and clears it at the end', () => {
    const tty = stream(true)
    const log = batchLog(tty, 3, true)
    expect(log.bar).toBe(true)
    log.tick(false)
    log.line('titraille: b.md: The input is empty.')
    log.tick(true)
    log.tick(false)
    log.end()
    const text = tty.text()
    expect(text).toContain('1/3 files')
    expect(text).toContain('3/3 files, 1 error')
    // The error line is written on a cleared line, then the bar comes back.
    expect(text).toContain('\r\u001B[2Ktitraille: b.md: The input is empty.\n')
    expect(text.endsWith('\r\u001B[2K')).toBe(true)
  })

  it.each([
    ['not a terminal', stream(false), true],
    ['--quiet', stream(true), false]
  ])('writes plain lines only when %s', (_name, sink, show) => {
    const log = batchLog(sink, 3, show)
    expect(log.bar).toBe(false)
    log.tick(false)
    log.line('titraille: 3 files, 3 written, 0 errors')
    log.end()
    expect(sink.text()).toBe('titraille: 3 files, 3 written, 0 errors\n')
  })
})
