// Keyphrase benchmark: F1@5 and F1@10 of Titraille's keyphrases on the
// wikinews-fr development half, beside a plain TF-IDF baseline measured the
// same way (DESIGN issue 3). Builds the packages first (`tsc -b`), then reads
// the built `packages/core/dist`.
//
//   pnpm bench:keyphrases            scores
//   pnpm bench:keyphrases --verbose  per-article top 10 with hits marked
import {execFileSync} from 'node:child_process'
import {readFileSync, readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {createRequire} from 'node:module'

const root = fileURLToPath(new URL('..', import.meta.url))
const corpus = fileURLToPath(new URL('../../shared/corpus/wikinews-fr/', import.meta.url))
const verbose = process.argv.includes('--verbose')

if (!process.argv.includes('--no-build')) {
  execFileSync(process.execPath, [fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url)), '-b'], {cwd: root, stdio: 'inherit'})
}

const core = await import('../packages/core/dist/index.js')
const {fr} = await import('../packages/rules/dist/index.js')
const require = createRequire(new URL('../packages/core/package.json', import.meta.url))
const PorterStemmerFr = require('natural/lib/natural/stemmers/porter_stemmer_fr.js')

/** The protocol's normal form: lowercase, accents stripped, each word stemmed, whole phrase. */
function normal(phrase) {
  return phrase
    .toLowerCase()
    .replace(/[’']/g, ' ')
    .split(/[\s]+/)
    .filter(Boolean)
    .map((word) => PorterStemmerFr.stem(word))
    .join(' ')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
}

function f1(predicted, gold, k) {
  const top = []
  for (const p of predicted) {
    const n = normal(p)
    if (!top.includes(n)) top.push(n)
    if (top.length === k) break
  }
  const goldSet = new Set(gold.map(normal))
  const hits = top.filter((p) => goldSet.has(p)).length
  const precision = top.length ? hits / top.length : 0
  const recall = goldSet.size ? hits / goldSet.size : 0
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0
}

const ids = readdirSync(corpus).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => f.slice(0, -3)).sort()
const docs = ids.map((id) => {
  const text = readFileSync(`${corpus}${id}.md`, 'utf8')
  const gold = readFileSync(`${corpus}${id}.keys`, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean)
  const {tree} = core.parseArticle(core.decodeArticle(text), {format: 'markdown'})
  return {id, text, gold, tree}
})

// Titraille: the analysis every stage reads.
let started = performance.now()
const ours = docs.map((doc) => core.analyzeTree(doc.tree).keyphrases.map((k) => k.text))
const elapsed = performance.now() - started

// Baseline: TF-IDF over 1–3-word n-grams inside sentences, no stop word at
// either end, document frequencies from the 50 articles themselves.
const grams = docs.map((doc) => {
  const {sentences} = core.analyzeBlocks(doc.tree)
  const counts = new Map()
  for (const sentence of sentences) {
    const words = sentence.tokens
    for (let i = 0; i < words.length; i++) {
      for (let n = 1; n <= 3 && i + n <= words.length; n++) {
        const span = words.slice(i, i + n)
        if (span.some((t) => t.kind !== 'word' && t.kind !== 'number')) break
        if (span[0].stop || span[n - 1].stop || span[0].kind !== 'word' || span[n - 1].lower.endsWith('’')) continue
        const key = span.map((t) => t.stem).join(' ')
        const entry = counts.get(key) ?? {n: 0, text: span.map((t) => t.lower).join(' ').replace(/’ /g, '’')}
        entry.n++
        counts.set(key, entry)
      }
    }
  }
  return counts
})
const df = new Map()
for (const counts of grams) for (const key of counts.keys()) df.set(key, (df.get(key) ?? 0) + 1)
const baseline = grams.map((counts) =>
  [...counts.entries()]
    .map(([key, {n, text}]) => ({key, text, score: n * Math.log(docs.length / df.get(key))}))
    .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((c) => c.text)
)

const mean = (list) => list.reduce((a, b) => a + b, 0) / list.length
const row = (name, predicted) => {
  const at5 = mean(docs.map((doc, i) => f1(predicted[i], doc.gold, 5)))
  const at10 = mean(docs.map((doc, i) => f1(predicted[i], doc.gold, 10)))
  return `${name.padEnd(22)} ${at5.toFixed(3)}   ${at10.toFixed(3)}`
}

if (verbose) {
  docs.forEach((doc, i) => {
    const gold = new Set(doc.gold.map(normal))
    console.log(`\n${doc.id}  gold: ${doc.gold.join(' | ')}`)
    console.log(`  ours: ${ours[i].slice(0, 10).map((p) => (gold.has(normal(p)) ? `[${p}]` : p)).join(' | ')}`)
  })
  console.log('')
}

console.log(`wikinews-fr development half: ${docs.length} articles, stemmed exact match`)
console.log(`${'method'.padEnd(22)} F1@5    F1@10`)
console.log(row('titraille', ours))
console.log(row('tf-idf 1-3 (baseline)', baseline))
console.log(`analysis time: ${(elapsed / docs.length).toFixed(1)} ms per article (mean, ${docs.length} articles)`)
void fr
