import type {Nodes} from 'mdast'
import {location} from 'vfile-location'
import {NON_PROSE} from '../nlp/words.js'
import type {audit} from '@titraille/rules'

/** Where each piece of a block's plain text sits in the source. */
interface Segment {
  /** Offset in the block text. */
  start: number
  end: number
  /** Source offset of `start`, when the node has a position. */
  source: number | undefined
}

/** Maps offsets in blocks' plain text to places in the source text. */
export interface Placer {
  /** The place of a node. */
  node(node: Nodes): audit.Place | undefined
  /** The place of `[start, end)` of the block text of `node` (as `blockText` builds it). */
  span(node: Nodes, start: number, end: number): audit.Place | undefined
}

function segments(node: Nodes): Segment[] {
  const out: Segment[] = []
  let at = 0
  const walk = (current: Nodes) => {
    if (NON_PROSE.has(current.type) || current.type === 'image') return
    if ('value' in current) {
      out.push({start: at, end: at + current.value.length, source: current.position?.start.offset})
      at += current.value.length
      return
    }
    if (current.type === 'break') {
      at += 1
      return
    }
    if ('children' in current) for (const child of current.children as Nodes[]) walk(child)
  }
  walk(node)
  return out
}

/** A {@link Placer} for a source text (the one the tree's positions point into). */
export function placer(source: string | undefined): Placer {
  const where = source === undefined ? undefined : location(source)
  const cache = new WeakMap<Nodes, Segment[]>()
  const nodePlace = (node: Nodes): audit.Place | undefined => {
    const position = node.position
    if (!position) return undefined
    return {start: {line: position.start.line, column: position.start.column, offset: position.start.offset}, end: {line: position.end.line, column: position.end.column, offset: position.end.offset}}
  }
  const point = (segmentsOf: Segment[], offset: number, limit: {start: number; end: number}): audit.Point | undefined => {
    if (!where) return undefined
    const segment = segmentsOf.find((s) => offset >= s.start && offset <= s.end)
    if (!segment || segment.source === undefined) return undefined
    const sourceOffset = Math.min(Math.max(segment.source + (offset - segment.start), limit.start), limit.end)
    const p = where.toPoint(sourceOffset)
    return p ? {line: p.line, column: p.column, offset: sourceOffset} : undefined
  }
  return {
    node: nodePlace,
    span(node, start, end) {
      const whole = nodePlace(node)
      const limit = {start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0}
      let list = cache.get(node)
      if (!list) {
        list = segments(node)
        cache.set(node, list)
      }
      const from = point(list, start, limit)
      const to = point(list, end, limit)
      if (from && to) return {start: from, end: to}
      return whole
    }
  }
}
