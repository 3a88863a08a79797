import type {Heading, List, ListItem, Paragraph, PhrasingContent} from 'mdast'
import type {GeneratedInfo} from '../types.js'
import type {Addition, Draft} from './types.js'

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

/**
 * The shape the list sections share (key figures, chronology, key points): a
 * heading, the draft's first sentence as intro, the list, and its last
 * sentence as outro when there is one.
 */
export function listSection(spec: {
  by: Addition['by']
  title: string
  draft: Draft
  items: PhrasingContent[][]
  from: ReadonlySet<number>
  templates: string[]
  outro: boolean
}): Addition {
  const {by, title, draft, items, templates, outro} = spec
  const generated: GeneratedInfo = {by: `expand:${by}`, from: [...spec.from].sort((a, b) => a - b), template: templates.join(' ')}
  return {
    by,
    placement: {kind: 'end'},
    nodes: [
      heading(title, 2, generated),
      paragraph(draft.sentences[0]!, generated),
      list(items, generated),
      ...(outro ? [paragraph(draft.sentences[draft.sentences.length - 1]!, generated)] : [])
    ],
    words: draft.words + title.split(/\s+/u).length,
    from: generated.from,
    templates,
    sentences: [...draft.sentences]
  }
}
