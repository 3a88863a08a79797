import type {Heading, Nodes, Root, RootContent} from 'mdast'
import {fr} from '@titraille/rules'
import {typesetTree} from './typography/index.js'
import {unified, type PluggableList, type Plugin, type Processor, type Transformer} from 'unified'
import {remarkAnalyze} from './plugins/analyze.js'
import {remarkSeoAudit, type AuditOptions} from './plugins/audit.js'
import {remarkExpand} from './plugins/expand.js'
import {remarkMeta} from './plugins/meta.js'
import {remarkSegment} from './plugins/segment.js'
import {remarkSubheadings} from './plugins/subheadings.js'
import {remarkTypography} from './plugins/typography.js'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {decodeArticle} from './input/decode.js'
import {countTreeWords} from './nlp/words.js'
import {titrailleParse, type ParsePluginOptions} from './plugins/parse.js'
import {titrailleStringify, type StringifyPluginOptions} from './plugins/stringify.js'
import type {ArticleFormat, ArticleMeta, TitrailleData} from './types.js'

/** Options of {@link optimize}: every stage's options in one object. */
export interface OptimizeOptions extends ParsePluginOptions, StringifyPluginOptions, AuditOptions {
  /** Path of the article, used in messages and reports. */
  path?: string | null | undefined
  /**
   * The focus keyphrase; front matter `keyphrase` wins over it; without
   * either, the best extracted keyphrase is used.
   */
  keyphrase?: string | null | undefined
  /**
   * Words the optimised article must reach (counted as the audit counts).
   * @default 700
   */
  minWords?: number | null | undefined
  /**
   * Fix French typography (non-breaking spaces, guillemets, apostrophes …).
   * @default true
   */
  typography?: boolean | null | undefined
  /**
   * Expand an input shorter than the padding threshold (120 words) anyway.
   * @default false
   */
  allowPadding?: boolean | null | undefined
  /**
   * Add a FAQPage JSON-LD block to HTML output when a FAQ was generated.
   * @default false
   */
  faqSchema?: boolean | null | undefined
  /** Canonical URL written in HTML output. */
  canonical?: string | null | undefined
}

/** What Titraille did to an article, for people and programs. */
export interface TitrailleReport {
  /** Version of this report's schema. */
  schemaVersion: 1
  path?: string | undefined
  format: ArticleFormat
  words: {input: number; output: number}
  /** Stages that ran, in order. */
  stages: string[]
}

/** Result of {@link optimize}. */
export interface OptimizeResult {
  /** The optimised article: Markdown with YAML front matter. */
  markdown: string
  report: TitrailleReport
  meta: ArticleMeta
  data: TitrailleData
  /** Messages (findings, warnings) attached to the file by the stages. */
  messages: VFileMessage[]
}

/**
 * The stages after parsing, in pipeline order (DESIGN.md): typography →
 * analyze → segment → subheadings → expand → meta → audit, with the steps
 * that keep the output a fixpoint (resegment, typeset-added). The one place
 * where the order is written down.
 */
export function stagePlugins(options: Readonly<OptimizeOptions>): {name: string; plugins: PluggableList}[] {
  const stages: {name: string; plugins: PluggableList}[] = [{name: 'settings', plugins: [[titrailleSettings, options]]}]
  if (options.typography ?? true) stages.push({name: 'typography', plugins: [remarkTypography]})
  stages.push(
    {name: 'analyze', plugins: [[remarkAnalyze, {keyphrase: options.keyphrase}]]},
    {name: 'segment', plugins: [remarkSegment]},
    {name: 'subheadings', plugins: [remarkSubheadings]},
    {name: 'expand', plugins: [[remarkExpand, {allowPadding: options.allowPadding}]]},
    // Expansion can lengthen a section past the maximum; a second run would
    // then split it. Segmenting again now, with the headings in place, makes
    // the output a fixpoint (invariant 4) and keeps every section in bounds.
    {name: 'resegment', plugins: [titrailleResegment]}
  )
  // Text added by the stages follows the same French typography as the
  // author's, so that a second run finds nothing to change (invariant 4).
  if (options.typography ?? true) stages.push({name: 'typeset-added', plugins: [titrailleTypesetGenerated]})
  stages.push(
    {name: 'meta', plugins: [remarkMeta, [titrailleTitle, {h1: options.h1}]]},
    // Without an H1 in the body (`h1: false`) the title is printed by the
    // site's layout: the body is not expected to carry one.
    {name: 'audit', plugins: [[remarkSeoAudit, {preset: options.preset, siteUrl: options.siteUrl, rules: options.h1 === false ? {'single-h1': 'off', ...options.rules} : options.rules}]]}
  )
  return stages
}

/**
 * Segmentation and subheadings once more, on the expanded tree (their own
 * attachers, called here: unified keeps one entry per plugin function). The
 * report lists the headings of both passes.
 */
const titrailleResegment: Plugin<[], Root> = function () {
  const segment = remarkSegment.call(this) as Transformer<Root>
  const subheadings = remarkSubheadings.call(this) as Transformer<Root>
  const next = () => undefined
  return (tree, file) => {
    const before = file.data.titraille?.subheadings
    segment(tree, file, next)
    subheadings(tree, file, next)
    const data = file.data.titraille
    if (!data || !before) return
    const headings = [...before.headings, ...(data.subheadings?.headings ?? [])]
    data.subheadings = {
      headings,
      skipped: data.subheadings?.skipped ?? before.skipped,
      focusShare: headings.length > 0 ? headings.filter((heading) => heading.focus).length / headings.length : 0
    }
  }
}

/** Typography fixes on the nodes the stages added (`data.generated`); their findings are not the author's. */
const titrailleTypesetGenerated: Plugin<[], Root> = function () {
  return (tree) => {
    const added: RootContent[] = []
    const walk = (node: Nodes) => {
      if ((node.data as {generated?: unknown} | undefined)?.generated) {
        added.push(node as RootContent)
        return
      }
      if ('children' in node) for (const child of node.children as Nodes[]) walk(child)
    }
    walk(tree)
    if (added.length > 0) typesetTree({type: 'root', children: added}, {disable: fr.TYPOGRAPHY_REPORT_RULES})
  }
}

/**
 * After `meta`: the title becomes the article's H1 when it has none (unless
 * `h1: false`), so that the audit judges the article as it is written out.
 */
const titrailleTitle: Plugin<[{h1?: boolean | null | undefined}?], Root> = function (options) {
  return (tree, file) => {
    const title = file.data.titraille?.meta.title
    if (options?.h1 === false || !title) return
    if (tree.children.some((node) => node.type === 'heading' && node.depth === 1)) return
    const heading: Heading = {type: 'heading', depth: 1, children: [{type: 'text', value: title}], data: {generated: {by: 'meta:title', from: []}}}
    tree.children.splice(tree.children[0]?.type === 'yaml' ? 1 : 0, 0, heading)
  }
}

/**
 * First stage: the options every stage shares. The author's front matter
 * wins over options (`keyphrase`), options over defaults.
 */
const titrailleSettings: Plugin<[Readonly<OptimizeOptions>?], Root> = function (options) {
  return (_tree, file) => {
    const data = file.data.titraille
    if (!data) return
    data.settings.keyphrase ??= options?.keyphrase ?? undefined
    if (options?.minWords) data.settings.minWords = options.minWords
  }
}

function processorFor(options: Readonly<OptimizeOptions>) {
  const stages = stagePlugins(options)
  const processor = unified()
    .use(titrailleParse, options)
    .use(stages.flatMap((stage) => stage.plugins))
    .use(titrailleStringify, options) as unknown as Processor<Root, Root, Root, Root, string>
  return {processor, stages: stages.map((stage) => stage.name)}
}

function prepare(input: string | Uint8Array, options: Readonly<OptimizeOptions>): VFile {
  const text = decodeArticle(input, options)
  return new VFile({value: text, path: options.path ?? undefined})
}

function result(file: VFile, tree: Root | undefined, stages: string[], options: Readonly<OptimizeOptions>): OptimizeResult {
  const data = file.data.titraille
  if (!data) throw new Error('Titraille: the parser did not set file.data.titraille')
  const markdown = String(file.value)
  const report: TitrailleReport = {
    schemaVersion: 1,
    path: options.path ?? undefined,
    format: data.format,
    words: {input: data.inputWords, output: tree ? countTreeWords(tree) : 0},
    stages: ['parse', ...stages, 'render']
  }
  return {markdown, report, meta: data.meta, data, messages: file.messages}
}

/** Make a French article SEO-ready. Resolves with the Markdown, the report and the metadata. */
export async function optimize(input: string | Uint8Array, options?: Readonly<OptimizeOptions> | null): Promise<OptimizeResult> {
  const settings = options ?? {}
  const file = prepare(input, settings)
  const {processor, stages} = processorFor(settings)
  const tree = await processor.run(processor.parse(file), file)
  file.value = processor.stringify(tree, file)
  return result(file, tree, stages, settings)
}

/** Synchronous {@link optimize}. */
export function optimizeSync(input: string | Uint8Array, options?: Readonly<OptimizeOptions> | null): OptimizeResult {
  const settings = options ?? {}
  const file = prepare(input, settings)
  const {processor, stages} = processorFor(settings)
  const tree = processor.runSync(processor.parse(file), file)
  file.value = processor.stringify(tree, file)
  return result(file, tree, stages, settings)
}
