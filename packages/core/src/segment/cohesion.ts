import bm25Vectorizer from 'wink-nlp/utilities/bm25-vectorizer.js'

/** Options of {@link cohesionCurve}. */
export interface CohesionOptions {
  /**
   * Units on each side of a gap compared with each other (TextTiling's block size).
   * @default 3
   */
  window?: number | null | undefined
}

/**
 * Lexical cohesion across each gap between units (TextTiling's block
 * comparison): `curve[g]` is the cosine similarity of the BM25 bags of words
 * of the `window` units before gap `g` and the `window` units after it (a
 * window's bag is the sum of its units' bags); gap
 * `g` lies between unit `g` and unit `g + 1`. Linear in the number of units.
 */
export function cohesionCurve(units: readonly (readonly string[])[], options?: Readonly<CohesionOptions> | null): number[] {
  const n = units.length
  if (n < 2) return []
  const window = Math.max(1, options?.window ?? 3)
  const vectorizer = bm25Vectorizer()
  let learned = 0
  for (const unit of units) {
    // A unit without content words would only dilute the document frequencies.
    if (unit.length === 0) continue
    vectorizer.learn([...unit])
    learned++
  }
  if (learned === 0) return new Array<number>(n - 1).fill(0)
  // One BM25 bag per unit; a window's bag is the sum of its units' bags,
  // kept up to date as the windows slide (linear in the number of tokens).
  const bags = units.map((unit) => (unit.length === 0 ? {} : vectorizer.bowOf([...unit])))
  const left = new Map<string, number>()
  const right = new Map<string, number>()
  const move = (bag: Map<string, number>, unit: number, sign: 1 | -1) => {
    for (const [word, weight] of Object.entries(bags[unit]!)) {
      const value = (bag.get(word) ?? 0) + sign * weight
      if (Math.abs(value) < 1e-12) bag.delete(word)
      else bag.set(word, value)
    }
  }
  for (let i = 0; i < Math.min(n, window + 1); i++) move(i === 0 ? left : right, i, 1)
  const curve: number[] = []
  for (let g = 0; g < n - 1; g++) {
    if (g > 0) {
      move(left, g, 1)
      if (g - window >= 0) move(left, g - window, -1)
      move(right, g, -1)
      if (g + window < n) move(right, g + window, 1)
    }
    curve.push(cosine(left, right))
  }
  return curve
}

/**
 * TextTiling depth score of each gap: how deep the cohesion valley at the gap
 * is, climbing to the highest peak on each side ((peakL − c) + (peakR − c)).
 */
export function depthScores(curve: readonly number[]): number[] {
  const n = curve.length
  const left = new Array<number>(n)
  const right = new Array<number>(n)
  // Highest point reachable by climbing monotonically from each gap.
  for (let g = 0; g < n; g++) left[g] = g > 0 && curve[g - 1]! >= curve[g]! ? Math.max(curve[g]!, left[g - 1]!) : curve[g]!
  for (let g = n - 1; g >= 0; g--) right[g] = g < n - 1 && curve[g + 1]! >= curve[g]! ? Math.max(curve[g]!, right[g + 1]!) : curve[g]!
  return curve.map((c, g) => left[g]! - c + (right[g]! - c))
}

/** Cosine similarity of two bags of weights; 0 when either is empty. */
function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let dot = 0
  for (const [word, weight] of small) dot += weight * (large.get(word) ?? 0)
  if (dot === 0) return 0
  let na = 0
  let nb = 0
  for (const weight of a.values()) na += weight * weight
  for (const weight of b.values()) nb += weight * weight
  return dot / Math.sqrt(na * nb)
}
