import type {Root} from 'mdast'
import {fr} from '@titraille/rules'
import {toString} from 'mdast-util-to-string'
import type {Analysis} from '../nlp/types.js'
import {tokenize} from '../nlp/tokens.js'
import {candidatesFor, headingStems, type Candidate} from './compose.js'
import {contentStemsOf, sectionProfiles, type SectionInput} from './cluster.js'
import {sectionMaterial} from './material.js'

/** A subheading chosen for a section. */
export interface Subheading {
  /** Index of the section in the sections given. */
  section: number
  /** Index in `tree.children` the heading goes before (the section's start). */
  before: number
  /** 2, or one level under the author's heading when the section splits a long author section. */
  depth: 2 | 3 | 4 | 5 | 6
  text: string
  /** Id of the template in `@titraille/rules/fr` `HEADING_TEMPLATES`. */
  template: string
  /** Sentences the heading's words come from. */
  from: number[]
  /** The section's keyword cluster (keyphrases and entities), best first. */
  cluster: string[]
  /** The heading holds the focus keyphrase (or its stems). */
  focus: boolean
}

/** Options of {@link nameSections}. */
export interface NameSectionsOptions {
  /**
   * Longest heading, in characters.
   * @default 70
   */
  maxLength?: number | null | undefined
  /**
   * Share of headings that should hold the focus keyphrase.
   * @default {min: 0.3, max: 0.75}
   */
  focusShare?: Readonly<{min: number; max: number}> | null | undefined
  /** The focus keyphrase. @default analysis.focus */
  focus?: string | null | undefined
  /**
   * When sections outnumber what unique templates can name, name the rest
   * with a template already used (never the one of a neighbouring heading)
   * rather than leave them without a heading.
   * @default true
   */
  reuseTemplates?: boolean | null | undefined
}

/** Candidates kept per template and section for the article-wide choice. */
const PER_TEMPLATE = 3

/** FNV-1a hash: a deterministic per-article seed for template preferences. */
function hash(text: string): number {
  let value = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    value ^= text.charCodeAt(i)
    value = Math.imul(value, 0x01000193) >>> 0
  }
  return value
}

/** A small per-article preference for each template, from the article's text. */
function templateJitter(analysis: Analysis): Map<string, number> {
  const seed = hash(analysis.sentences.map((sentence) => sentence.text).join('\n'))
  const jitter = new Map<string, number>()
  for (const template of fr.HEADING_TEMPLATES) jitter.set(template.id, ((hash(`${seed}:${template.id}`) % 1000) / 1000) * 0.12)
  return jitter
}

/**
 * What makes two headings the same: their content stems, in any order and
 * whatever their articles (`Le nouveau gouvernement` = `Un nouveau gouvernement`).
 */
function sameness(text: string): string {
  const stems = [...new Set(headingStems(text))].sort()
  return stems.length > 0 ? stems.join(' ') : text.normalize('NFC').toLowerCase().trim()
}

/** Whether the heading holds every content stem of the focus keyphrase. */
function holdsFocus(candidate: Candidate, focusStems: readonly string[]): boolean {
  return focusStems.length > 0 && focusStems.every((value) => candidate.stems.includes(value))
}

/** A partial choice: picks as a linked list (shared tails keep the search cheap). */
interface Choice {
  pick: Candidate | undefined
  key: string | undefined
  previous: Choice | undefined
  score: number
  /** Templates used, as bits of `HEADING_TEMPLATES` indices. */
  mask: number
  focus: number
}

/** Score lost by a section left without a heading. */
const NO_HEADING = 2
/** Partial choices kept per count of focus headings at each step. */
const KEEP = 96

function picksOf(choice: Choice): (Candidate | undefined)[] {
  const out: (Candidate | undefined)[] = []
  for (let at: Choice | undefined = choice; at?.previous !== undefined; at = at.previous) out.push(at.pick)
  return out.reverse()
}

/** Tie-break of equal scores: the picks' texts in code-point order, section by section. */
function earlier(a: Choice, b: Choice): boolean {
  const left = picksOf(a).map((pick) => pick?.text ?? '')
  const right = picksOf(b).map((pick) => pick?.text ?? '')
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const x = left[i] ?? ''
    const y = right[i] ?? ''
    if (x !== y) return x < y
  }
  return false
}

function uses(choice: Choice, key: string, taken: ReadonlySet<string>): boolean {
  if (taken.has(key)) return true
  for (let at: Choice | undefined = choice; at; at = at.previous) if (at.key === key) return true
  return false
}

/**
 * Pick one candidate per section: templates never repeat, texts are unique
 * (against the author's headings too), and the focus keyphrase is in
 * `focusShare` of the headings when the candidates allow it. Dynamic
 * programming over (templates used, headings with the focus), the best
 * {@link KEEP} choices kept per focus count; ties go to code-point order, so
 * it is deterministic.
 */
function choose(lists: readonly Candidate[][], focusStems: readonly string[], share: {min: number; max: number}, taken: ReadonlySet<string>): (Candidate | undefined)[] {
  const templateBit = new Map(fr.HEADING_TEMPLATES.map((template, index) => [template.id, 2 ** index]))
  const better = (a: Choice, b: Choice | undefined) => !b || a.score > b.score + 1e-9 || (Math.abs(a.score - b.score) <= 1e-9 && earlier(a, b))
  let states: Choice[] = [{pick: undefined, key: undefined, previous: undefined, score: 0, mask: 0, focus: 0}]
  for (const list of lists) {
    const options = list.map((candidate) => ({candidate, key: sameness(candidate.text), bit: templateBit.get(candidate.template) ?? 0, focus: holdsFocus(candidate, focusStems) ? 1 : 0}))
    const next = new Map<string, Choice>()
    const offer = (choice: Choice) => {
      const id = `${choice.mask}:${choice.focus}`
      if (better(choice, next.get(id))) next.set(id, choice)
    }
    for (const state of states) {
      offer({pick: undefined, key: undefined, previous: state, score: state.score - NO_HEADING, mask: state.mask, focus: state.focus})
      for (const option of options) {
        if ((state.mask & option.bit) !== 0 || uses(state, option.key, taken)) continue
        offer({
          pick: option.candidate,
          key: option.key,
          previous: state,
          score: state.score + option.candidate.score,
          mask: state.mask | option.bit,
          focus: state.focus + option.focus
        })
      }
    }
    // Keep the best choices for each focus count, so the focus band stays reachable.
    const byFocus = new Map<number, Choice[]>()
    for (const choice of next.values()) byFocus.set(choice.focus, [...(byFocus.get(choice.focus) ?? []), choice])
    states = [...byFocus.values()].flatMap((group) => group.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0)).slice(0, KEEP))
  }
  const named = (choice: Choice) => picksOf(choice).filter((pick) => pick !== undefined).length
  const inBand = states.filter((choice) => {
    const count = named(choice)
    return count > 0 && choice.focus >= Math.ceil(share.min * count - 1e-9) && choice.focus <= Math.floor(share.max * count + 1e-9)
  })
  // Without a choice in the band (no focus words in the sections), the best one.
  let best: Choice | undefined
  for (const choice of inBand.length > 0 ? inBand : states) if (better(choice, best)) best = choice
  return best ? picksOf(best) : lists.map(() => undefined)
}

/**
 * Name the sections {@link choose} left without a heading (an article with
 * more sections than templates): in document order, each takes its best
 * candidate whose template differs from its neighbours', whose text is new,
 * and that keeps the focus share from going over its maximum.
 */
function fillLeftovers(picks: (Candidate | undefined)[], lists: readonly Candidate[][], focusStems: readonly string[], share: {min: number; max: number}, taken: Set<string>): void {
  for (const pick of picks) if (pick) taken.add(sameness(pick.text))
  for (let i = 0; i < picks.length; i++) {
    if (picks[i]) continue
    const named = picks.filter((pick) => pick !== undefined)
    const focus = named.filter((pick) => holdsFocus(pick, focusStems)).length
    const neighbours = new Set([picks[i - 1]?.template, picks[i + 1]?.template])
    const fits = (candidate: Candidate) => !neighbours.has(candidate.template) && !taken.has(sameness(candidate.text))
    const underMax = (candidate: Candidate) => !holdsFocus(candidate, focusStems) || focus + 1 <= share.max * (named.length + 1)
    const pick = lists[i]!.find((candidate) => fits(candidate) && underMax(candidate)) ?? lists[i]!.find(fits)
    if (!pick) continue
    picks[i] = pick
    taken.add(sameness(pick.text))
  }
}

/**
 * Depth of a heading placed at `index`: under an author's H2 (or deeper), a
 * long section split by the segmenter is a subsection (H3 under H2); after
 * the title or with no heading before, an H2.
 */
function depthAt(tree: Root, index: number): Subheading['depth'] {
  for (let i = Math.min(index, tree.children.length) - 1; i >= 0; i--) {
    const node = tree.children[i]!
    if (node.type !== 'heading') continue
    if (node.depth < 2) return 2
    return Math.min(node.depth + 1, 6) as Subheading['depth']
  }
  return 2
}

/**
 * Subheadings for the sections of an article: for each section but the
 * chapeau and those that open with the author's heading, a French heading
 * built from the section's keyword cluster with the templates of
 * `@titraille/rules/fr`. Pure: the tree is only read (for the author's
 * headings, which the generated ones must not repeat).
 */
export function nameSections(tree: Root, analysis: Analysis, sections: readonly SectionInput[], options?: Readonly<NameSectionsOptions> | null): Subheading[] {
  const maxLength = options?.maxLength ?? 70
  const share = options?.focusShare ?? {min: 0.3, max: 0.75}
  const focus = options?.focus ?? analysis.focus
  const focusStems = focus ? contentStemsOf(tokenize(focus)) : []
  const taken = new Set(tree.children.filter((node) => node.type === 'heading').map((node) => sameness(toString(node))))

  const profiles = sectionProfiles(analysis, sections)
  const jitter = templateJitter(analysis)
  const wanted = sections.map((section, index) => ({section, index})).filter(({section}) => !section.chapeau && !section.authorHeading)
  const lists = wanted.map(({section, index}) => {
    const all = candidatesFor(sectionMaterial(analysis, section.sentences), profiles[index]!, {maxLength, jitter, focus: focus ?? undefined})
    const perTemplate = new Map<string, number>()
    return all.filter((candidate) => {
      const seen = perTemplate.get(candidate.template) ?? 0
      perTemplate.set(candidate.template, seen + 1)
      return seen < PER_TEMPLATE
    })
  })
  const picks = choose(lists, focusStems, share, taken)
  if (options?.reuseTemplates ?? true) fillLeftovers(picks, lists, focusStems, share, taken)

  const out: Subheading[] = []
  for (const [i, {section, index}] of wanted.entries()) {
    const pick = picks[i]
    if (!pick) continue
    out.push({
      section: index,
      before: section.start,
      depth: depthAt(tree, section.start),
      text: pick.text,
      template: pick.template,
      from: pick.from,
      cluster: profiles[index]!.cluster.map((term) => term.text),
      focus: holdsFocus(pick, focusStems)
    })
  }
  return out
}
