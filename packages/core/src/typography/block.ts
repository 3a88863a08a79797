import type {Text} from 'mdast'
import type {fr} from '@titraille/rules'
import {OBJECT, PASSES, type Edit, type Pass} from './passes.js'
import {lockProtected} from './protect.js'

/** A piece of a block's text: a text node's value, or a stand-in for what must not change. */
export interface Segment {
  /** The text node it comes from (`undefined` for a string or an untouchable node). */
  node: Text | undefined
  /** Whether typography may change it. */
  editable: boolean
  value: string
  /** The value as it was before any fix. */
  original: string
  /** For each character of `value` (and its end), its index in `original`. */
  origin: number[]
  /** Nesting inside emphasis / strong / delete: edits prefer the shallowest node. */
  depth: number
}

/** A fix applied to a segment. */
export interface AppliedFix {
  rule: fr.TypographyRuleId
  segment: Segment
  /** Index in the segment's original value. */
  index: number
  actual: string
  expected: string
}

/** A segment for `value`, as read. */
export function segment(value: string, node: Text | undefined, editable: boolean, depth: number): Segment {
  return {node, editable, value, original: value, origin: Array.from({length: value.length + 1}, (_, i) => i), depth}
}

/** The text of a block and which of its characters typography must not change. */
export function flatten(segments: readonly Segment[]): {text: string; locked: Uint8Array} {
  const text = segments.map((s) => s.value).join('')
  const locked = new Uint8Array(text.length)
  let at = 0
  for (const s of segments) {
    if (!s.editable) locked.fill(1, at, at + s.value.length)
    at += s.value.length
  }
  lockProtected(text, locked)
  return {text, locked}
}

/** Run the fixing rules over a block, changing its segments in place. */
export function runPasses(segments: Segment[], passes: readonly Pass[] = PASSES): AppliedFix[] {
  const fixes: AppliedFix[] = []
  let {text, locked} = flatten(segments)
  for (const pass of passes) {
    const edits = pass.run(text, locked)
    if (edits.length === 0) continue
    let changed = false
    let limit = Number.POSITIVE_INFINITY
    for (let k = edits.length - 1; k >= 0; k--) {
      const e = edits[k]!
      // Edits of one pass never overlap; when a rule's two patterns meet, the first wins.
      if (e.end > limit || (e.start === e.end && e.start === limit)) continue
      const applied = apply(segments, e, locked)
      if (applied) {
        fixes.push(applied)
        limit = e.start
        changed = true
      }
    }
    if (changed) ({text, locked} = flatten(segments))
  }
  return fixes
}

function apply(segments: Segment[], e: Edit, locked: Uint8Array): AppliedFix | undefined {
  if (e.end > e.start) {
    for (let i = e.start; i < e.end; i++) if (locked[i]) return undefined
  } else if (e.start > 0 && e.start < locked.length && locked[e.start - 1] && locked[e.start]) {
    return undefined
  }
  let at = 0
  let target: {s: Segment; start: number} | undefined
  if (e.end > e.start) {
    for (const s of segments) {
      const end = at + s.value.length
      if (e.start >= at && e.end <= end) {
        target = {s, start: at}
        break
      }
      at = end
    }
  } else {
    // An insertion between two nodes goes to the shallower one, so emphasis
    // never starts or ends with a space (`*mot* :`, `«*mot*»`).
    let ending: {s: Segment; start: number} | undefined
    let starting: {s: Segment; start: number} | undefined
    for (const s of segments) {
      const end = at + s.value.length
      if (s.value.length > 0) {
        if (e.start > at && e.start < end) {
          target = {s, start: at}
          break
        }
        if (end === e.start) ending = {s, start: at}
        if (at === e.start && !starting) starting = {s, start: at}
      }
      at = end
    }
    if (!target) {
      const a = ending?.s.editable ? ending : undefined
      const b = starting?.s.editable ? starting : undefined
      target = a && b ? (a.s.depth < b.s.depth ? a : b) : (a ?? b)
    }
  }
  if (!target || !target.s.editable) return undefined
  const {s} = target
  const start = e.start - target.start
  const end = e.end - target.start
  const actual = s.value.slice(start, end)
  const index = s.origin[start]!
  s.value = s.value.slice(0, start) + e.text + s.value.slice(end)
  s.origin.splice(start, end - start, ...Array.from({length: e.text.length}, () => index))
  return {rule: e.rule, segment: s, index, actual, expected: e.text}
}
