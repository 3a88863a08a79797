import bm25Vectorizer from 'wink-nlp/utilities/bm25-vectorizer.js'
import similarity from 'wink-nlp/utilities/similarity.js'

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
 * of the `window` units before gap `g` and the `window` units after it; gap
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
  const curve: number[] = []
  for (let g = 0; g < n - 1; g++) {
    const left: string[] = []
    for (let i = Math.max(0, g + 1 - window); i <= g; i++) left.push(...units[i]!)
    const right: string[] = []
    for (let i = g + 1; i < Math.min(n, g + 1 + window); i++) right.push(...units[i]!)
    curve.push(left.length === 0 || right.length === 0 ? 0 : similarity.bow.cosine(vectorizer.bowOf(left), vectorizer.bowOf(right)))
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
