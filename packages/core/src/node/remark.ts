import type {Root} from 'mdast'
import {unified, type Plugin, type Processor} from 'unified'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {parseFrontMatter} from '../parse/front-matter.js'
import {remarkTitraille, type RemarkTitrailleOptions} from '../plugins/preset.js'
import {renderFrontMatter} from '../render/markdown.js'
import {loadConfig, optionsFor, type ConfiguredOptions} from './config.js'

/** Options of {@link remarkTitrailleNode}: the preset's options, plus config lookup and reporting. */
export interface RemarkTitrailleNodeOptions extends RemarkTitrailleOptions {
  /**
   * Read `titraille.config.*` / `.titraillerc` / `package.json#titraille`
   * from each file's folder upward (`true`), from one given file (a path),
   * or not at all (`false`). Options given here win over the config file.
   * @default true
   */
  config?: boolean | string | null | undefined
  /**
   * Print the file's Titraille warnings and errors on stderr once the stages
   * ran: hosts such as Astro or MDX loaders do not show vfile messages.
   * @default true
   */
  report?: boolean | null | undefined
  /**
   * When the tree has a `yaml` front-matter node (MDX with
   * `remark-frontmatter`), write the title, description … Titraille
   * computed into it, so that `remark-mdx-frontmatter` exports them.
   * The author's YAML is kept as written.
   * @default true
   */
  writeFrontMatter?: boolean | null | undefined
  /**
   * Put the title in the body as an H1 when it has none. Off by default:
   * site layouts print the page title as the H1 themselves (and the audit
   * then does not expect one in the body).
   * @default false
   */
  h1?: boolean | null | undefined
}

type Preset = Processor<Root, Root, Root, undefined, undefined>

/**
 * `remarkTitraille` for Node builds (Astro, Next.js MDX, Docusaurus): looks
 * up the Titraille config of each file, prints its warnings at build time
 * and fills a `yaml` front-matter node. Serialisable options, so it can be
 * given by name: `remarkPlugins: [['@titraille/core/node', {minWords: 700}]]`.
 */
export const remarkTitrailleNode: Plugin<[(Readonly<RemarkTitrailleNodeOptions> | null | undefined)?], Root> = function (options) {
  const {config = true, report = true, writeFrontMatter = true, h1 = false, ...rest} = options ?? {}
  const given = {...rest, h1: h1 ?? false}
  const presets = new Map<string, Preset>()

  return async (tree: Root, file: VFile) => {
    const from = file.path || process.cwd()
    const loaded = config === false || config === null ? {config: {}} : await loadConfig(from, typeof config === 'string' ? {configFile: config} : null)
    // The preset reads the front-matter keyphrase itself; only `minWords` needs passing, which keeps one processor per setting.
    const settings = optionsFor(loaded.config, {minWords: frontMatterOf(tree, file).minWords}, withoutNullish(given)) as RemarkTitrailleOptions
    const key = JSON.stringify(settings)
    let preset = presets.get(key)
    if (!preset) {
      preset = unified().use(remarkTitraille, settings).freeze() as unknown as Preset
      presets.set(key, preset)
    }
    const before = file.messages.length
    try {
      await preset.run(tree, file)
    } finally {
      if (report ?? true) printMessages(file, before)
    }
    // A page the preset left as it is (not French) keeps its front matter as written.
    const skipped = file.messages.slice(before).some((message) => message.ruleId === 'not-french')
    if ((writeFrontMatter ?? true) && !skipped) fillYaml(tree, file)
  }
}

/** The author's front matter, wherever the host put it. */
function frontMatterOf(tree: Root, file: VFile): Record<string, unknown> {
  const first = tree.children[0]
  if (first?.type === 'yaml') return parseFrontMatter(first.value).data
  const data = file.data as {astro?: {frontmatter?: Record<string, unknown>}; frontmatter?: Record<string, unknown>}
  return data.astro?.frontmatter ?? data.frontmatter ?? {}
}

function withoutNullish<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined && entry !== null)) as Partial<T>
}

function fillYaml(tree: Root, file: VFile): void {
  const first = tree.children[0]
  const data = file.data.titraille
  if (first?.type !== 'yaml' || !data) return
  first.value = renderFrontMatter(parseFrontMatter(first.value), data.meta).replace(/\n$/, '')
}

/**
 * Print the warnings and errors Titraille attached to `file` since message
 * number `from`, in the usual unified reporter format, on stderr.
 */
export function printMessages(file: VFile, from = 0): void {
  const messages = file.messages.slice(from).filter((message) => message.source === 'titraille' && message.fatal !== undefined)
  if (messages.length === 0) return
  const copy = new VFile({path: file.path})
  copy.messages.push(...messages)
  process.stderr.write(`${reporter(copy, {color: false})}\n`)
}
