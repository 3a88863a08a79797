import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from '@jest/globals'
import {SHARED, temporaryFolder, titraille} from './support/cli.js'

const SEED = readFileSync(join(SHARED, 'fixtures/seed-twitter-spaces.txt'), 'utf8')

interface Printed {
  segments: {offset: number; words: number; heading: string | null; cluster: string[]}[]
}

function json(stdout: string): Printed {
  return JSON.parse(stdout) as Printed
}

describe('titraille segment', () => {
  it('prints the sections of the seed article as JSON, offsets at paragraph starts', () => {
    const run = titraille(['segment', '--json', join(SHARED, 'fixtures/seed-twitter-spaces.txt')])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const {segments} = json(run.stdout)
    expect(segments.length).toBeGreaterThanOrEqual(4)
    expect(segments.length).toBeLessThanOrEqual(6)
    expect(segments[0]!.offset).toBe(0)
    expect(segments[0]!.heading).toBeNull()
    const paragraphStarts = new Set([0, ...[...SEED.matchAll(/\n(?=\S)/g)].map((match) => match.index! + 1)])
    for (const segment of segments) {
      expect(paragraphStarts.has(segment.offset)).toBe(true)
      expect(Array.isArray(segment.cluster)).toBe(true)
    }
    expect(segments.reduce((sum, segment) => sum + segment.words, 0)).toBe(SEED.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length)
  })

  it('gives offsets in the input exactly as read: BOM, CRLF and decomposed accents included', () => {
    const raw = `\uFEFF${SEED.normalize('NFD').replace(/\n/g, '\r\n')}`
    const run = titraille(['segment', '--json', '-'], {input: raw})
    expect(run.code).toBe(0)
    const plain = json(titraille(['segment', '--json', '-'], {input: SEED}).stdout).segments
    const {segments} = json(run.stdout)
    expect(segments.map((segment) => segment.words)).toEqual(plain.map((segment) => segment.words))
    for (const [index, segment] of segments.entries()) {
      const expected = SEED.slice(plain[index]!.offset, plain[index]!.offset + 40)
      expect(raw.slice(segment.offset, segment.offset + 60).normalize('NFC').replace(/\r/g, '').slice(0, 40)).toBe(expected)
    }
  })

  it('sentence mode starts sections at sentences, with no headings', () => {
    const sample = JSON.parse(readFileSync(join(SHARED, 'corpus/choi-fr/dev-3-8/dev-3-8-000.json'), 'utf8')) as {text: string; sentences: string[]}
    const folder = temporaryFolder()
    const path = join(folder, 'choi.txt')
    writeFileSync(path, sample.text)
    const run = titraille(['segment', '--sentences', '--json', path])
    expect(run.code).toBe(0)
    const {segments} = json(run.stdout)
    expect(segments.length).toBeGreaterThanOrEqual(5)
    expect(segments.length).toBeLessThanOrEqual(15)
    for (const segment of segments) {
      expect(segment.heading).toBeNull()
      expect(segment.cluster).toEqual([])
      expect(segment.offset === 0 || /[.!?»…] $/.test(sample.text.slice(segment.offset - 2, segment.offset))).toBe(true)
    }
  })

  it('prints a readable list without --json', () => {
    const run = titraille(['segment', '-'], {input: SEED})
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^ +0 +\d+ words {2}\(chapeau\)\n/)
    expect(run.stdout).toContain('Elon Musk veut transformer')
  })

  it('fails clearly on bad usage and bad input', () => {
    const unknown = titraille(['segment', '--nope', '-'], {input: SEED})
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/^titraille: .*--nope/)
    const missing = titraille(['segment', 'no-such-file.txt'], {cwd: temporaryFolder()})
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/no-such-file\.txt.*no such file/)
    const empty = titraille(['segment', '-'], {input: '  \n'})
    expect(empty.code).toBe(2)
    expect(empty.stderr).toMatch(/empty/)
    const help = titraille(['segment', '--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^Usage: titraille segment/)
  })
})
