import type {Paragraph, RootContent, Text} from 'mdast'
import {fr} from '@titraille/rules'
import {capitalizeFirst, lowercaseFirst} from './french.js'
import type {Addition, ExpandContext} from './types.js'

const OPENERS = new Set(fr.SENTENCE_OPENERS)
const BLOCKERS = new Set(fr.TRANSITION_BLOCKERS)
const LOWER = new Set([...fr.LOWERCASE_AFTER_TRANSITION, ...fr.STOP_WORDS])

/**
 * Transitions: a connector at the start of section openers and other
 * paragraphs (`Par ailleurs, …`), chosen by relation (addition between
 * paragraphs, `enfin` before the last one), never twice the same, only from
 * the openers the audit counts.
 */
export function transitions(ctx: ExpandContext): Addition | undefined {
  const children = ctx.tree.children
  const paragraphs: {node: Paragraph; index: number; afterHeading: boolean}[] = []
  let seenProse = false
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!
    if (node.type !== 'paragraph' || node.data?.generated) continue
    const previous = children[i - 1]
    if (seenProse) paragraphs.push({node, index: i, afterHeading: previous?.type === 'heading'})
    seenProse = true
  }
  if (paragraphs.length === 0) return undefined
  const addition = (fr.TRANSITIONS_BY_RELATION.addition ?? []).filter((word) => OPENERS.has(word))
  const time = (fr.TRANSITIONS_BY_RELATION.time ?? []).filter((word) => OPENERS.has(word))
  const start = ctx.seed % Math.max(1, addition.length)
  const rotated = [...addition.slice(start), ...addition.slice(0, start)]
  const plan: {node: Paragraph; text: Text; opener: string}[] = []
  const last = paragraphs[paragraphs.length - 1]!
  // Section openers first, then every other paragraph, so connectors do not pile up.
  const ordered = [...paragraphs.filter((p) => p.afterHeading), ...paragraphs.filter((p, k) => !p.afterHeading && k % 2 === 1)]
  let previousIndex = -10
  for (const candidate of ordered.sort((a, b) => a.index - b.index)) {
    const first = candidate.node.children[0]
    if (!first || first.type !== 'text') continue
    const word = /^[\p{L}’']+/u.exec(first.value)?.[0]?.toLowerCase().replace(/'/gu, '’')
    if (!word || BLOCKERS.has(word) || OPENERS.has(word)) continue
    if (candidate.index - previousIndex < 2) continue
    const opener = candidate === last && time.length > 0 ? time[time.length - 1]! : rotated.shift()
    if (!opener) continue
    previousIndex = candidate.index
    plan.push({node: candidate.node, text: first, opener})
  }
  if (plan.length === 0) return undefined
  const templates = plan.map((p) => `transition:${p.opener}`)
  const from = plan.map((p) => ctx.analysis.blocks.find((block) => block.node === p.node)?.sentences[0]).filter((id): id is number => id !== undefined)
  const words = plan.reduce((sum, p) => sum + p.opener.split(/\s+/u).length, 0)
  return {
    by: 'transitions',
    placement: {kind: 'inline'},
    nodes: [],
    words,
    from,
    templates,
    sentences: [],
    apply() {
      for (const {node, text, opener} of plan) {
        const word = /^[\p{L}’']+/u.exec(text.value)?.[0] ?? ''
        const value = LOWER.has(word.toLowerCase().replace(/'/gu, '’')) ? lowercaseFirst(text.value) : text.value
        const generated = {by: 'expand:transitions', from: from.filter((id) => ctx.analysis.blocks.find((b) => b.node === node)?.sentences.includes(id)), template: `transition:${opener}`}
        const added: Text = {type: 'text', value: `${capitalizeFirst(opener)}, `, data: {generated}}
        node.children.splice(0, 1, added, {...text, value})
      }
    }
  }
}

/** Whether a top-level node is a paragraph (helper for tests). */
export function isParagraph(node: RootContent): node is Paragraph {
  return node.type === 'paragraph'
}
