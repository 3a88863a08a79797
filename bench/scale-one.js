// One scaling measurement in a fresh process, so that its peak memory is its own:
// node bench/scale-one.js WORDS RUNS → one JSON line on stdout.
//   first: optimize() on the new document (the memo caches meet its words for the first time);
//   warm: median of RUNS more optimize() runs; stages: median of RUNS timed runs, per stage.
import * as core from '../packages/core/dist/index.js'
import {countWords, longDocument} from './corpus.js'
import {timedStages} from './stages.js'

const target = Number(process.argv[2] ?? 1000)
const runs = Number(process.argv[3] ?? 1)
const text = longDocument(target)
// A 100k-word document is under the default 5 MB limit; no other limit applies here.
const options = {}

const cpuNow = () => {
  const used = process.cpuUsage()
  return (used.user + used.system) / 1000
}
async function timed() {
  const wall = performance.now()
  const cpu = cpuNow()
  await core.optimize(text, options)
  return {wall: performance.now() - wall, cpu: cpuNow() - cpu}
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

// Warm up on another small document: module loading and JIT are not this document's cost.
await core.optimize(longDocument(500), options)
const baseline = process.memoryUsage().rss

const first = await timed()
const stageRuns = []
const warm = []
for (let i = 0; i < runs; i++) {
  stageRuns.push(await timedStages(text, options))
  warm.push(await timed())
}
const stages = {}
const stagesCpu = {}
for (const name of Object.keys(stageRuns[0].wall)) {
  stages[name] = median(stageRuns.map((run) => run.wall[name]))
  stagesCpu[name] = median(stageRuns.map((run) => run.cpu[name]))
}
process.stdout.write(
  `${JSON.stringify({
    target,
    words: countWords(text),
    bytes: Buffer.byteLength(text),
    runs,
    firstMs: first.wall,
    firstCpuMs: first.cpu,
    ms: median(warm.map((t) => t.wall)),
    cpuMs: median(warm.map((t) => t.cpu)),
    stages,
    stagesCpu,
    baselineRssMB: baseline / 1048576,
    maxRssMB: process.resourceUsage().maxRSS / 1024
  })}\n`
)
