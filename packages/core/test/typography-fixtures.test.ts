import {describe, expect, it} from '@jest/globals'
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {unified} from 'unified'
import {remarkTypography, titrailleParse, titrailleStringify} from '@titraille/core'

// Transform fixtures: each folder has an input (`input.md` or `input.txt`, or
// `source` naming a shared file), the expected `output.md` and the expected
// `messages.txt`. `UPDATE=1` rewrites the expectations, to be reviewed in the
// diff (no-break spaces are written there as they are: U+00A0 and U+202F).

const root = new URL('typography-fixtures/', import.meta.url)
const shared = new URL('../../../../shared/', import.meta.url)
const update = process.env.UPDATE === '1'

function inputOf(folder: URL): string {
  for (const name of ['input.md', 'input.txt']) if (existsSync(new URL(name, folder))) return readFileSync(new URL(name, folder), 'utf8')
  return readFileSync(new URL(readFileSync(new URL('source', folder), 'utf8').trim(), shared), 'utf8')
}

describe('typography fixtures', () => {
  const cases = readdirSync(root).sort()

  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(2)
  })

  it.each(cases)('%s', (name) => {
    const folder = new URL(`${name}/`, root)
    const processor = unified().use(titrailleParse, {langCheck: false}).use(remarkTypography).use(titrailleStringify)
    const file = processor.processSync(inputOf(folder))
    const output = String(file)
    const messages = file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`).join('\n') + '\n'
    if (update) {
      writeFileSync(new URL('output.md', folder), output)
      writeFileSync(new URL('messages.txt', folder), messages)
    }
    expect(output).toBe(readFileSync(new URL('output.md', folder), 'utf8'))
    expect(messages).toBe(readFileSync(new URL('messages.txt', folder), 'utf8'))
    // The output is already typeset.
    expect(String(processor.processSync(output))).toBe(output)
  })
})
