import type {Heading, Paragraph, Root, RootContent} from 'mdast'
import {location} from 'vfile-location'

/** Options for {@link parsePlainText}. */
export interface PlainTextOptions {
  /**
   * Take the first line as the title when it looks like one
   * (short, no final full stop, followed by more text).
   * @default true
   */
  detectTitle?: boolean | null | undefined
}

interface Block {
  start: number
  end: number
}

/**
 * Parse a plain-text article into mdast: paragraphs are separated by blank
 * lines, or, when the text has no blank line, each non-empty line is one.
 * Text is taken literally (no Markdown syntax is interpreted). Positions point
 * into `text`.
 */
export function parsePlainText(text: string, options?: Readonly<PlainTextOptions> | null): Root {
  const blocks = splitBlocks(text)
  const place = location(text)
  const point = (offset: number) => ({...place.toPoint(offset)!, offset})
  const children: RootContent[] = []
  blocks.forEach((block, index) => {
    const value = text.slice(block.start, block.end)
    const position = {start: point(block.start), end: point(block.end)}
    const textNode = {type: 'text' as const, value, position}
    if (index === 0 && blocks.length > 1 && (options?.detectTitle ?? true) && looksLikeTitle(value)) {
      const heading: Heading = {type: 'heading', depth: 1, children: [textNode], position}
      children.push(heading)
    } else {
      const paragraph: Paragraph = {type: 'paragraph', children: [textNode], position}
      children.push(paragraph)
    }
  })
  return {
    type: 'root',
    children,
    position: {start: point(0), end: point(text.length)}
  }
}

/** Whether a first line reads like a headline rather than a sentence of the body. */
export function looksLikeTitle(line: string): boolean {
  const trimmed = line.trim()
  if (trimmed.includes('\n')) return false
  const words = trimmed.split(/\s+/).filter(Boolean)
  if (words.length === 0 || words.length > 16 || trimmed.length > 120) return false
  if (/[.,;:…]$/.test(trimmed)) return false
  return /^\P{Ll}/u.test(trimmed)
}

function splitBlocks(text: string): Block[] {
  const lines: Block[] = []
  let start = 0
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      lines.push({start, end: i})
      start = i + 1
    }
  }
  const isBlank = (b: Block) => text.slice(b.start, b.end).trim() === ''
  const nonEmpty = lines.filter((b) => !isBlank(b))
  // A blank line between two non-empty lines means the author separates
  // paragraphs with blank lines; otherwise every line is a paragraph.
  const first = lines.findIndex((b) => !isBlank(b))
  let last = lines.length - 1
  while (last >= 0 && isBlank(lines[last]!)) last--
  const blankInside = lines.slice(first, last + 1).some(isBlank)
  const trim = (b: Block): Block => {
    const raw = text.slice(b.start, b.end)
    const lead = raw.length - raw.trimStart().length
    const trail = raw.length - raw.trimEnd().length
    return {start: b.start + lead, end: b.end - trail}
  }
  if (!blankInside) return nonEmpty.map(trim)
  const blocks: Block[] = []
  let current: Block | undefined
  for (const line of lines) {
    if (isBlank(line)) {
      if (current) blocks.push(trim(current))
      current = undefined
    } else if (current) {
      current.end = line.end
    } else {
      current = {start: line.start, end: line.end}
    }
  }
  if (current) blocks.push(trim(current))
  return blocks
}
