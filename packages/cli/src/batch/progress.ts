import type {Writable} from 'node:stream'

/** Where a batch writes its lines on stderr; a progress bar keeps itself below them. */
export interface BatchLog {
  /** Write one line (without its newline). */
  line: (text: string) => void
  /** One more article is done. */
  tick: (failed: boolean) => void
  /** Remove the bar before the final summary. */
  end: () => void
  /** Whether a progress bar is shown (then per-article lines would only scroll it away). */
  bar: boolean
}

const WIDTH = 24

/**
 * A progress bar on `stream` when it is a terminal and `show` is set; plain
 * lines otherwise. It redraws when the shown percentage changes, not on a
 * clock, so it costs at most a hundred redraws.
 */
export function batchLog(stream: Writable & {isTTY?: boolean}, total: number, show: boolean): BatchLog {
  if (!show || !stream.isTTY || total < 2) {
    return {line: (text) => stream.write(`${text}\n`), tick: () => undefined, end: () => undefined, bar: false}
  }
  let done = 0
  let errors = 0
  let shown = -1
  let drawn = false
  const draw = (): void => {
    const filled = Math.round((done / total) * WIDTH)
    const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`
    const failures = errors === 0 ? '' : `, ${errors} error${errors === 1 ? '' : 's'}`
    stream.write(`\r\u001B[2K${bar} ${done}/${total} files${failures}`)
    drawn = true
  }
  const clear = (): void => {
    if (drawn) stream.write('\r\u001B[2K')
    drawn = false
  }
  return {
    line(text) {
      clear()
      stream.write(`${text}\n`)
      draw()
    },
    tick(failed) {
      done++
      if (failed) errors++
      const percent = Math.floor((done / total) * 100)
      if (percent !== shown || failed) {
        shown = percent
        draw()
      }
    },
    end: clear,
    bar: true
  }
}
