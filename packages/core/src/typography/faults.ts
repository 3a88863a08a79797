/** A place where French typography wants a no-break space and the text has none. */
export interface SpaceFault {
  /** Offset of the faulty space (or of the mark missing its space). */
  offset: number
  /** What wants the space: `;`, `:`, `«`, `%`, `420 000` … */
  before: string
  /** A few characters around it. */
  context: string
}

const PATTERNS: readonly RegExp[] = [
  // An ordinary space, or none, before `; ! ? :` and `»`.
  /(?<=\S)(?<![!?])[ \t]?[;!?](?![=&/])/gu,
  /(?<=[^\s:])[ \t]:(?![/:)])/gu,
  /(?<=[^\s\d:]):(?![/:\d)])/gu,
  /(?<=\S)[ \t]?»/gu,
  // After `«`.
  /«[ \t]?(?=\S)/gu,
  // A number and its unit or `%`.
  /(?<=\d)[ \t]?%/gu,
  /(?<=\d)[ \t](?:kg|km|cm|mm|m|g|h|min|s|€|\$)(?![\p{L}\p{N}'’])/gu,
  // Digit groups.
  /(?<![\d.,])\d{1,3}(?:[ \t]\d{3})+(?!\d)/gu
]

/**
 * Missing or ordinary spaces where French typography wants a no-break one
 * (U+00A0 or U+202F): a measurement, independent of the fixing rules.
 */
export function missingNoBreakSpaces(text: string): SpaceFault[] {
  const faults: SpaceFault[] = []
  for (const pattern of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const found = m[0]
      // A correct no-break space is not a fault: only ordinary spaces or no space at all.
      if (/[\u00A0\u202F]/u.test(found)) continue
      faults.push({offset: m.index, before: found.trim(), context: text.slice(Math.max(0, m.index - 12), m.index + found.length + 12)})
    }
  }
  return faults.sort((a, b) => a.offset - b.offset)
}
