// Topic segmentation benchmark: Pk and WindowDiff at word level on the
// Choi-style French samples of the shared corpus (sentence mode, raw text,
// number of segments not given), with two baselines measured the same way.
// Usage: npx tsc -b && node bench/segmentation.js [folder …]
import {readdirSync, readFileSync} from 'node:fs'
import {analyzeBlocks, countWords, parseArticle, segmentArticle, segmentText} from '../packages/core/dist/index.js'

const corpus = new URL('../../shared/corpus/choi-fr/', import.meta.url)
const wikinews = new URL('../../shared/corpus/wikinews-fr/', import.meta.url)
const folders = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['dev-3-5', 'dev-3-8']

/** Word index (number of words before) of each character offset. */
function wordIndex(text, offsets) {
  return offsets.map((offset) => countWords(text.slice(0, offset)))
}

/** Segment id of every word, from the word indices where segments start. */
function labels(total, starts) {
  const out = new Int32Array(total)
  let segment = 0
  let next = 0
  const sorted = [...new Set(starts)].filter((s) => s > 0 && s < total).sort((a, b) => a - b)
  for (let w = 0; w < total; w++) {
    while (next < sorted.length && sorted[next] <= w) {
      segment++
      next++
    }
    out[w] = segment
  }
  return out
}

/** Pk (Beeferman et al. 1999) and WindowDiff (Pevzner & Hearst 2002) with window k. */
function score(gold, hyp, k) {
  const n = gold.length
  let pk = 0
  let wd = 0
  const trials = n - k
  for (let i = 0; i < trials; i++) {
    if ((gold[i] === gold[i + k]) !== (hyp[i] === hyp[i + k])) pk++
    if (gold[i + k] - gold[i] !== hyp[i + k] - hyp[i]) wd++
  }
  return {pk: pk / trials, wd: wd / trials}
}

function evaluate(folder) {
  const dir = new URL(`${folder}/`, corpus)
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
  const systems = {titraille: [], 'no boundary': [], 'evenly spaced (gold count)': []}
  let found = 0
  let time = 0
  for (const file of files) {
    const sample = JSON.parse(readFileSync(new URL(file, dir), 'utf8'))
    const {text, sentences, boundaries} = sample
    const starts = []
    let offset = 0
    sentences.forEach((sentence, i) => {
      starts.push(offset)
      offset += sentence.length + 1
    })
    const total = countWords(text)
    const goldStarts = wordIndex(text, boundaries.map((b) => starts[b]))
    const gold = labels(total, goldStarts)
    const k = Math.max(1, Math.round(total / (boundaries.length + 1) / 2))
    const t0 = performance.now()
    const result = segmentText(text)
    time += performance.now() - t0
    found += result.segments.length
    const hyp = labels(total, wordIndex(text, result.segments.map((s) => s.start)))
    systems.titraille.push(score(gold, hyp, k))
    systems['no boundary'].push(score(gold, labels(total, []), k))
    // As many segments as the gold, evenly spaced over our own sentences.
    const m = result.sentences.length
    const even = []
    for (let s = 1; s < boundaries.length + 1; s++) even.push(result.sentences[Math.round((s * m) / (boundaries.length + 1))].start)
    systems['evenly spaced (gold count)'].push(score(gold, labels(total, wordIndex(text, even)), k))
  }
  const mean = (list, key) => list.reduce((sum, r) => sum + r[key], 0) / list.length
  return {
    folder,
    samples: files.length,
    segments: found / files.length,
    ms: time / files.length,
    rows: Object.entries(systems).map(([name, list]) => ({name, pk: mean(list, 'pk'), wd: mean(list, 'wd')}))
  }
}

const results = folders.map(evaluate)
console.log('| system | ' + results.map((r) => `${r.folder} Pk | ${r.folder} WindowDiff`).join(' | ') + ' |')
console.log('| --- | ' + results.map(() => '--- | ---').join(' | ') + ' |')
for (let row = 0; row < results[0].rows.length; row++) {
  const name = results[0].rows[row].name
  console.log(`| ${name} | ` + results.map((r) => `${r.rows[row].pk.toFixed(3)} | ${r.rows[row].wd.toFixed(3)}`).join(' | ') + ' |')
}
for (const r of results) console.log(`${r.folder}: ${r.samples} samples, ${r.segments.toFixed(1)} segments found on average (gold 10), ${r.ms.toFixed(1)} ms per sample`)

// Paragraph mode (the stage as articles use it): pseudo-articles made of three
// whole WikiNews articles (paragraphs kept, headings dropped), default options
// but no chapeau. The 80–300-word limits force some boundaries inside
// articles, so even a perfect topic segmenter does not reach 0 here.
function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function evaluateArticles(count) {
  const names = readdirSync(wikinews).filter((f) => f.endsWith('.md')).sort()
  const docs = names.map((name) =>
    readFileSync(new URL(name, wikinews), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  )
  const random = mulberry32(2026)
  const systems = {titraille: [], 'no boundary': [], 'evenly spaced (gold count)': []}
  let found = 0
  for (let t = 0; t < count; t++) {
    const picks = []
    while (picks.length < 3) {
      const d = Math.floor(random() * docs.length)
      if (!picks.includes(d)) picks.push(d)
    }
    const paragraphs = []
    const goldParagraphs = []
    for (const d of picks) {
      goldParagraphs.push(paragraphs.length)
      paragraphs.push(...docs[d])
    }
    const {tree} = parseArticle(paragraphs.join('\n\n'), {format: 'text', detectTitle: false})
    const analysis = {...analyzeBlocks(tree), keyphrases: [], entities: [], focus: undefined}
    const wordStart = []
    let total = 0
    for (const block of analysis.blocks) {
      wordStart.push(total)
      total += block.words
    }
    const {segments} = segmentArticle(tree, analysis, {chapeau: false, reparagraph: false})
    found += segments.length
    const gold = labels(total, goldParagraphs.map((p) => wordStart[p]))
    const k = Math.max(1, Math.round(total / goldParagraphs.length / 2))
    systems.titraille.push(score(gold, labels(total, segments.map((segment) => wordStart[segment.blocks[0]])), k))
    systems['no boundary'].push(score(gold, labels(total, []), k))
    const m = analysis.blocks.length
    const even = [1, 2].map((s) => wordStart[Math.round((s * m) / 3)])
    systems['evenly spaced (gold count)'].push(score(gold, labels(total, even), k))
  }
  const mean = (list, key) => list.reduce((sum, r) => sum + r[key], 0) / list.length
  return {count, segments: found / count, rows: Object.entries(systems).map(([name, list]) => ({name, pk: mean(list, 'pk'), wd: mean(list, 'wd')}))}
}

const articles = evaluateArticles(100)
console.log('')
console.log('| paragraph mode, 3 WikiNews articles glued | Pk | WindowDiff |')
console.log('| --- | --- | --- |')
for (const row of articles.rows) console.log(`| ${row.name} | ${row.pk.toFixed(3)} | ${row.wd.toFixed(3)} |`)
console.log(`${articles.count} pseudo-articles, ${articles.segments.toFixed(1)} sections found on average (3 articles each)`)
