import type {Heading, Root, RootContent} from 'mdast'
import {fr} from '@titraille/rules'
import {TitrailleError} from '../errors.js'
import {findPhrase, transitionIndex, wordLowers} from '../measure/lexicon.js'
import {tokenize} from '../nlp/tokens.js'
import {countTreeWords, countWords, proseOf} from '../nlp/words.js'
import type {Analysis} from '../nlp/types.js'
import {actors} from './actors.js'
import {chapeau} from './chapeau.js'
import {chronology} from './chronology.js'
import {conclusion} from './conclusion.js'
import {essentials} from './essentials.js'
import {faq} from './faq.js'
import {NgramCounter, inventedIn} from './honesty.js'
import {glossary, occurrencesIn} from './glossary.js'
import {guide} from './guide.js'
import {keyFigures, saysWhat} from './key-figures.js'
import {keyPoints} from './keypoints.js'
import {gatherMaterial, type Material} from './material.js'
import {quotes} from './quotes.js'
import {shortFormsOf, shortened, type ShortForm} from './short-forms.js'
import {signposting} from './signposting.js'
import {TemplatePicker, fillTemplate, hashString} from './template.js'
import {leastUsedFirst} from './text.js'
import {transitions} from './transitions.js'
import type {Addition, Draft, ExpandContext, ExpandOptions, ExpandResult, StrategyName, StrategyReport} from './types.js'
import {withoutArticle} from './french.js'

/** The strategies in the planner's order of value. */
export const STRATEGIES: Readonly<Record<StrategyName, (ctx: ExpandContext) => Addition | undefined>> = {
  chapeau,
  essentials,
  transitions,
  signposting,
  'key-figures': keyFigures,
  quotes,
  actors,
  chronology,
  keypoints: keyPoints,
  guide,
  glossary,
  conclusion,
  faq
}

/** Default order of value. */
export const STRATEGY_ORDER: readonly StrategyName[] = ['chapeau', 'transitions', 'essentials', 'signposting', 'key-figures', 'quotes', 'actors', 'chronology', 'glossary', 'conclusion', 'keypoints', 'guide', 'faq']

const HEADING_PATTERNS = fr.EXPAND_HEADING_PATTERNS.map((pattern) => new RegExp(pattern, 'u'))

function headingText(node: Heading): string {
  return proseOf(node).trim()
}

/** Whether a heading is one the expand stage writes (any variant): how a second run recognises its own output. */
export function isGeneratedHeading(text: string): boolean {
  const lower = text.normalize('NFC').toLowerCase().replace(/'/gu, '’').replace(/[\u00a0\u202f]/gu, ' ')
  return HEADING_PATTERNS.some((pattern) => pattern.test(lower))
}

/** Whether the tree already holds the expand stage's sections. */
export function isExpanded(tree: Root): boolean {
  return tree.children.some((node) => node.type === 'heading' && isGeneratedHeading(headingText(node)))
}

/**
 * Put the focus keyphrase in some generated headings, so that it appears in
 * about half of all subheadings (the audit expects 30–75 %).
 */
function balanceHeadings(tree: Root, additions: readonly Addition[], focus: string | undefined): void {
  if (!focus) return
  const bare = withoutArticle(focus).toLowerCase()
  const existing = tree.children.filter((node): node is Heading => node.type === 'heading' && node.depth >= 2 && !node.data?.generated)
  const generated = additions.filter((addition) => addition.placement.kind === 'end' && addition.nodes[0]?.type === 'heading')
  const total = existing.length + generated.length
  let have = existing.filter((node) => headingText(node).toLowerCase().includes(bare)).length
  const want = Math.ceil(total / 2)
  const keys: [StrategyName, keyof typeof fr.EXPAND_FOCUS_HEADINGS][] = [['faq', 'faq'], ['key-figures', 'keyFigures'], ['conclusion', 'conclusion'], ['chronology', 'chronology']]
  for (const [by, key] of keys) {
    if (have >= want) break
    const node = generated.find((addition) => addition.by === by)?.nodes[0]
    if (!node || node.type !== 'heading') continue
    const text = fillTemplate(fr.EXPAND_FOCUS_HEADINGS[key], {focus})
    if (text.length > 70) continue
    node.children = [{type: 'text', value: text}]
    have++
  }
}

/**
 * Bring an article to `minWords` with text derived from it: the planner tries
 * the strategies in order of value and stops as soon as the target is met.
 * Changes `tree` in place; returns what was added.
 */
export function expandArticle(tree: Root, analysis: Analysis, options?: Readonly<ExpandOptions> | null): ExpandResult {
  const target = options?.minWords ?? 700
  const inputWords = countTreeWords(tree)
  const result: ExpandResult = {
    target,
    inputWords,
    outputWords: inputWords,
    addedWords: 0,
    addedShare: 0,
    reached: inputWords >= target,
    repeatedShare: 0,
    alreadyExpanded: false,
    strategies: [],
    faq: [],
    sentences: []
  }
  // Repetition is measured as the result reports it: over the prose of the tree, block by block
  // (with the subheadings the earlier stages added), and then over every sentence and heading added.
  const counter = new NgramCounter(4)
  for (const block of proseOf(tree).split(/\n{2,}/u)) counter.add(block)
  result.repeatedShare = counter.share
  if (inputWords >= target) return result
  if (isExpanded(tree)) {
    result.alreadyExpanded = true
    return result
  }
  const threshold = options?.paddingThreshold ?? 120
  if (inputWords < threshold && !options?.allowPadding) {
    throw new TitrailleError(
      'TOO_SHORT',
      `The article has ${inputWords} words, too few to reach ${target} words without padding (the minimum is ${threshold}).`,
      'Write a longer article, lower --min-words, or pass --allow-padding to expand it anyway.'
    )
  }
  const material = withPlaceArticle(gatherMaterial(analysis, {keyphrase: options?.keyphrase ?? undefined}))
  const limit = options?.maxRepeatedShare ?? 0.1
  const plan = (floor: number) => planAdditions({analysis, material, tree, counter, need: target - inputWords, limit, floor, order: options?.strategies ?? STRATEGY_ORDER})
  let planned = plan(0)
  // A short article that falls short: verbatim material (a quotation, a clause of the article) costs
  // much of its repetition budget while little text is written, and is refused early although the
  // finished text could carry it. Plan again measuring repetition against the length aimed at, and
  // keep the plan that writes most while its own repetition stays within the limit (the lengths
  // tried step down from the target: aiming too long lets early sections repeat more than the
  // finished text, if it falls short, can carry).
  for (const aim of [1, 0.9, 0.8, 0.7, 0.6]) {
    if (planned.need <= 0) break
    const again = plan(Math.round(target * aim))
    if (again.need < planned.need && finishedShare(tree, counter, again.chosen, material.focus?.text) <= limit) planned = again
  }
  const chosen = planned.chosen
  for (const addition of chosen) {
    result.strategies.push(report(addition))
    if (addition.faq) result.faq.push(...addition.faq)
    result.sentences.push(...addition.sentences)
  }
  balanceHeadings(tree, chosen, material.focus?.text)
  place(tree, chosen)
  result.outputWords = countTreeWords(tree)
  result.addedWords = result.outputWords - inputWords
  result.addedShare = result.outputWords === 0 ? 0 : result.addedWords / result.outputWords
  result.reached = result.outputWords >= target
  const prose = new NgramCounter(4)
  for (const block of proseOf(tree).split(/\n{2,}/u)) prose.add(block)
  result.repeatedShare = prose.share
  return result
}

/**
 * The repetition the finished text will show with `additions`, measured as the
 * result measures it: over the article's blocks and each added block, with the
 * headings as balanced. (The connectors the transitions add are left out: new
 * words only, they can but lower it.) The planner's own running measure keeps
 * a margin, sentence by sentence, that the finished text does not need.
 */
function finishedShare(tree: Root, counter: NgramCounter, additions: Addition[], focus: string | undefined): number {
  // Balancing rewrites only the additions' own headings, and the same way each time it is called.
  balanceHeadings(tree, additions, focus)
  const measured = counter.clone()
  for (const addition of additions) {
    for (const part of [addition, ...(addition.more ?? [])]) {
      for (const node of part.nodes) for (const block of proseOf(node).split(/\n{2,}/u)) measured.add(block)
    }
  }
  return measured.share
}

interface PlanInput {
  analysis: Analysis
  material: Material
  tree: Root
  /** Repetition of the article as it stands (not changed). */
  counter: NgramCounter
  need: number
  limit: number
  /** Words the repetition share is measured against at least (0: the text as written so far). */
  floor: number
  order: readonly StrategyName[]
}

/**
 * One plan: the strategies in order, then once more those that added nothing
 * (a section that restated too much of a short article early on may fit once
 * the later sections have added their own text). The tree is not changed.
 */
function planAdditions(input: PlanInput): {chosen: Addition[]; need: number; share: number} {
  const {analysis, material, tree, limit, floor} = input
  const counter = input.counter.clone()
  const seed = hashString(material.input)
  const picker = new TemplatePicker(seed)
  const kept = new Set<string>()
  // The transitions added sentences open on (`ainsi`, `en effet`): each once in an article.
  const openers = new Set<string>()
  let need = input.need
  const ctx: ExpandContext = {
    analysis,
    material,
    picker,
    seed,
    need,
    tree,
    restated: new Set(),
    told(text) {
      for (const given of this.restated) if (given.includes(text)) return true
      return false
    },
    holdsTold(text) {
      for (const given of this.restated) if (text.includes(given)) return true
      return false
    },
    freshFigures(count) {
      // Only figures that say what they count: `48 %` alone means nothing in a list.
      const figures = material.figures.filter(saysWhat).slice(0, 6).map((figure) => (figure.rest ? `${figure.value} ${figure.rest}` : figure.value))
      return leastUsedFirst(figures, (figure) => this.mentions(figure)).slice(0, count)
    },
    mentions(phrase) {
      const bare = withoutArticle(phrase).toLowerCase()
      let count = 0
      for (const sentence of kept) count += occurrencesIn(sentence.toLowerCase(), bare)
      return count
    },
    // Drafts keep a margin: the final measure also sees headings and block boundaries.
    draft: () => makeDraft(counter, kept, material.source, limit - 0.005, openers, floor, atEnd ? forms : [])
  }
  const chosen: Addition[] = []
  /** Run one strategy and keep what it adds; whether it added anything. */
  // Sections after the article may name its long phrases in short (`la livraison`): the reader has
  // read them whole; the chapeau, the box and the signposts come before or inside the article.
  const forms = shortFormsOf(material)
  let atEnd = false
  const run = (name: StrategyName): boolean => {
    ctx.need = need
    atEnd = !BEFORE_OR_IN_ARTICLE.has(name)
    const addition = STRATEGIES[name](ctx)
    if (!addition) return false
    chosen.push(addition)
    for (const sentence of addition.sentences) {
      counter.add(sentence)
      kept.add(sentence)
      const opener = openerOf(sentence)
      if (opener) openers.add(opener)
    }
    for (const part of [addition, ...(addition.more ?? [])]) {
      for (const node of part.nodes) if (node.type === 'heading') counter.add(headingText(node))
    }
    need -= addition.words
    return true
  }
  const skipped: StrategyName[] = []
  for (const name of input.order) if (need > 0 && !run(name)) skipped.push(name)
  for (const name of skipped) if (need > 0) run(name)
  return {chosen, need, share: counter.share}
}

/**
 * A focus that is a place the article names without its article (`Indonésie`)
 * takes it (`l’Indonésie`), as the places list gives it: `consacré à
 * l’Indonésie`, not `consacré à Indonésie`.
 */
function withPlaceArticle(material: Material): Material {
  const focus = material.focus
  if (!focus || /\s/u.test(focus.text)) return material
  const place = material.places.find((candidate) => withoutArticle(candidate.text) === focus.text)
  if (!place || place.text === focus.text) return material
  return {...material, focus: {...focus, text: place.text}}
}

function report(addition: Addition): StrategyReport {
  return {by: addition.by, words: addition.words, templates: addition.templates, from: addition.from}
}

/** The transition a sentence opens on (`Ainsi, …`, `En effet, …`), lowercase; `undefined` when it opens otherwise. */
function openerOf(sentence: string): string | undefined {
  const found = findPhrase(wordLowers(tokenize(sentence)).slice(0, 4), transitionIndex().single)
  return found?.at === 0 ? found.phrase.toLowerCase() : undefined
}

/** Strategies whose text stands before the article or inside it. */
const BEFORE_OR_IN_ARTICLE: ReadonlySet<StrategyName> = new Set(['chapeau', 'transitions', 'essentials', 'signposting'])

function makeDraft(counter: NgramCounter, kept: Set<string>, input: string, limit: number, openers: ReadonlySet<string>, floor: number, forms: readonly ShortForm[]): Draft {
  const local = counter.clone()
  const sentences: string[] = []
  const opened: (string | undefined)[] = []
  let words = 0
  const history: {undo: () => void; words: number}[] = []
  return {
    accept(text: string | readonly string[]) {
      let clean = ''
      let opener: string | undefined
      let best = Infinity
      const given = typeof text === 'string' ? [text] : text
      // Each variant, and the same with the long phrases in short, which repeats fewer 4-grams.
      const variants = forms.length === 0 ? given : given.flatMap((variant) => [variant, ...[shortened(variant, forms)].filter((short): short is string => short !== undefined)])
      for (const variant of variants) {
        const candidate = variant.trim()
        if (candidate === '' || kept.has(candidate) || sentences.includes(candidate)) continue
        const start = openerOf(candidate)
        if (start && (openers.has(start) || opened.includes(start))) continue
        if (inventedIn(candidate, input).length > 0) continue
        const share = local.shareWith(candidate, floor)
        if (share > limit || share >= best) continue
        clean = candidate
        opener = start
        best = share
      }
      if (clean === '') return false
      history.push({undo: local.addUndoable(clean), words})
      sentences.push(clean)
      opened.push(opener)
      words += countWords(clean)
      return true
    },
    undo() {
      const last = history.pop()
      if (!last) return
      sentences.pop()
      opened.pop()
      words = last.words
      last.undo()
    },
    get words() {
      return words
    },
    get sentences() {
      return sentences
    }
  }
}

/** Put the kept additions in the tree: chapeau after the title, signposts after their headings, sections at the end in a fixed order. */
function place(tree: Root, additions: Addition[]): void {
  const all = additions.flatMap((addition) => [addition, ...(addition.more ?? [])])
  for (const addition of all) addition.apply?.()
  for (const addition of all) {
    if (addition.placement.kind !== 'after') continue
    const index = tree.children.indexOf(addition.placement.node as RootContent)
    if (index >= 0) tree.children.splice(index + 1, 0, ...(addition.nodes as RootContent[]))
  }
  // The chapeau first, then the « L’essentiel » box, before the article's first paragraph.
  const leads = all.filter((addition) => addition.placement.kind === 'chapeau').sort((a, b) => (a.by === 'chapeau' ? -1 : b.by === 'chapeau' ? 1 : 0))
  const first = tree.children.findIndex((node) => node.type !== 'yaml' && !(node.type === 'heading' && node.depth === 1))
  tree.children.splice(first < 0 ? tree.children.length : first, 0, ...(leads.flatMap((lead) => lead.nodes) as RootContent[]))
  const order: StrategyName[] = ['key-figures', 'quotes', 'actors', 'chronology', 'keypoints', 'glossary', 'guide', 'faq', 'conclusion']
  for (const name of order) {
    for (const addition of all) if (addition.by === name && addition.placement.kind === 'end') tree.children.push(...(addition.nodes as RootContent[]))
  }
}
