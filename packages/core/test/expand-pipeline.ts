import {readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {remarkExpand, remarkMeta, titrailleParse, titrailleStringify, type ExpandOptions} from '@titraille/core'
import {remarkAnalyze} from '../src/plugins/analyze.js'
import {remarkSegment} from '../src/plugins/segment.js'
import {remarkSubheadings} from '../src/plugins/subheadings.js'
import {remarkTypography} from '../src/plugins/typography.js'

export const SHARED = fileURLToPath(new URL('../../../../shared/', import.meta.url))

/** The seed article and the 50 corpus articles: [name, text]. */
export function corpus(): [string, string][] {
  return [
    ['seed', readFileSync(`${SHARED}fixtures/seed-twitter-spaces.txt`, 'utf8')],
    ...readdirSync(`${SHARED}corpus/wikinews-fr`)
      .filter((name) => /^\d+\.md$/u.test(name))
      .sort()
      .map((name): [string, string] => [name, readFileSync(`${SHARED}corpus/wikinews-fr/${name}`, 'utf8')])
  ]
}

/** The stages up to meta, as DESIGN.md orders them: parse → typography → analyze → segment → subheadings → expand → meta. */
export function runPipeline(text: string, options: ExpandOptions = {}) {
  const processor = unified()
    .use(titrailleParse)
    .use(remarkTypography)
    .use(remarkAnalyze)
    .use(remarkSegment)
    .use(remarkSubheadings)
    .use(remarkExpand, options)
    .use(remarkMeta)
    .use(titrailleStringify)
  const file = new VFile({value: text})
  const tree = processor.runSync(processor.parse(file), file)
  const markdown = String(processor.stringify(tree, file))
  return {tree, file, markdown, data: file.data.titraille!, expand: file.data.titraille!.expand!}
}
