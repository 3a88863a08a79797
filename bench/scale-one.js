// One scaling measurement in a fresh process, so that its peak memory is its own:
// node bench/scale-one.js WORDS RUNS → one JSON line on stdout.
import * as core from '../packages/core/dist/index.js'
import {countWords, longDocument} from './corpus.js'
import {timedStages} from './stages.js'

const target = Number(process.argv[2] ?? 1000)
const runs = Number(process.argv[3] ?? 1)
const text = longDocument(target)
// Large documents are over no limit we want to test here.
const options = {maxBytes: 50_000_000}

// Warm up on a small document: module loading and JIT are not the document's cost.
await core.optimize(longDocument(1000), options)
const baseline = process.memoryUsage().rss

const totals = []
const stageRuns = []
let heapPeak = 0
for (let i = 0; i < runs; i++) {
  const start = performance.now()
  await core.optimize(text, options)
  totals.push(performance.now() - start)
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)
  stageRuns.push(await timedStages(text, options))
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const stages = {}
for (const name of Object.keys(stageRuns[0])) stages[name] = median(stageRuns.map((run) => run[name]))
process.stdout.write(
  `${JSON.stringify({
    target,
    words: countWords(text),
    bytes: Buffer.byteLength(text),
    runs,
    ms: median(totals),
    stages,
    baselineRssMB: baseline / 1048576,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    heapUsedAfterMB: heapPeak / 1048576
  })}\n`
)
