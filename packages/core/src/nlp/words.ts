import type {Nodes} from 'mdast'

/**
 * Words of a text as the audit counts them (as Yoast does): runs separated by
 * white space that hold at least one letter or digit. `l’homme` is one word,
 * `20 %` is one, `–` is none.
 */
export function words(text: string): string[] {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w))
}

/** Number of {@link words} in `text`. */
export function countWords(text: string): number {
  let n = 0
  for (const w of text.split(/\s+/u)) if (/[\p{L}\p{N}]/u.test(w)) n++
  return n
}

/** Node types whose text is not prose (not counted, not analysed, not rewritten). */
export const NON_PROSE = new Set(['code', 'inlineCode', 'html', 'yaml', 'toml', 'math', 'inlineMath', 'definition'])

/** The prose of a tree, block by block, skipping code, HTML and front matter. */
export function proseOf(node: Nodes): string {
  if (NON_PROSE.has(node.type)) return ''
  if ('value' in node) return node.value
  if ('alt' in node && node.type === 'image') return ''
  if (!('children' in node)) return ''
  const parts = (node.children as Nodes[]).map(proseOf)
  const block = node.type === 'root' || node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote' || node.type === 'table' || node.type === 'tableRow'
  return parts.join(block ? '\n\n' : '')
}

/** Word count of a tree's prose (headings and lists included, code excluded). */
export function countTreeWords(tree: Nodes): number {
  return countWords(proseOf(tree))
}
