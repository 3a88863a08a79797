import type {Nodes, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {visit} from 'unist-util-visit'
import {countWords} from '../nlp/words.js'
import type {GeneratedInfo} from '../types.js'
import type {AddedText} from './types.js'

function generatedOf(node: Nodes): GeneratedInfo | undefined {
  const info = (node.data as {generated?: Partial<GeneratedInfo>} | undefined)?.generated
  if (!info || typeof info !== 'object' || typeof info.by !== 'string') return undefined
  return {by: info.by, from: Array.isArray(info.from) ? info.from.filter((n): n is number => typeof n === 'number') : [], template: typeof info.template === 'string' ? info.template : undefined}
}

/** Every piece of text Titraille added (nodes with `data.generated`), outermost only, in document order. */
export function collectAdded(tree: Root): AddedText[] {
  const added: AddedText[] = []
  visit(tree, (node) => {
    const info = generatedOf(node as Nodes)
    if (!info) return undefined
    const text = toString(node)
    const position = node.position
    added.push({
      by: info.by,
      from: info.from,
      template: info.template,
      type: node.type,
      text,
      words: countWords(text),
      place: position ? {start: {...position.start}, end: {...position.end}} : undefined
    })
    return 'skip'
  })
  return added
}
