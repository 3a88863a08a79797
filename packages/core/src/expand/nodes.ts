import type {Heading, List, ListItem, Paragraph, PhrasingContent} from 'mdast'
import type {GeneratedInfo} from '../types.js'

/** A generated paragraph. */
export function paragraph(children: PhrasingContent[] | string, generated: GeneratedInfo): Paragraph {
  const content = typeof children === 'string' ? [{type: 'text' as const, value: children}] : children
  return {type: 'paragraph', children: content, data: {generated}}
}

/** A generated heading. */
export function heading(text: string, depth: 2 | 3, generated: GeneratedInfo): Heading {
  return {type: 'heading', depth, children: [{type: 'text', value: text}], data: {generated}}
}

/** A generated bulleted list, one paragraph per item. */
export function list(items: PhrasingContent[][], generated: GeneratedInfo): List {
  const children: ListItem[] = items.map((item) => ({type: 'listItem', spread: false, children: [paragraph(item, generated)], data: {generated}}))
  return {type: 'list', ordered: false, spread: false, children, data: {generated}}
}

/** `**strong** rest`. */
export function strongThen(strong: string, rest: string): PhrasingContent[] {
  const children: PhrasingContent[] = [{type: 'strong', children: [{type: 'text', value: strong}]}]
  if (rest !== '') children.push({type: 'text', value: rest})
  return children
}

/** Plain text of phrasing content. */
export function phrasingText(children: readonly PhrasingContent[]): string {
  return children.map((child) => ('value' in child ? child.value : 'children' in child ? phrasingText(child.children as PhrasingContent[]) : '')).join('')
}
