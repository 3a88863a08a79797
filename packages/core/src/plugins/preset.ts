import type {Root} from 'mdast'
import {unified, type Plugin} from 'unified'
import type {VFile} from 'vfile'
import {identifyLanguage} from '../input/language.js'
import {countTreeWords, proseOf} from '../nlp/words.js'
import {parseFrontMatter} from '../parse/front-matter.js'
import {stagePlugins, type OptimizeOptions} from '../pipeline.js'
import type {ArticleMeta, FrontMatter} from '../types.js'
import {initData} from './parse.js'

/** Options of {@link remarkTitraille}: the stage options of `optimize()`. */
export interface RemarkTitrailleOptions extends OptimizeOptions {
  /**
   * Add the title as an H1 to the body when it has none. Sites print the
   * title from front matter in their layout, hence the default.
   * @default false
   */
  h1?: boolean | null | undefined
  /**
   * What to do with a page that is not French: `skip` it with a warning
   * (multilingual sites), or `error` (a fatal message that stops the build).
   * @default 'skip'
   */
  nonFrench?: 'skip' | 'error' | null | undefined
}

interface AstroData {
  frontmatter?: Record<string, unknown>
}

/**
 * The Titraille preset as one remark plugin, for other people's unified
 * pipelines (Astro, MDX, Docusaurus): runs every stage on their tree, reads
 * their front matter, fills only what is missing, keeps the report on
 * `file.data.titraille` and attaches audit messages to the file.
 */
export const remarkTitraille: Plugin<[(Readonly<RemarkTitrailleOptions> | null | undefined)?], Root> = function (options) {
  // A site's layout prints the title: no H1 is added to the body by default.
  const settings: RemarkTitrailleOptions = {h1: false, ...options}
  const inner = unified()
    .use(stagePlugins(settings).flatMap((stage) => stage.plugins))
    .freeze()
  return async (tree: Root, file: VFile) => {
    if (!file.data.titraille) {
      const frontMatter = readFrontMatter(tree, file)
      file.data.titraille = initData(String(file.value ?? ''), 'markdown', frontMatter)
      file.data.titraille.inputWords = countTreeWords(tree)
      if (settings.keyphrase && !file.data.titraille.settings.keyphrase) file.data.titraille.settings.keyphrase = settings.keyphrase
      if (settings.minWords) file.data.titraille.settings.minWords = settings.minWords
    }
    if (settings.langCheck ?? true) {
      const lang = identifyLanguage(proseOf(tree))
      if (lang !== 'fra' && lang !== 'und') {
        const message = file.message(`Unexpected language \`${lang}\`, expected French: page left as it is`, {ruleId: 'not-french', source: 'titraille'})
        if (settings.nonFrench === 'error') message.fatal = true
        if (message.fatal) throw message
        return
      }
    }
    await inner.run(tree, file)
    writeBackMeta(file, file.data.titraille.meta)
  }
}

function readFrontMatter(tree: Root, file: VFile): FrontMatter {
  const first = tree.children[0]
  if (first?.type === 'yaml') return parseFrontMatter(first.value)
  const astro = (file.data as {astro?: AstroData}).astro?.frontmatter
  const data = astro ?? (file.data as {frontmatter?: Record<string, unknown>}).frontmatter ?? {}
  return {raw: undefined, data: {...data}}
}

/** Fill the host's front matter with what Titraille computed (`??=`: the author's values win). */
function writeBackMeta(file: VFile, meta: ArticleMeta): void {
  const targets: Record<string, unknown>[] = []
  const astro = (file.data as {astro?: AstroData}).astro
  if (astro) targets.push((astro.frontmatter ??= {}))
  const data = file.data as {frontmatter?: Record<string, unknown>}
  targets.push((data.frontmatter ??= {}))
  for (const target of targets) {
    target.title ??= meta.title
    target.description ??= meta.description
    target.slug ??= meta.slug
    target.keywords ??= meta.keywords
    target.keyphrase ??= meta.keyphrase
    for (const key of Object.keys(target)) if (target[key] === undefined) delete target[key]
  }
}
