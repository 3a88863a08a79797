import {cohesionCurve, depthScores} from './cohesion.js'

/** Options of {@link segmentUnits}. */
export interface SegmentUnitsOptions {
  /** Words of each unit (audit count), for the length limits; by default its number of content tokens. */
  words?: readonly number[] | null | undefined
  /**
   * Fewest words of a segment (a soft limit: broken only when nothing else fits).
   * @default 0
   */
  minWords?: number | null | undefined
  /**
   * Most words of a segment (soft, like `minWords`: a single unit longer than this stays whole).
   * @default Infinity
   */
  maxWords?: number | null | undefined
  /**
   * Longest segment considered, in units: bounds the work to O(units × maxUnits)
   * on long documents.
   * @default 60
   */
  maxUnits?: number | null | undefined
  /**
   * Weight of the cost of one more segment, in units of U00's `log n`: above 1
   * gives fewer, longer segments.
   * @default 1
   */
  penalty?: number | null | undefined
  /**
   * Preferred words of a segment. When set, the editorial criterion replaces
   * U00's: the number of segments comes from a log-normal prior on their
   * length (σ = `lengthSpread`) and boundaries go where cohesion is low and
   * the valley deep (cost `cohesion − depth` per boundary). For an article,
   * whose sections have an editorial length rather than a lexical one.
   */
  targetWords?: number | null | undefined
  /**
   * Spread of the length prior, in natural-log units of `targetWords`
   * (1.5: half or twice the target costs about as much as one boundary in a
   * shallow cohesion valley).
   * @default 1.5
   */
  lengthSpread?: number | null | undefined
  /**
   * Units on each side of a gap compared by the cohesion curve (depth scores).
   * @default 3
   */
  window?: number | null | undefined
  /** The cohesion curve of these units when the caller already has it (`window` is then unused). */
  cohesion?: readonly number[] | null | undefined
}

/** Result of {@link segmentUnits}. */
export interface UnitSegmentation {
  /** Indices of the units that start a segment, ascending; unit 0 is never listed. */
  boundaries: number[]
  /** Cohesion across each gap (gap `g` is between unit `g` and `g + 1`), in [0, 1]. */
  cohesion: number[]
  /** TextTiling depth score of each gap: higher is a sharper topic shift. */
  depth: number[]
}

/** Cost per word of breaking a length limit: it dominates any lexical cost. */
const LIMIT_COST = 1000

/**
 * Topic segmentation of a sequence of units (sentences or paragraphs), each
 * given as its stemmed content words. Boundaries minimise the description
 * length of Utiyama & Isahara (2001, "U00"): each segment is coded by its own
 * Laplace-smoothed unigram model, and each segment costs `log n` more, so the
 * number of segments is chosen by the data, not given. With `targetWords`,
 * the editorial criterion replaces it (a length prior, boundaries in cohesion
 * valleys). Length limits enter the same dynamic programme as costs.
 * Deterministic; O(units × maxUnits).
 */
export function segmentUnits(units: readonly (readonly string[])[], options?: Readonly<SegmentUnitsOptions> | null): UnitSegmentation {
  const n = units.length
  const cohesion = options?.cohesion ? [...options.cohesion] : cohesionCurve(units, {window: options?.window})
  const depth = depthScores(cohesion)
  if (n < 2) return {boundaries: [], cohesion, depth}
  const words = options?.words ?? units.map((unit) => unit.length)
  const minWords = options?.minWords ?? 0
  const maxWords = options?.maxWords ?? Number.POSITIVE_INFINITY
  const maxUnits = Math.max(1, options?.maxUnits ?? 60)
  const penalty = options?.penalty ?? 1
  const target = options?.targetWords ?? 0
  const spread = options?.lengthSpread ?? 1.5

  // Words are coded as integers over the whole document: k is the vocabulary size.
  const ids = new Map<string, number>()
  const coded = units.map((unit) =>
    unit.map((word) => {
      let id = ids.get(word)
      if (id === undefined) {
        id = ids.size
        ids.set(word, id)
      }
      return id
    })
  )
  const vocabulary = ids.size
  let tokens = 0
  for (const unit of coded) tokens += unit.length
  const segmentCost = penalty * Math.log(Math.max(2, tokens))

  // best[j]: cost of the best segmentation of units [0, j); from[j]: where its last segment starts.
  const best = new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY)
  const from = new Int32Array(n + 1).fill(-1)
  best[0] = 0
  const counts = new Int32Array(vocabulary)
  const touched: number[] = []
  for (let i = 0; i < n; i++) {
    if (best[i] === Number.POSITIVE_INFINITY) continue
    // Σ f·log(f + 1) over the segment's words, kept up to date as it grows.
    let fit = 0
    let length = 0
    let size = 0
    for (let j = i; j < n && j < i + maxUnits; j++) {
      for (const id of coded[j]!) {
        const f = counts[id]!
        if (f === 0) touched.push(id)
        fit += (f + 1) * Math.log(f + 2) - f * Math.log(f + 1)
        counts[id] = f + 1
      }
      length += coded[j]!.length
      size += words[j]!
      // −log P(words | segment) under the segment's own smoothed unigram model.
      const lexical = length * Math.log(length + vocabulary) - fit
      const limits = LIMIT_COST * (Math.max(0, minWords - size) + Math.max(0, size - maxWords))
      const cost =
        best[i]! +
        limits +
        (target > 0
          ? Math.log(Math.max(1, size) / target) ** 2 / (2 * spread * spread) + (i > 0 ? cohesion[i - 1]! - depth[i - 1]! : 0)
          : lexical + segmentCost)
      if (cost < best[j + 1]!) {
        best[j + 1] = cost
        from[j + 1] = i
      }
      if (size > maxWords && j > i) break
    }
    for (const id of touched) counts[id] = 0
    touched.length = 0
  }
  const boundaries: number[] = []
  for (let j = n; j > 0; j = from[j]!) if (from[j]! > 0) boundaries.push(from[j]!)
  boundaries.reverse()
  return {boundaries, cohesion, depth}
}
