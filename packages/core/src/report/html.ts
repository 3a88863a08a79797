import type {Element, ElementContent, Root as HastRoot, RootContent} from 'hast'
import type {Root} from 'mdast'
import {toHtml} from 'hast-util-to-html'
import {toHast} from 'mdast-util-to-hast'
import type {AuditReport, ReportFinding} from './types.js'

/** Options of {@link toAuditHtml}. */
export interface HtmlReportOptions {
  /** Page title. @default the report's path, or `Audit Titraille` */
  title?: string | null | undefined
}

const ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)
}

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'td', 'th'])

/** Mark the article's blocks: added text (`data.generated`), and blocks that findings point at. */
function annotate(hast: HastRoot, findings: readonly ReportFinding[]): void {
  const placed = findings.map((finding, index) => ({finding, index})).filter((entry) => entry.finding.place?.start.offset !== undefined)
  const claimed = new Set<number>()
  const walk = (node: HastRoot | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue
      walk(child)
      if (!BLOCKS.has(child.tagName) || !child.position) continue
      const start = child.position.start.offset ?? -1
      const end = child.position.end.offset ?? -1
      const hits = placed.filter((entry) => !claimed.has(entry.index) && entry.finding.place!.start.offset! >= start && entry.finding.place!.start.offset! < end)
      if (hits.length === 0) continue
      for (const hit of hits) claimed.add(hit.index)
      const className = [...toClasses(child.properties.className), 'finding', hits.some((h) => h.finding.level === 'error') ? 'finding-error' : 'finding-warn']
      child.properties.className = className
      child.properties.dataFindings = hits.map((h) => h.finding.ruleId).join(' ')
      const badges: ElementContent[] = hits.map((hit) => ({
        type: 'element',
        tagName: 'a',
        properties: {className: ['badge'], href: `#finding-${hit.index + 1}`, title: hit.finding.message},
        children: [{type: 'text', value: String(hit.index + 1)}]
      }))
      child.children.push(...badges)
    }
  }
  walk(hast)
}

/** What the reader should see on one sentence: long, passive. */
interface SentenceFlag {
  start: number
  end: number
  classes: string[]
  title: string
}

/** Long and passive sentences of the measurements, as source ranges. */
function sentenceFlags(report: AuditReport): SentenceFlag[] {
  const long = report.rules.find((rule) => rule.id === 'sentence-length') ? 20 : Number.POSITIVE_INFINITY
  const flags: SentenceFlag[] = []
  for (const sentence of report.measurements.sentences) {
    const start = sentence.place?.start.offset
    const end = sentence.place?.end.offset
    if (start === undefined || end === undefined) continue
    const classes: string[] = []
    const notes: string[] = []
    if (sentence.words > long) {
      classes.push('long-sentence')
      notes.push(`${sentence.words} words`)
    }
    if (sentence.passive !== undefined) {
      classes.push('passive')
      notes.push(`passive: ${sentence.passive}`)
    }
    if (classes.length > 0) flags.push({start, end, classes, title: notes.join(' · ')})
  }
  return flags
}

/**
 * Wrap the parts of text nodes that a flag covers in `<mark>`. Only text
 * whose source length equals its value (no escapes, no entities) is
 * wrapped, so the offsets are exact.
 */
function markSentences(node: HastRoot | Element, flags: readonly SentenceFlag[]): void {
  const out: RootContent[] = []
  for (const child of node.children) {
    if (child.type === 'element') {
      if (child.tagName !== 'mark') markSentences(child, flags)
      out.push(child)
      continue
    }
    const from = child.position?.start.offset
    const to = child.position?.end.offset
    if (child.type !== 'text' || from === undefined || to === undefined || to - from !== child.value.length) {
      out.push(child)
      continue
    }
    const cuts = flags.filter((flag) => flag.start < to && flag.end > from).sort((a, b) => a.start - b.start)
    let at = from
    for (const flag of cuts) {
      const start = Math.max(flag.start, at)
      const end = Math.min(flag.end, to)
      if (end <= start) continue
      if (start > at) out.push({type: 'text', value: child.value.slice(at - from, start - from)})
      out.push({type: 'element', tagName: 'mark', properties: {className: ['sentence', ...flag.classes], title: flag.title}, children: [{type: 'text', value: child.value.slice(start - from, end - from)}]})
      at = end
    }
    if (at < to) out.push({type: 'text', value: child.value.slice(at - from)})
  }
  node.children = out as typeof node.children
}

function toClasses(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String)
  if (typeof value === 'string') return value.split(/\s+/).filter(Boolean)
  return []
}

/** The tree with `data.generated` nodes given a class and a tooltip naming their origin. */
function markAdded(tree: Root): Root {
  const copy = structuredClone(tree)
  const walk = (node: {data?: unknown; children?: unknown[]; type: string}) => {
    const data = node.data as {generated?: {by?: unknown}; hProperties?: Record<string, unknown>; hName?: string} | undefined
    if (data?.generated && typeof data.generated === 'object') {
      const by = typeof data.generated.by === 'string' ? data.generated.by : 'titraille'
      if (node.type === 'text') data.hName = 'mark'
      data.hProperties = {...data.hProperties, className: ['added'], title: `Added by ${by}`, dataAddedBy: by}
    }
    for (const child of node.children ?? []) walk(child as {type: string})
  }
  walk(copy as unknown as {type: string; children: unknown[]})
  return copy
}

const STYLE = `
body{font:16px/1.6 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fafafa}
header,main,section{max-width:60rem;margin:0 auto;padding:1rem 1.5rem}
.scores{display:flex;gap:1rem}.score{padding:.5rem 1rem;border-radius:.5rem;background:#fff;border:1px solid #ddd}
.score b{font-size:1.6rem}
article{background:#fff;border:1px solid #ddd;border-radius:.5rem;padding:1rem 2rem}
.added{background:#e3f4e1;outline:1px dashed #3b8a32}
.finding-warn{background:#fff6db;box-shadow:inset 3px 0 #d19a00}
.finding-error{background:#fde4e1;box-shadow:inset 3px 0 #c0392b}
.long-sentence{background:none;text-decoration:underline wavy #d19a00}.passive{background:none;border-bottom:2px dotted #6a3fb5}
.badge{display:inline-block;margin-left:.3em;padding:0 .4em;border-radius:1em;background:#333;color:#fff;font-size:.75em;text-decoration:none}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #eee;padding:.3rem .5rem;text-align:left;vertical-align:top}
.rating-good{color:#2e7d32}.rating-ok{color:#b26a00}.rating-bad{color:#c0392b}.rating-na{color:#888}
.level-error{color:#c0392b;font-weight:bold}.level-warn{color:#b26a00}
`

function findingRow(finding: ReportFinding, index: number): string {
  const place = finding.place ? `${finding.place.start.line}:${finding.place.start.column}` : '—'
  return `<tr id="finding-${index + 1}" class="finding-row" data-rule="${escape(finding.ruleId)}"><td>${index + 1}</td><td>${place}</td><td class="level-${finding.level}">${finding.level}</td><td>${escape(finding.message)}${finding.fix ? `<br><small>${escape(finding.fix)}</small>` : ''}</td><td><a href="${escape(finding.url)}">${escape(finding.ruleId)}</a></td></tr>`
}

/**
 * A standalone HTML page (one file, no network: inline CSS, no script, a
 * Content-Security-Policy that forbids loading anything) showing the
 * scores, the findings and the article, with added text, the blocks
 * findings point at, long sentences and passives highlighted.
 */
export function toAuditHtml(tree: Root, report: AuditReport, options?: Readonly<HtmlReportOptions> | null): string {
  const hast = toHast(markAdded(tree)) as HastRoot
  markSentences(hast, sentenceFlags(report))
  annotate(hast, report.findings)
  // Images would be fetched: keep their alt text, not their source.
  const dropImages = (node: HastRoot | Element) => {
    node.children = node.children.map((child): RootContent => {
      if (child.type === 'element' && child.tagName === 'img') return {type: 'element', tagName: 'span', properties: {className: ['image'], title: String(child.properties.src ?? '')}, children: [{type: 'text', value: `[image: ${String(child.properties.alt ?? '')}]`}]}
      if (child.type === 'element') dropImages(child)
      return child
    }) as typeof node.children
  }
  dropImages(hast)
  const article = toHtml(hast)
  const title = options?.title ?? report.path ?? 'Audit Titraille'
  const s = report.summary
  const rules = report.rules
    .map((rule) => `<tr data-rule="${escape(rule.id)}"><td><a href="${escape(rule.url)}">${escape(rule.id)}</a></td><td>${rule.category}</td><td class="rating-${rule.rating}">${rule.rating}</td><td class="level-${rule.level}">${rule.level}</td><td>${escape(rule.description)}</td></tr>`)
    .join('\n')
  const fixes = report.topFixes.map((fix) => `<li data-rule="${escape(fix.ruleId)}">${escape(fix.fix ?? fix.message)} <small>(${escape(fix.ruleId)})</small></li>`).join('\n')
  const added = report.added.map((a) => `<li><code>${escape(a.by)}</code> ${a.words} words: ${escape(a.text.length > 120 ? `${a.text.slice(0, 120)}…` : a.text)}</li>`).join('\n')
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="titraille">
<title>${escape(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1 class="report-title">Audit SEO : ${escape(title)}</h1>
<div class="scores"><div class="score" id="score-seo">SEO <b>${report.scores.seo}</b>/100</div><div class="score" id="score-readability">Lisibilité <b>${report.scores.readability}</b>/100</div></div>
<p id="summary">${s.words} mots · ${s.sentences} phrases · ${s.longSentences} % de plus de 20 mots · ${s.transitionSentences} % avec mot de transition · ${s.passiveSentences} % au passif · facilité de lecture ${s.readingEase}${s.keyphrase ? ` · « ${escape(s.keyphrase.text)} » ×${s.keyphrase.count} (${s.keyphrase.density} %)` : ''}</p>
</header>
<section id="top-fixes"><h2>Top fixes</h2><ol>${fixes}</ol></section>
<section id="findings"><h2>Findings (${report.findings.length})</h2>
<table><thead><tr><th>#</th><th>Place</th><th>Level</th><th>Message</th><th>Rule</th></tr></thead><tbody>
${report.findings.map(findingRow).join('\n')}
</tbody></table></section>
<section id="added"><h2>Added text (${report.added.length})</h2><ul>${added}</ul></section>
<main><h2>Article</h2><p class="legend"><span class="added">added text</span> · <span class="finding-warn">block with a finding</span> · <mark class="long-sentence">sentence over 20 words</mark> · <mark class="passive">passive</mark></p><article id="article">${article}</article></main>
<section id="rules"><h2>Rules</h2><table><thead><tr><th>Rule</th><th>Category</th><th>Rating</th><th>Level</th><th>What</th></tr></thead><tbody>
${rules}
</tbody></table></section>
</body>
</html>
`
}
