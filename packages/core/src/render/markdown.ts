import type {Heading, Html, Nodes, Root, RootContent} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {stringify} from 'yaml'
import type {ArticleMeta, FrontMatter} from '../types.js'

/** Options for {@link renderMarkdown}. */
export interface RenderMarkdownOptions {
  /** The text the tree's positions point into: constructs we do not own are copied from it. */
  source?: string | null | undefined
  frontMatter?: FrontMatter | null | undefined
  meta?: ArticleMeta | null | undefined
  /**
   * Write the title as an H1 when the body has none.
   * @default true
   */
  h1?: boolean | null | undefined
  /**
   * Write YAML front matter.
   * @default true
   */
  frontMatterOutput?: boolean | null | undefined
}

/** Front-matter keys Titraille owns, in the order it writes them. */
export const OWNED_KEYS = ['title', 'description', 'slug', 'keyphrase', 'keywords', 'lang'] as const

/** Block nodes copied byte for byte from the source when they sit at the top level. */
const VERBATIM_BLOCKS = new Set(['code', 'html', 'table', 'definition', 'footnoteDefinition', 'thematicBreak', 'math'])
/** Inline nodes always copied byte for byte: the pipeline never owns them. */
export const VERBATIM_INLINE = new Set([
  'link',
  'linkReference',
  'image',
  'imageReference',
  'inlineCode',
  'html',
  'footnoteReference',
  'inlineMath'
])

const stringifier = unified()
  .use(remarkGfm)
  .use(remarkStringify, {bullet: '-', fences: true, listItemIndent: 'one', rule: '-', emphasis: '_', strong: '*'})
  .freeze()

/** Render an article tree as Markdown with YAML front matter. */
export function renderMarkdown(tree: Root, options?: Readonly<RenderMarkdownOptions> | null): string {
  const source = options?.source ?? undefined
  const meta = options?.meta ?? {}
  let children = tree.children.filter((node) => node.type !== 'yaml')
  const hasH1 = children.some((node) => node.type === 'heading' && node.depth === 1)
  if ((options?.h1 ?? true) && !hasH1 && meta.title) {
    const heading: Heading = {type: 'heading', depth: 1, children: [{type: 'text', value: meta.title}]}
    children = [heading, ...children]
  }
  const body: Root = {type: 'root', children: source === undefined ? children : children.map((node) => verbatim(node, source, true) as RootContent)}
  const markdown = body.children.length > 0 ? stringifier.stringify(body) : ''
  if (options?.frontMatterOutput === false) return markdown
  const yaml = renderFrontMatter(options?.frontMatter ?? undefined, meta)
  return yaml ? `---\n${yaml}---\n\n${markdown}` : markdown
}

/** Replace unowned, unchanged nodes by raw copies of their source (as `html`, which is written as is). */
function verbatim(node: Nodes, source: string, top: boolean, contained = false): Nodes {
  const generated = (node.data as {generated?: unknown} | undefined)?.generated
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  const raw = (): Html => ({type: 'html', value: source.slice(start, end)})
  if (!generated && start !== undefined && end !== undefined) {
    if (top && VERBATIM_BLOCKS.has(node.type)) return raw()
    // Inside a container, a raw copy spanning lines would keep the source's
    // indentation and get the container's again: such a node is serialised.
    if (VERBATIM_INLINE.has(node.type) && (!contained || !source.slice(start, end).includes('\n'))) return raw()
  }
  if ('children' in node && node.type !== 'table') {
    const inside = contained || node.type === 'listItem' || node.type === 'blockquote' || node.type === 'footnoteDefinition'
    const children = (node.children as Nodes[]).map((child) => verbatim(child, source, false, inside))
    return {...node, children} as Nodes
  }
  return node
}

/**
 * The front matter: the keys we own that the author did not set (in
 * `OWNED_KEYS` order), then the author's YAML exactly as written.
 */
export function renderFrontMatter(frontMatter: FrontMatter | undefined, meta: ArticleMeta): string {
  const owned: Record<string, unknown> = {
    title: meta.title,
    description: meta.description,
    slug: meta.slug,
    keyphrase: meta.keyphrase,
    keywords: meta.keywords && meta.keywords.length > 0 ? meta.keywords : undefined,
    lang: 'fr'
  }
  const authors = frontMatter?.data ?? {}
  const missing: Record<string, unknown> = {}
  // Keys the author set win, whatever their value.
  for (const key of OWNED_KEYS) if (owned[key] !== undefined && !(key in authors)) missing[key] = owned[key]
  const added = Object.keys(missing).length > 0 ? stringify(missing, {lineWidth: 0}) : ''
  const raw = frontMatter?.raw ?? ''
  return added + (raw === '' || raw.endsWith('\n') ? raw : `${raw}\n`)
}
