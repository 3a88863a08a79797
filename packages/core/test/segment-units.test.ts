import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from '@jest/globals'
import {cohesionCurve, countWords, depthScores, segmentText, segmentUnits, splitSentences} from '@titraille/core'

const CHOI = new URL('../../../../shared/corpus/choi-fr/dev-3-5/', import.meta.url)

interface Sample {
  text: string
  sentences: string[]
  boundaries: number[]
}

function samples(): Sample[] {
  return readdirSync(CHOI)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(new URL(name, CHOI), 'utf8')) as Sample)
}

/** Segment label of every word, from the word indices where segments start. */
function labels(total: number, starts: number[]): number[] {
  const sorted = [...new Set(starts)].filter((s) => s > 0 && s < total).sort((a, b) => a - b)
  const out: number[] = []
  let segment = 0
  for (let w = 0; w < total; w++) {
    while (segment < sorted.length && sorted[segment]! <= w) segment++
    out.push(segment)
  }
  return out
}

function pk(gold: number[], found: number[], k: number): number {
  let errors = 0
  for (let i = 0; i + k < gold.length; i++) if ((gold[i] === gold[i + k]) !== (found[i] === found[i + k])) errors++
  return errors / (gold.length - k)
}

describe('segmentUnits', () => {
  it('finds nothing to split in one unit or in units that share their words', () => {
    expect(segmentUnits([['march', 'financ']]).boundaries).toEqual([])
    const same = Array.from({length: 8}, () => ['élect', 'président', 'vot', 'candidat'])
    expect(segmentUnits(same).boundaries).toEqual([])
  })

  it('splits where the vocabulary changes, without being told how many segments', () => {
    const sport = ['match', 'équip', 'but', 'joueur', 'entraîneur', 'victoir']
    const space = ['fus', 'lanc', 'orbit', 'capsul', 'satellit', 'spatial']
    const units = [...Array.from({length: 5}, (_, i) => sport.slice(i % 3, i % 3 + 4)), ...Array.from({length: 5}, (_, i) => space.slice(i % 3, i % 3 + 4))]
    const result = segmentUnits(units)
    expect(result.boundaries).toEqual([5])
    // The deepest cohesion valley is the topic shift.
    const deepest = result.depth.indexOf(Math.max(...result.depth))
    expect(deepest).toBe(4)
  })

  it('keeps segments within the word limits when it can', () => {
    const units = Array.from({length: 20}, (_, i) => [`mot${i}`, `autre${i}`])
    const words = units.map(() => 50)
    const {boundaries} = segmentUnits(units, {words, minWords: 100, maxWords: 300})
    const starts = [0, ...boundaries, units.length]
    for (let s = 0; s + 1 < starts.length; s++) {
      const size = (starts[s + 1]! - starts[s]!) * 50
      expect(size).toBeGreaterThanOrEqual(100)
      expect(size).toBeLessThanOrEqual(300)
    }
  })

  it('scores cohesion in [0, 1] and depth from the valleys', () => {
    const curve = cohesionCurve([['a1', 'b1'], ['a1', 'b1'], ['c1', 'd1'], ['c1', 'd1']], {window: 1})
    expect(curve).toHaveLength(3)
    expect(curve[1]).toBe(0)
    expect(curve[0]).toBeGreaterThan(0.9)
    const depth = depthScores([0.8, 0.2, 0.6, 0.5, 0.7])
    // (0.8 − 0.2) + (0.6 − 0.2) at the first valley, (0.6 − 0.5) + (0.7 − 0.5) at the second.
    expect(depth[1]).toBeCloseTo(1.0)
    expect(depth[3]).toBeCloseTo(0.3)
    expect(depth[0]).toBe(0)
    expect(depth[2]).toBe(0)
  })
})

describe('segmentText (sentence mode) on Choi-style French samples', () => {
  const all = samples()

  it('beats the no-boundary baseline by far on the dev-3-5 samples, Pk < 0.2 on average', () => {
    let total = 0
    let baseline = 0
    for (const sample of all) {
      const starts: number[] = []
      let offset = 0
      for (const sentence of sample.sentences) {
        starts.push(offset)
        offset += sentence.length + 1
      }
      const words = countWords(sample.text)
      const wordAt = (at: number) => countWords(sample.text.slice(0, at))
      const gold = labels(words, sample.boundaries.map((b) => wordAt(starts[b]!)))
      const k = Math.max(1, Math.round(words / (sample.boundaries.length + 1) / 2))
      const found = labels(words, segmentText(sample.text).segments.map((segment) => wordAt(segment.start)))
      total += pk(gold, found, k)
      baseline += pk(gold, labels(words, []), k)
    }
    expect(total / all.length).toBeLessThan(0.2)
    expect(total / all.length).toBeLessThan((baseline / all.length) / 3)
  })

  it('starts every section at a sentence and counts every word once', () => {
    const sample = all[0]!
    const result = segmentText(sample.text)
    expect(result.segments[0]!.start).toBe(0)
    expect(result.segments.reduce((sum, segment) => sum + segment.words, 0)).toBe(countWords(sample.text))
    const sentenceStarts = new Set(result.sentences.map((span) => span.start))
    for (const segment of result.segments) expect(sentenceStarts.has(segment.start)).toBe(true)
  })

  it('splits a long one-line text into the same sentences as the splitter does in one go', () => {
    const text = all.slice(0, 12).map((sample) => sample.text).join(' ')
    expect(text.length).toBeGreaterThan(10_000)
    const spans = segmentText(text).sentences
    expect(spans).toEqual(splitSentences(text))
  })

  it('is deterministic', () => {
    const sample = all[1]!
    expect(segmentText(sample.text)).toEqual(segmentText(sample.text))
  })
})
