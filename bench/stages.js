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

const cpuNow = () => {
  const used = process.cpuUsage()
  return (used.user + used.system) / 1000
}

/**
 * Run the pipeline once on `input`; resolve with the time of each stage in
 * ms, as wall time (`wall`) and as this process's CPU time (`cpu`: what a
 * busy, shared machine does not inflate).
 */
export async function timedStages(input, options = {}) {
  const stages = core.stagePlugins(options)
  const marks = []
  const now = () => ({wall: performance.now(), cpu: cpuNow()})
  const mark = (name) =>
    function () {
      return () => {
        marks.push({name, at: now()})
      }
    }
  const processor = unified().use(core.titrailleParse, options)
  processor.use(mark('parse'))
  for (const stage of stages) {
    processor.use(stage.plugins)
    processor.use(mark(stage.name))
  }
  processor.use(core.titrailleStringify, options)
  const start = now()
  const file = new VFile({value: core.decodeArticle(input, options), path: options.path ?? undefined})
  const tree = processor.parse(file)
  const result = await processor.run(tree, file)
  file.value = processor.stringify(result, file)
  const end = now()
  const times = {wall: {}, cpu: {}}
  for (const clock of ['wall', 'cpu']) {
    // parse = parsing + the start of the run; render = the end of the run + stringify.
    let previous = start[clock]
    for (const {name, at} of marks) {
      times[clock][name] = at[clock] - previous
      previous = at[clock]
    }
    times[clock].render = end[clock] - previous
    times[clock].total = end[clock] - start[clock]
  }
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
  const {wall, cpu} = await timedStages(text, {path})
  const rows = Object.keys(wall).filter((name) => name !== 'total')
  const width = Math.max(...rows.map((name) => name.length))
  console.log(`${'Stage'.padEnd(width)} | Wall (ms) |  CPU (ms) | Relative`)
  for (const name of rows) console.log(`${name.padEnd(width)} | ${wall[name].toFixed(2).padStart(9)} | ${cpu[name].toFixed(2).padStart(9)} | ${((wall[name] / wall.total) * 100).toFixed(1).padStart(7)}%`)
  console.log(`${'total'.padEnd(width)} | ${wall.total.toFixed(2).padStart(9)} | ${cpu.total.toFixed(2).padStart(9)} |`)
}
