// Time each pipeline stage of one optimize() run, textlint's TIMING=1 style.
// The processor is built exactly as optimize() builds it (parse → the stages
// of stagePlugins() → stringify), with a marker plugin between stages.
// Usage: node bench/stages.js FILE   (prints a table per stage)
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {pathToFileURL} from 'node:url'
import * as core from '../packages/core/dist/index.js'

const requireFromCore = createRequire(new URL('../packages/core/package.json', import.meta.url))
const load = async (name) => import(pathToFileURL(requireFromCore.resolve(name)).href)
const {unified} = await load('unified')
const {VFile} = await load('vfile')

/** Run the pipeline once on `input`; resolve with the time of each stage in ms. */
export async function timedStages(input, options = {}) {
  const stages = core.stagePlugins(options)
  const marks = []
  const mark = (name) =>
    function () {
      return () => {
        marks.push({name, at: performance.now()})
      }
    }
  const processor = unified().use(core.titrailleParse, options)
  processor.use(mark('parse'))
  for (const stage of stages) {
    processor.use(stage.plugins)
    processor.use(mark(stage.name))
  }
  processor.use(core.titrailleStringify, options)
  const start = performance.now()
  const file = new VFile({value: core.decodeArticle(input, options), path: options.path ?? undefined})
  const tree = processor.parse(file)
  const parsed = performance.now()
  const result = await processor.run(tree, file)
  const ran = performance.now()
  file.value = processor.stringify(result, file)
  const end = performance.now()
  const times = {}
  let previous = parsed
  for (const {name, at} of marks) {
    times[name] = name === 'parse' ? parsed - start + (at - previous) : at - previous
    previous = at
  }
  times.render = end - ran + (ran - previous)
  times.total = end - start
  return times
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const path = process.argv[2]
  if (!path) {
    console.error('usage: node bench/stages.js FILE')
    process.exit(2)
  }
  const text = readFileSync(path, 'utf8')
  await timedStages(text, {path})
  const times = await timedStages(text, {path})
  const rows = Object.entries(times).filter(([name]) => name !== 'total')
  const width = Math.max(...rows.map(([name]) => name.length))
  console.log(`${'Stage'.padEnd(width)} | Time (ms) | Relative`)
  for (const [name, ms] of rows) console.log(`${name.padEnd(width)} | ${ms.toFixed(2).padStart(9)} | ${((ms / times.total) * 100).toFixed(1).padStart(7)}%`)
  console.log(`${'total'.padEnd(width)} | ${times.total.toFixed(2).padStart(9)} |`)
}
