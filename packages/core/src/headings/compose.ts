import {fr} from '@titraille/rules'
import type {HeadingTemplate} from '@titraille/rules/fr'
import {capitalize} from '../grammar/case.js'
import {withDeterminer} from '../grammar/determiners.js'
import {invertQuestion} from '../grammar/question.js'
import {elide} from '../grammar/elision.js'
import {tokenize} from '../nlp/tokens.js'
import {stem} from '../nlp/stem.js'
import type {Clause, NounPhrase, SectionMaterial} from './material.js'
import type {SectionProfile} from './cluster.js'

/** A possible heading for one section. */
export interface Candidate {
  text: string
  template: string
  /** Sentences its material comes from. */
  from: number[]
  /** Content stems of the heading. */
  stems: string[]
  score: number
}

const PUNCTUATION = fr.HEADING_PUNCTUATION
const DEFINITE = new Set(fr.DEFINITE_DETERMINERS)
const INDEFINITE = new Set(fr.INDEFINITE_DETERMINERS)

/** Content stems of a heading, the inverted `a-t-il` read as `a`. */
export function headingStems(text: string, templateWords: readonly string[] = []): string[] {
  const exempt = new Set(templateWords)
  const stems: string[] = []
  for (const token of tokenize(text)) {
    if (token.kind !== 'word' && token.kind !== 'number') continue
    if (token.stop || exempt.has(token.lower)) continue
    const inverted = /^(.+?)-(?:t-)?(?:il|elle|on|ils|elles)$/u.exec(token.lower)
    if (inverted) {
      // `a-t-il`: the verb must be the section's, the pronoun is grammar.
      stems.push(stem(inverted[1]!))
      continue
    }
    stems.push(token.stem)
  }
  return stems
}

/** Every content word of the heading occurs, by stem, in its section. */
export function isSupported(text: string, template: HeadingTemplate, vocabulary: ReadonlySet<string>): boolean {
  return headingStems(text, template.words).every((value) => vocabulary.has(value) || vocabulary.has(value.replace(/-/gu, '')))
}

/** A noun phrase with the template's determiner. */
function determined(phrase: NounPhrase, kind: 'definite' | 'indefinite' | 'none'): string {
  if (kind === 'none') return phrase.text
  return withDeterminer(phrase.text, {kind, gender: phrase.gender, number: phrase.number, adjectiveFirst: phrase.adjectiveFirst})
}

/** A subject as it reads inside a question: a common noun phrase's determiner in lowercase. */
function subjectText(phrase: NounPhrase): string {
  if (phrase.name) return phrase.text
  return phrase.written.charAt(0).toLowerCase() + phrase.written.slice(1)
}

function question(clause: Clause, template: HeadingTemplate): string {
  if (clause.kind === 'what') {
    // Stylistic inversion after `que`: verb, subject, then the `à …` phrase (`Que réserve l’avenir à Twitter ?`).
    const body = [clause.verb, subjectText(clause.subject), clause.rest].filter(Boolean).join(' ')
    return capitalize(elide(template.interrogative ?? 'que', body)) + PUNCTUATION.question
  }
  const inverted = invertQuestion(subjectText(clause.subject), `${clause.verb} ${clause.rest}`.trim(), {
    interrogative: template.interrogative,
    gender: clause.subject.gender,
    number: clause.subject.number
  })
  return capitalize(inverted) + PUNCTUATION.question
}

function quoted(text: string): string {
  return PUNCTUATION.openQuote + text + PUNCTUATION.closeQuote
}

/** Noun phrases worth a heading: two content words at least, not a bare name. */
function headingPhrases(material: SectionMaterial): NounPhrase[] {
  return material.phrases.filter((phrase) => !phrase.name && (phrase.adjectives > 0 || phrase.complement) && phrase.words >= 2)
}

const DEMONSTRATIVES = new Set(['ce', 'cet', 'cette', 'ces'])
const POSSESSIVES = new Set(['son', 'sa', 'ses', 'leur', 'leurs'])

/** A phrase written with a demonstrative points back into the text: not for a heading. */
function pointsBack(phrase: NounPhrase | undefined): boolean {
  return phrase?.determiner !== undefined && DEMONSTRATIVES.has(phrase.determiner)
}

/** A question's subject must say who: not `ce gouvernement`, not `son action`. */
function vagueSubject(phrase: NounPhrase): boolean {
  return pointsBack(phrase) || (phrase.determiner !== undefined && POSSESSIVES.has(phrase.determiner))
}

/** Texts each template can make of a section's material. */
function realise(template: HeadingTemplate, material: SectionMaterial, focus: string | undefined): {text: string; from: number[]}[] {
  const out: {text: string; from: number[]}[] = []
  switch (template.kind) {
    case 'noun-phrase': {
      const kind = template.determiner ?? 'none'
      for (const phrase of headingPhrases(material)) {
        // A bare heading is a singular noun with its adjective (`Échec complet du lancement`).
        if (kind === 'none' && (phrase.number !== 'S' || phrase.adjectives === 0 || phrase.adjectiveFirst || phrase.named)) continue
        // The author's definiteness stays: `une foule de …` does not become `la foule de …`,
        // `la langue française` does not become `une langue française`, and a named thing
        // (`l’événement Twitter Spaces`) is not `un événement`.
        const authorDefinite = phrase.determiner !== undefined && DEFINITE.has(phrase.determiner)
        if (kind === 'definite' && !authorDefinite) continue
        if (kind === 'indefinite' && (phrase.named || !INDEFINITE.has(phrase.determiner ?? ''))) continue
        out.push({text: capitalize(determined(phrase, kind)), from: [phrase.sentence]})
      }
      break
    }
    case 'entity-noun-phrase':
      // `Twitter : une foule de problèmes techniques`, from `Twitter a subi une foule de problèmes techniques`.
      for (const clause of material.clauses) {
        const object = clause.object
        if (!clause.subject.name || clause.subject.complement || !object || object.name || object.determiner === undefined || pointsBack(object)) continue
        if (object.adjectives === 0 && !object.complement) continue
        out.push({text: clause.subject.text + PUNCTUATION.colon + object.written, from: [clause.sentence]})
      }
      break
    case 'focus-noun-phrase': {
      // `Grèce : la création d’un gouvernement`: the focus name and a phrase of the same sentence.
      if (!focus) break
      const key = focus.toLowerCase()
      const names = material.phrases.filter((phrase) => phrase.name && phrase.text.toLowerCase() === key)
      for (const phrase of headingPhrases(material)) {
        if (phrase.determiner === undefined || pointsBack(phrase) || phrase.text.toLowerCase().includes(key)) continue
        const name = names.find((candidate) => candidate.sentence === phrase.sentence)
        if (name) out.push({text: name.text + PUNCTUATION.colon + phrase.written.charAt(0).toLowerCase() + phrase.written.slice(1), from: [phrase.sentence]})
      }
      break
    }
    case 'speaker-quote':
      for (const quote of material.quotes) {
        if (quote.speaker) out.push({text: quote.speaker + PUNCTUATION.colon + quoted(quote.text), from: quote.sentences})
      }
      break
    case 'quote':
      for (const quote of material.quotes) out.push({text: quoted(quote.text), from: quote.sentences})
      break
    case 'question':
      for (const clause of material.clauses) {
        const fits = template.clause === 'passive' ? clause.barePassive : clause.kind === template.clause
        if (!fits || !clause.pronounSafe || vagueSubject(clause.subject) || /\b(?:ce|cet|cette|ces)\s/iu.test(clause.rest)) continue
        out.push({text: question(clause, template), from: [clause.sentence]})
      }
      break
  }
  return out
}

/** Options of {@link candidatesFor}. */
export interface CandidateOptions {
  /** Longest heading, in characters. */
  maxLength: number
  /** Deterministic per-article preference added to each template (by id). */
  jitter: ReadonlyMap<string, number>
  /** The focus keyphrase, for the `focus-colon-np` template. */
  focus?: string | undefined
}

/** Score of a heading's words for a section: its specific stems and cluster terms. */
function contentScore(stems: readonly string[], profile: SectionProfile): number {
  const distinct = [...new Set(stems)]
  const weight = distinct.reduce((sum, value) => sum + (profile.weights.get(value) ?? 0), 0)
  const terms = profile.cluster.filter((term) => term.stems.every((value) => distinct.includes(value))).length
  // Long headings are penalised past four content words.
  const length = 1 + 0.2 * Math.max(0, distinct.length - 4)
  return (Math.min(weight, 2.5) + 0.35 * Math.min(terms, 2)) / length
}

/** Every heading the templates can make for a section, scored, best first. */
export function candidatesFor(material: SectionMaterial, profile: SectionProfile, options: Readonly<CandidateOptions>): Candidate[] {
  const out: Candidate[] = []
  const seen = new Set<string>()
  for (const template of fr.HEADING_TEMPLATES) {
    for (const {text, from} of realise(template, material, options.focus)) {
      const key = `${template.id}\u0000${text}`
      if (seen.has(key)) continue
      seen.add(key)
      if (text.length > options.maxLength || /\.$/u.test(text)) continue
      if (!isSupported(text, template, profile.vocabulary)) continue
      const stems = headingStems(text, template.words)
      if (stems.length < 2) continue
      // Short headings say little; long ones crowd the page.
      const lengthPenalty = text.length < 18 ? 0.3 : text.length > 60 ? 0.2 : 0
      const score = contentScore(stems, profile) + template.weight + (options.jitter.get(template.id) ?? 0) - lengthPenalty
      out.push({text, template: template.id, from, stems, score})
    }
  }
  return out.sort((a, b) => b.score - a.score || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0))
}
