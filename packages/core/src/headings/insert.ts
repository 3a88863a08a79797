import type {Heading, Root} from 'mdast'
import type {GeneratedInfo} from '../types.js'
import type {Subheading} from './name.js'

/** What a generated heading records in `data.generated`. */
export interface SubheadingGenerated extends GeneratedInfo {
  by: 'subheadings'
  template: string
  /** The section's keyword cluster. */
  cluster: string[]
}

/** The mdast heading node of a subheading, recording where it came from. */
export function subheadingNode(subheading: Readonly<Subheading>): Heading {
  const generated: SubheadingGenerated = {by: 'subheadings', from: [...subheading.from], template: subheading.template, cluster: [...subheading.cluster]}
  return {type: 'heading', depth: subheading.depth, children: [{type: 'text', value: subheading.text}], data: {generated} as Heading['data']}
}

/**
 * Insert subheadings into the tree, each before its section's first node
 * (last first, so the indices stay right). Returns, for each index of
 * `tree.children` before insertion, how far it moved.
 */
export function insertSubheadings(tree: Root, subheadings: readonly Subheading[]): (index: number) => number {
  const sorted = [...subheadings].sort((a, b) => b.before - a.before)
  for (const subheading of sorted) tree.children.splice(subheading.before, 0, subheadingNode(subheading))
  const befores = subheadings.map((subheading) => subheading.before)
  // A node at `index` moves by the number of headings inserted at or before it.
  return (index: number) => index + befores.filter((before) => before <= index).length
}
