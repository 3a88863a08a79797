import {fr} from '@titraille/rules'
import type {Analysis, Token} from '../nlp/types.js'

/** A section as the subheadings stage needs it (a `Segment` of the segment stage fits). */
export interface SectionInput {
  /** Index in `tree.children` of the section's first node. */
  start: number
  /** Index in `tree.children` just after its last node. */
  end: number
  /** Ids of its sentences in `Analysis.sentences`, in order. */
  sentences: readonly number[]
  /** The chapeau: no subheading. */
  chapeau?: boolean | undefined
  /** Starts with the author's own heading: keep it, add none. */
  authorHeading?: boolean | undefined
}

/** A keyphrase or entity of a section's keyword cluster. */
export interface ClusterTerm {
  text: string
  /** Content stems of the term. */
  stems: string[]
  /** Occurrences (sentences) in the section. */
  inside: number
  /** Occurrences elsewhere in the article. */
  outside: number
  score: number
}

/** What makes a section different from the rest of the article. */
export interface SectionProfile {
  /** Stems of every word of the section (the vocabulary a heading may use). */
  vocabulary: Set<string>
  /** Content stem → weight in [0, 1]: frequent here, rarer in other sections. */
  weights: Map<string, number>
  /** Keyphrases and entities frequent here and rarer elsewhere, best first. */
  cluster: ClusterTerm[]
}

const WEAK = new Set(fr.HEADING_WEAK_NOUNS)

/** Content stems of tokens: words and numbers that are not stop words. */
export function contentStemsOf(tokens: readonly Token[]): string[] {
  return tokens.filter((token) => (token.kind === 'word' || token.kind === 'number') && !token.stop && token.stem.length > 1).map((token) => token.stem)
}

/** Content stems that may weigh in a heading: no dates or vague nouns. */
function weightyStems(tokens: readonly Token[]): string[] {
  return contentStemsOf(tokens.filter((token) => !WEAK.has(token.lower)))
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Most cluster terms kept per section. */
const CLUSTER_SIZE = 6

/**
 * Profiles of sections: stem weights (tf × idf over sections) and the keyword
 * cluster (keyphrases and entities of the analysis that occur in the section,
 * weighted by how specific to it they are).
 */
export function sectionProfiles(analysis: Analysis, sections: readonly SectionInput[]): SectionProfile[] {
  const counts = sections.map((section) => {
    const tf = new Map<string, number>()
    const vocabulary = new Set<string>()
    for (const id of section.sentences) {
      const sentence = analysis.sentences[id]
      if (!sentence) continue
      for (const token of sentence.tokens) vocabulary.add(token.stem)
      for (const stem of weightyStems(sentence.tokens)) tf.set(stem, (tf.get(stem) ?? 0) + 1)
    }
    return {tf, vocabulary}
  })
  const df = new Map<string, number>()
  for (const {tf} of counts) for (const stem of tf.keys()) df.set(stem, (df.get(stem) ?? 0) + 1)
  const total = Math.max(sections.length, 1)

  const stemsOfText = new Map<string, string[]>()
  const termStems = (text: string, occurrences: readonly number[]): string[] => {
    let stems = stemsOfText.get(text)
    if (stems) return stems
    // The stems of a term are read from a sentence where it occurs.
    const words = text.toLowerCase().split(/[\s’'-]+/u)
    const sentence = analysis.sentences[occurrences[0] ?? -1]
    stems = []
    for (const word of words) {
      const token = sentence?.tokens.find((candidate) => candidate.lower === word || candidate.lower.split(/[’'-]/u).includes(word))
      if (token && !token.stop && token.kind !== 'punct') stems.push(token.stem)
    }
    stemsOfText.set(text, stems)
    return stems
  }

  const terms = [
    ...analysis.keyphrases.map((keyphrase) => ({text: keyphrase.text, occurrences: keyphrase.occurrences, bonus: 1})),
    ...analysis.entities.map((entity) => ({text: entity.text, occurrences: entity.occurrences, bonus: 1.2}))
  ]

  return sections.map((section, index) => {
    const {tf, vocabulary} = counts[index]!
    const raw = new Map<string, number>()
    for (const [stem, count] of tf) raw.set(stem, count * Math.log(1 + total / (df.get(stem) ?? 1)))
    const top = Math.max(...raw.values(), 1e-9)
    const weights = new Map<string, number>()
    for (const [stem, value] of raw) weights.set(stem, value / top)

    const ids = new Set(section.sentences)
    const seen = new Set<string>()
    const cluster: ClusterTerm[] = []
    for (const term of terms) {
      const inside = term.occurrences.filter((id) => ids.has(id)).length
      if (inside === 0 || seen.has(term.text)) continue
      seen.add(term.text)
      const stems = termStems(term.text, term.occurrences)
      if (stems.length === 0) continue
      const outside = term.occurrences.length - inside
      const specificity = inside / (inside + outside / Math.max(total - 1, 1))
      // A two-word term says more than one word; longer names say no more.
      const score = term.bonus * inside * specificity * (1 + 0.3 * Math.min(stems.length - 1, 1))
      cluster.push({text: term.text, stems, inside, outside, score})
    }
    cluster.sort((a, b) => b.score - a.score || compare(a.text, b.text))
    return {vocabulary, weights, cluster: cluster.slice(0, CLUSTER_SIZE)}
  })
}
