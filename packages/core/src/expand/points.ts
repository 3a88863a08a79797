import {fr} from '@titraille/rules'
import {isKnownNoun} from '../nlp/nouns.js'
import type {Analysis, Sentence, Token} from '../nlp/types.js'
import {definite, lowercaseFirst, withoutArticle} from './french.js'
import {proseSentences, quotedSentences} from './material.js'

/**
 * Material below the clause: who did what (a subject and its predicate) and
 * the noun phrase a term sits in. Both are cut from the article's own tokens,
 * so every word comes from it; quoted speech is never used.
 */

/** A subject and what the article says of it, from one clause. */
export interface Point {
  subject: string
  predicate: string
  from: number
}

const SUBJECT_POS = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'ADP', 'NUM'])
const CUT_BEFORE = new Set(['ADP'])
/** Modal and semi-auxiliary forms the tagger may read as nouns. */
const MODALS = new Set(['va', 'vont', 'peut', 'peuvent', 'pourrait', 'pourraient', 'doit', 'doivent', 'devrait', 'devraient', 'veut', 'veulent', 'vient', 'viennent', 'semble', 'semblent'])
/** Comparative adverbs (`les habitants les plus pauvres`). */
const COMPARATIVES: ReadonlySet<string> = new Set(fr.COMPARATIVE_ADVERBS)
/** Adverbs of degree inside a noun phrase (`ses plus gros fraudeurs`). */
const DEGREE = new Set(['plus', 'moins', 'très', 'si', 'aussi'])
/** Possessive determiners: their owner lies outside the clause. */
const POSSESSIVES = new Set(['son', 'sa', 'ses', 'leur', 'leurs'])
/** Frequent verb forms a tagger may read as nouns (`cette victoire fait de X`). */
const COMMON_VERBS = new Set(['fait', 'font', 'dit', 'disent', 'met', 'mettent', 'rend', 'rendent', 'permet', 'permettent', 'reste', 'restent'])
/** Object pronouns before a verb. */
const CLITICS = new Set(['le', 'la', 'les', 'l’', 'l\'', 'lui', 'leur', 'y', 'en'])
/** Words that open a prepositional locution (`suite à`, `grâce à`, `face à`): never last. */
const LOCUTION_STARTS = new Set(['suite', 'grâce', 'face', 'quant', 'afin', 'lors', 'près', 'autour', 'jusqu’'])
/** Stressed pronouns that may follow an auxiliary (`est lui obligé`). */
const STRESSED = new Set(['lui', 'elle', 'eux', 'elles'])
/** Reflexive pronouns before a verb. */
const REFLEXIVES = new Set(['se', 's’'])
/** Words that open a relative clause. */
const RELATIVES = new Set(['qui', 'que', 'qu’', 'qu\'', 'dont', 'où', 'lequel', 'laquelle', 'lesquels', 'lesquelles', 'auquel', 'duquel'])
const WEAK_END = new Set(['ADP', 'DET', 'CCONJ', 'PRON', 'AUX'])
/** Fronted adverbials that only link to the previous sentence: dropped, not moved. */
const LINKERS = new Set(['en effet', 'par ailleurs', 'en outre', 'de plus', 'cependant', 'toutefois', 'ainsi', 'enfin', 'or', 'pourtant', 'néanmoins', 'mais', 'et', 'donc', 'aussi'])
const MAX_PREDICATE = 12
const SAYING = new Set(fr.SAYING_PARTICIPLES)
/** Conjunctions that open another clause. */
const NEW_CLAUSE = new Set(['car', 'mais', 'puis', 'donc', 'or'])
/** Last words of a predicate that point past its clause. */
const ANNOUNCING = new Set(['tel', 'telle', 'tels', 'telles', 'tellement', 'tant', 'suivant', 'suivante', 'suivants', 'suivantes', 'ceci', 'cela', 'ainsi'])
/** Marks that end a clause. */
const BOUNDARIES = new Set([',', ';', ':', '(', ')', '[', ']', '—', '–', '-', '.', '!', '?', '…', '«', '»', '"', '“', '”'])
/** Marks that belong to the words around them (`70 %`, `10 €`). */
const KEPT_MARKS = new Set(['%', '€', '$', '£', '°', '/', '&', '+'])
/** Prepositions (and contracted articles) that tie a complement to its noun: inside a noun phrase. */
/** Conjunctions that open a subordinate clause, which needs its own verb. */
const SUBORDINATING: ReadonlySet<string> = new Set(['quand', 'lorsque', 'lorsqu’', 'lorsqu\'', 'puisque', 'puisqu’', 'puisqu\'', 'si', 's’', 'parce', 'tandis', 'alors', 'bien'])

const OF = new Set(['de', 'd’', 'd\'', 'du', 'des', 'par', 'au', 'aux'])

/** A run of a sentence's tokens between marks, and the mark that ends it (none at the end of the tokens). */
interface Segment {
  tokens: Token[]
  end: string | undefined
}

function segments(sentence: Sentence): Token[][] {
  return marked(sentence.tokens).map((segment) => segment.tokens)
}

/**
 * The runs of `tokens` between marks. With `asides`, a short parenthesis
 * without a verb (`la Loi fondamentale (Grundgesetz) qui …`) is left out and
 * does not cut the clause.
 */
function marked(tokens: readonly Token[], asides = false): Segment[] {
  const out: Segment[] = [{tokens: [], end: undefined}]
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    if (asides && token.text === '(') {
      const close = tokens.findIndex((other, k) => k > i && other.text === ')')
      const inside = tokens.slice(i + 1, close)
      const current = out[out.length - 1]!.tokens
      // Only before the verb: after it, the parenthesis still ends a clause that may run too long.
      if (close > i + 1 && close - i <= 7 && current.length > 0 && !hasVerb(current) && !hasVerb(inside) && inside.every((other) => other.kind !== 'punct')) {
        i = close
        continue
      }
    }
    // `6-1`: a hyphen between words or numbers joins them.
    const joined = token.text === '-' && tokens[i - 1]?.end === token.start && tokens[i + 1]?.start === token.end
    if (joined) out[out.length - 1]!.tokens.push(token)
    else if (BOUNDARIES.has(token.text) || (token.kind === 'punct' && !KEPT_MARKS.has(token.text))) {
      const last = out[out.length - 1]!
      if (last.tokens.length > 0) {
        last.end = token.text
        out.push({tokens: [], end: undefined})
      }
    } else out[out.length - 1]!.tokens.push(token)
  }
  return out.filter((segment) => segment.tokens.length > 0)
}

/** The most words a title in guillemets has. */
const MAX_TITLE = 8

/**
 * The segments of a sentence that are the narrator's: none when it opens
 * inside a quotation, else those before its first `«`.
 */
function narrative(sentence: Sentence, quoted: boolean): Segment[] {
  const all = sentence.tokens.map(retag)
  // A title in guillemets (`sur « Les revenus et le patrimoine des ménages »`, `Baptisée « 3DS XL »`) is
  // part of the clause: a few words and no verb, which no quotation is. Its marks do not cut the clause.
  const titles = new Set<number>()
  let speech = -1
  for (let i = 0; i < all.length && speech < 0; i++) {
    if (all[i]!.text !== '«') continue
    const close = all.findIndex((token, k) => k > i && token.text === '»')
    const inside = close > 0 ? all.slice(i + 1, close) : []
    if (inside.length > 0 && inside.length <= MAX_TITLE && !hasVerb(inside) && !inside.some((token) => BOUNDARIES.has(token.text))) {
      titles.add(i).add(close)
      i = close
    } else speech = i
  }
  const tokens = all.filter((_, i) => !titles.has(i))
  if (!quoted) return marked(tokens, true)
  const open = sentence.text.indexOf('«')
  const close = sentence.text.indexOf('»')
  if (open < 0 || (close >= 0 && close < open)) return []
  if (speech < 0) return marked(tokens, true)
  const cut = tokens.indexOf(all[speech]!)
  const before = marked(tokens.slice(0, cut), true)
  // The segment the quotation continues, up to a purpose that leads into it
  // (`sont appelés aux urnes afin de choisir un « Congrès … »`).
  const last = before.pop()
  const purpose = last ? last.tokens.findIndex((_, i) => i >= 3 && opensPurpose(last.tokens, i) && hasVerb(last.tokens.slice(0, i))) : -1
  return purpose > 0 ? [...before, {tokens: last!.tokens.slice(0, purpose), end: ','}] : before
}

/** Whether a purpose opens at `i`: `afin de` or `pour` and an infinitive (`afin de choisir`). */
function opensPurpose(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]!.lower
  const verb = word === 'afin' && OF.has(tokens[i + 1]?.lower ?? '') ? tokens[i + 2] : word === 'pour' ? tokens[i + 1] : undefined
  return verb?.pos === 'VERB' && /(?:er|ir|re)$/u.test(verb.lower)
}

/** Endings only a finite verb has (`datait`, `restaient`, `adoptèrent`). */
const FINITE_ENDING = /\p{Ll}{2}(?:ait|aient|èrent)$/u
/** Adjectives and nouns with such an ending the noun lexicon does not list. */
const NOT_FINITE = new Set(['parfait', 'imparfait', 'satisfait', 'insatisfait', 'abstrait', 'distrait', 'stupéfait', 'surfait', 'contrefait', 'bienfait', 'méfait', 'forfait', 'extrait', 'retrait', 'portrait', 'souhait', 'attrait'])

/**
 * A copy of `token` tagged as a verb when the tagger read a plain finite
 * form as an adjective or a noun (`datait`): lower-case, a verb ending, no
 * known noun. Other tokens are returned as they are.
 */
function retag(token: Token, i: number, tokens: readonly Token[]): Token {
  if ((token.pos !== 'ADJ' && token.pos !== 'NOUN') || token.kind !== 'word' || token.text !== token.lower) return token
  if (!FINITE_ENDING.test(token.lower) || NOT_FINITE.has(token.lower) || isKnownNoun(token.lower)) return token
  // After a determiner or a preposition it heads a noun phrase.
  const previous = tokens[i - 1]
  if (!previous || previous.pos === 'DET' || previous.pos === 'ADP') return token
  return {...token, pos: 'VERB'}
}

function textOf(block: string, tokens: readonly Token[]): string {
  if (tokens.length === 0) return ''
  return block.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end)
}

function hasVerb(tokens: readonly Token[]): boolean {
  return tokens.some((token) => token.pos === 'VERB' || token.pos === 'AUX')
}

/** Participles that say where something is and need the place after them (`situé dans …`). */
const PLACED = /^(?:situ|localis|implant|domicili|install)ée?s?$/u
/** Words that open a place. */
const PLACE_OPENERS: ReadonlySet<string> = new Set(['à', 'au', 'aux', 'dans', 'en', 'sur', 'sous', 'chez', 'près', 'entre', 'devant', 'derrière', 'vers', 'outre', 'hors', 'ici', 'là', 'y'])

/** Whether a predicate holds such a participle and no place after it (`était situé au moment de l’assassinat`). */
function unplaced(predicate: string): boolean {
  const words = predicate.toLowerCase().split(/\s+/u)
  const at = words.findIndex((word) => PLACED.test(word))
  if (at < 0) return false
  // `au moment de` is a time, not a place.
  const rest = words.slice(at + 1).join(' ').replace(/\bau moment d[eu’']\S*/gu, '')
  return !rest.split(/\s+/u).some((word) => PLACE_OPENERS.has(word))
}

/**
 * The article's clauses as subject + predicate: `La Cour constitutionnelle a
 * procédé ce vendredi à un revirement de jurisprudence` → subject `La Cour
 * constitutionnelle`, predicate `a procédé ce vendredi à un revirement de
 * jurisprudence`. A fronted circumstance (`depuis la fin de la guerre, …`)
 * moves after the predicate; a long predicate is cut before a preposition.
 */
export function pointsOf(analysis: Analysis): Point[] {
  const quoted = quotedSentences(analysis)
  const points: Point[] = []
  const persons = analysis.entities.filter((entity) => entity.kind === 'person').map((entity) => entity.text)
  for (const sentence of proseSentences(analysis)) {
    const block = analysis.blocks[sentence.block]
    if (!block || block.type === 'heading' || block.type === 'listItem') continue
    let fronted: Token[] = []
    const parts = unclefted(narrative(sentence, quoted.has(sentence.id)))
    // `Il est prévu que, contrairement à …, la capsule amortisse sa descente`: past a `que` that
    // ends a segment comes a completive clause (in the subjunctive, maybe), no fact; an aside
    // between them (`contrairement à l’ATV qui se détruit …`) is still read.
    let completive = false
    for (let k = 0; k < parts.length; k++) {
      if (k > 0 && COMPLEMENTIZERS.has(parts[k - 1]!.tokens[parts[k - 1]!.tokens.length - 1]?.lower ?? '')) completive = true
      if (completive && !['ADP', 'ADV'].includes(parts[k]!.tokens[0]?.pos ?? '')) continue
      const {end} = parts[k]!
      const segment = verbAfterSubject(afterConjunction(parts, k))
      if (!hasVerb(segment)) {
        // `Arnaud Montebourg, ministre du Redressement productif, a annoncé …`: the verb is past the apposition.
        const verbAt = appositionEnd(parts, k) ?? strayComma(parts, k, fronted)
        const point = verbAt === undefined ? undefined : pointOf(block.text, [...segment, ...parts[verbAt]!.tokens], fronted, parts[verbAt]!.end)
        if (point && !DATED.test(point.subject)) {
          points.push({...point, from: sentence.id})
          fronted = []
          k = verbAt!
          continue
        }
        fronted = segment
        continue
      }
      const point = pointOf(block.text, segment, fronted, end) ?? pronounPoint(block.text, segment, fronted, end, points[points.length - 1], sentence, persons)
      fronted = []
      if (point) points.push({...point, from: sentence.id})
      // `il n’est pas prévu de reporter le scrutin car 92 % des bureaux de vote restent ouverts`: a second clause with its own subject.
      const second = segment.findIndex((token, i) => i >= 2 && token.pos === 'CCONJ' && INNER_CLAUSE.has(token.lower))
      const next = second > 0 ? pointOf(block.text, segment.slice(second + 1), [], end) : undefined
      if (next) points.push({...next, from: sentence.id})
    }
  }
  // `était situé au moment de l’assassinat`: a participle that needs its place, cut before it.
  return points.filter((point) => !unplaced(point.predicate))
}

/** `que` and its elided form, which open a completive clause. */
const COMPLEMENTIZERS: ReadonlySet<string> = new Set(['que', 'qu’', 'qu\''])
/** Conjunctions that may join a second main clause with a subject of its own, after a comma. */
const SECOND_CLAUSE = new Set(['car', 'mais', 'et'])
/** The same without a comma: not `et`, which mostly joins noun phrases. */
const INNER_CLAUSE = new Set(['car', 'mais'])

/**
 * The tokens of segment `k` without the `et` or `mais` that joins it to a
 * clause before it (`…, et la France a …`): only when the segment before
 * has a verb, else the conjunction may end an enumeration of subjects.
 */
function afterConjunction(parts: readonly Segment[], k: number): Token[] {
  const tokens = parts[k]!.tokens
  const first = tokens[0]!
  if (k === 0 || first.pos !== 'CCONJ' || !SECOND_CLAUSE.has(first.lower) || parts[k - 1]!.end !== ',' || !hasVerb(parts[k - 1]!.tokens)) return tokens
  return tokens.slice(1)
}

/**
 * `Un haut responsable électoral de Tripoli, a confirmé …`: a comma between
 * a subject and its verb. Only for the segment that opens the sentence or
 * follows a date or a circumstance (`fronted`), else the noun phrase may be
 * an apposition or an item of a list.
 */
function strayComma(parts: readonly Segment[], k: number, fronted: readonly Token[]): number | undefined {
  const next = parts[k + 1]
  if (parts[k]!.end !== ',' || !next || !startsWithVerb(next.tokens)) return undefined
  if (k > 0 && !(fronted.length > 0 && introductory(fronted))) return undefined
  // `…, a-t-il dit`: an inverted subject.
  if (next.tokens.some((token) => (token.pos === 'PRON' && INVERTED.has(token.lower)) || HYPHENATED_SUBJECT.test(token.lower))) return undefined
  return k + 1
}

/** Subject pronouns a verb may be inverted with. */
const INVERTED = new Set(fr.INVERTED_PRONOUNS)
/** A verb and its inverted subject as one token (`a-t-il`, `précise-t-elle`). */
const HYPHENATED_SUBJECT = /-(?:t-)?(?:il|elle|on|ils|elles)$/u

/** Whether a segment without a verb is a date or a circumstance (`Le 4 septembre`, `Selon d’autres témoignages`). */
function introductory(tokens: readonly Token[]): boolean {
  return tokens[0]!.pos === 'ADP' || tokens.some((token) => DATED.test(token.text))
}

/** Forms of `être` after `c’` or `ce` that open a cleft sentence. */
const CLEFT_VERBS = new Set(['est', 'était', 'fut', 'sont', 'étaient', 'furent'])
/** Definite determiners. */
const DEFINITE = new Set(['le', 'la', 'les', 'l’', 'l\''])
/** Prepositions of a partitive (`c’est de la folie que de …`), which opens no cleft. */
const PARTITIVE = new Set(['de', 'd’', 'd\'', 'du', 'des'])

/**
 * A cleft sentence said plainly: `C’est Michelle Obama qui ouvrira …` →
 * `Michelle Obama ouvrira …`; `C’est dans l’Ohio, …, que Barack Obama
 * s’adresse …` → the circumstance `dans l’Ohio`, then `Barack Obama
 * s’adresse …`. Only a cleft that opens the sentence (after a date or a
 * circumstance), whose focus is a name (`Michelle Obama`, `la firme Idées
 * au cube`) or a circumstance: `c’est la principale raison qui …` points
 * back to what came before. The segments as they are otherwise.
 */
function unclefted(parts: Segment[]): Segment[] {
  const k = parts.findIndex((part) => opensCleft(part.tokens))
  if (k < 0 || !parts.slice(0, k).every((part) => !hasVerb(part.tokens) && introductory(part.tokens))) return parts
  const focus = parts[k]!.tokens.slice(2)
  const head = focus[0]
  if (!head) return parts
  const who = focus.findIndex((token) => token.lower === 'qui')
  const named = head.pos === 'PROPN' || (DEFINITE.has(head.lower) && focus[1]?.pos === 'NOUN' && focus[2]?.pos === 'PROPN')
  if (who > 0) {
    if (!named || hasVerb(focus.slice(0, who))) return parts
    return [...parts.slice(0, k), {tokens: [...focus.slice(0, who), ...focus.slice(who + 1)], end: parts[k]!.end}, ...parts.slice(k + 1)]
  }
  if (head.pos !== 'ADP' || PARTITIVE.has(head.lower)) return parts
  for (let j = k; j < parts.length && j <= k + 3; j++) {
    const tokens = parts[j]!.tokens
    const at = tokens.findIndex((token) => /^qu(?:e|’)$/u.test(token.lower))
    if (at < 0) continue
    // In a later segment, `que` opens it (`…, que Barack Obama …`); else it is a relative.
    if (j > k && at > 0) return parts
    const circumstance = j === k ? focus.slice(0, at - 2) : focus
    return [...parts.slice(0, k), {tokens: circumstance, end: ','}, {tokens: tokens.slice(at + 1), end: parts[j]!.end}, ...parts.slice(j + 1)]
  }
  return parts
}

/** `C’est …`, `Ce sont …`. */
function opensCleft(tokens: readonly Token[]): boolean {
  const [first, second] = tokens
  return (first?.lower === 'c’' || first?.lower === 'ce') && CLEFT_VERBS.has(second?.lower ?? '')
}

/**
 * `La plus importante conférence`, `des systèmes moins rapides`: a degree
 * adverb between a determiner or a noun and an adjective (which the tagger
 * may read as a noun after a noun).
 */
function degreeBeforeAdjective(subject: readonly Token[], token: Token): boolean {
  const i = subject.indexOf(token)
  const [previous, next] = [subject[i - 1], subject[i + 1]]
  if (token.pos !== 'ADV' || !DEGREE.has(token.lower) || !previous || !next) return false
  // (`les plus pauvres`: the tagger may read the adjective as a noun there too).
  if (previous.pos === 'DET') return next.pos === 'ADJ' || (next.pos === 'NOUN' && next.text === next.lower)
  return previous.pos === 'NOUN' && (next.pos === 'ADJ' || next.pos === 'NOUN') && next.text === next.lower
}

/**
 * `la crise économique et financière`: an `et` between two adjectives of one
 * noun (the second may be read as a noun), not between two noun phrases.
 */
function joinsAdjectives(subject: readonly Token[], i: number): boolean {
  const [previous, token, next] = [subject[i - 1], subject[i], subject[i + 1]]
  if (token?.lower !== 'et' || previous?.pos !== 'ADJ' || !next || next.text !== next.lower) return false
  return next.pos === 'ADJ' || (next.pos === 'NOUN' && subject[i + 2]?.pos !== 'ADJ' && (ADJECTIVE_ENDING.test(next.lower) || /i[eè]re?s?$/u.test(next.lower) || !isKnownNoun(next.lower)))
}

/** Adjective endings (`économique`, `nationale`), which no verb form of the third person has. */
const ADJECTIVE_ENDING = /(?:ique|ale|elle|aire|ive|euse|able|ible|iste|ienne|aise|oise|ante|ente|ète|ée)$/u

/** Endings of the present and past forms of a verb in the third person (`dévoile`, `promet`, `fournit`). */
const PRESENT_ENDING = /\p{Ll}{3}(?:e|ent|it|et|ait)$/u

/**
 * `Le musée dévoile aussi quelques …`: in a clause where the tagger saw no
 * verb, the word between a noun phrase that opens it and the determiner of
 * an object is its verb, when it has a verb ending and is no known noun.
 */
function verbAfterSubject(tokens: Token[]): Token[] {
  if (hasVerb(tokens) || !['DET', 'PROPN'].includes(tokens[0]?.pos ?? '')) return tokens
  for (let i = 1; i < tokens.length - 1; i++) {
    const token = tokens[i]!
    const previous = tokens[i - 1]!
    if (!['DET', 'NOUN', 'PROPN', 'ADJ', 'ADP', 'NUM'].includes(previous.pos ?? '')) return tokens
    if (token.pos !== 'NOUN' && token.pos !== 'ADJ') continue
    if (!['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(previous.pos ?? '') || token.text !== token.lower) continue
    const next = tokens[i + 1]!.pos === 'ADV' ? tokens[i + 2] : tokens[i + 1]
    if (next?.pos !== 'DET' || !PRESENT_ENDING.test(token.lower) || ADJECTIVE_ENDING.test(token.lower) || isKnownNoun(token.lower) || NOT_FINITE.has(token.lower)) continue
    return tokens.map((other, k) => (k === i ? {...other, pos: 'VERB'} : other))
  }
  return tokens
}

/** A date, which may open a sentence but is no subject (`Le 17 août, jour de …, a eu lieu …`). */
const DATED = new RegExp(String.raw`\b(?:${[...fr.MONTHS, ...fr.WEEKDAYS].join('|')})\b`, 'iu')

/**
 * The index of the segment that carries the verb of the subject in segment
 * `k`, past appositions and relative clauses between commas (`X, professeur
 * de …, a …`, `Le texte, adopté en 2010, prévoit …`, `X, qui …, a …`); none
 * when the segments read otherwise (an enumeration, a fronted circumstance).
 */
function appositionEnd(parts: readonly Segment[], k: number): number | undefined {
  if (parts[k]!.end !== ',') return undefined
  for (let j = k + 1; j < parts.length && j <= k + 3; j++) {
    const tokens = parts[j]!.tokens
    const first = tokens[0]!
    if (j > k + 1 && startsWithVerb(tokens)) return parts[j - 1]!.end === ',' ? j : undefined
    if (parts[j]!.end !== ',') return undefined
    if (RELATIVES.has(first.lower)) continue
    const head = first.pos === 'DET' ? tokens[1] : first
    // A common noun or a participle opens an apposition; a name, another item of a list.
    if (!head || head.text !== head.lower || !['NOUN', 'ADJ', 'VERB'].includes(head.pos ?? '')) return undefined
    const rest = tokens.slice(tokens.indexOf(head) + 1)
    if (hasVerb(rest) || (head.pos === 'VERB' && !PARTICIPLE.test(head.lower))) return undefined
  }
  return undefined
}

const PARTICIPLE = /(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites)$/u
/** Participles in `-ert` (`ouverts`, `couverte`), which the tagger reads as nouns. */
const PARTICIPLE_ERT = /ert(?:e|s|es)?$/u

/** Whether a word after a copula has the ending of a past participle (`restent ouverts`). */
function participle(word: string): boolean {
  return PARTICIPLE.test(word) || PARTICIPLE_ERT.test(word)
}
/** Forms that are no finite verb: participles, infinitives. */
const NOT_FINITE_VERB = /(?:é|ée|és|ées|ant|er|ir)$/u

/** Whether a segment opens on a finite verb (after `ne`): the predicate of a subject before it. */
function startsWithVerb(tokens: readonly Token[]): boolean {
  let at = /^n/u.test(tokens[0]!.lower) && tokens[0]!.pos === 'ADV' ? 1 : 0
  if (REFLEXIVES.has(tokens[at]?.lower ?? '')) at++
  const verb = tokens[at]
  if (!verb) return false
  return verb.pos === 'AUX' || (verb.pos === 'VERB' && !NOT_FINITE_VERB.test(verb.lower))
}

/**
 * The index of the verb of the subject after its relative clause (`qui ne
 * prévoit qu’une intervention en dernier recours` + `datait`), `verb` being
 * where the relative's own verb starts: past that verb and a plain complement
 * (noun phrases and prepositions only), a finite verb right after a noun.
 * None when the clause reads otherwise.
 */
function mainVerbAfter(segment: readonly Token[], verb: number): number | undefined {
  const isVerb = (token: Token | undefined) => token !== undefined && (token.pos === 'VERB' || token.pos === 'AUX')
  const negated = /^n/u.test(segment[verb]!.lower) && segment[verb]!.pos === 'ADV'
  let i = negated ? verb + 1 : verb
  if (REFLEXIVES.has(segment[i]?.lower ?? '')) i++
  if (!isVerb(segment[i])) return undefined
  while (i < segment.length && (isVerb(segment[i]) || segment[i]!.pos === 'ADV')) i++
  const complement = i
  for (; i < segment.length; i++) {
    const token = segment[i]!
    if (isVerb(token) || (token.pos === 'ADV' && /^n/u.test(token.lower) && isVerb(segment[i + 1]))) break
    // `ne … qu’une intervention`: the restriction, not a new clause.
    if (/^qu/u.test(token.lower) && negated) continue
    if (RELATIVES.has(token.lower) || !['DET', 'NOUN', 'PROPN', 'ADJ', 'ADP', 'NUM', 'ADV', 'CCONJ'].includes(token.pos ?? '')) return undefined
  }
  if (i >= segment.length || i - complement < 2) return undefined
  if (!['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(segment[i - 1]!.pos ?? '')) return undefined
  const head = segment[i]!.pos === 'ADV' ? segment[i + 1]! : segment[i]!
  if (head.pos === 'VERB' && NOT_FINITE_VERB.test(head.lower)) return undefined
  return i
}

/**
 * `Il annonce son abandon …` right after a point whose subject is a person's
 * name (`Marc Guillemot a dû faire demi-tour …`): the name is the subject.
 * Only `il`/`elle`, only in the same or the next sentence.
 */
function pronounPoint(block: string, segment: readonly Token[], fronted: readonly Token[], end: string | undefined, previous: Point | undefined, sentence: Sentence, persons: readonly string[]): Omit<Point, 'from'> | undefined {
  if (!previous || previous.from < sentence.id - 1) return undefined
  // The antecedent must be a person's name, written as the name alone (`Marc Guillemot`).
  if (!persons.some((person) => person === previous.subject || (person.includes(' ') && previous.subject.endsWith(person) && /^\p{Lu}/u.test(previous.subject)))) return undefined
  const first = segment[0]
  if (!first || (first.lower !== 'il' && first.lower !== 'elle')) return undefined
  const point = pointOf(block, [{...first, pos: 'PROPN', kind: 'word'}, ...segment.slice(1)], fronted, end)
  return point ? {subject: previous.subject, predicate: point.predicate} : undefined
}

function pointOf(block: string, segment: readonly Token[], fronted: readonly Token[], end?: string): Omit<Point, 'from'> | undefined {
  let verb = segment.findIndex((token) => token.pos === 'VERB' || token.pos === 'AUX')
  if (verb <= 0) return undefined
  // A modal the tagger took for a noun (`PSA va supprimer`, `cet épisode pourrait durer`), a reflexive
  // pronoun (`s’est donné`, `vont se dérouler`): they belong to the predicate.
  while (verb > 1 && (MODALS.has(segment[verb - 1]!.lower) || REFLEXIVES.has(segment[verb - 1]!.lower))) verb--
  // `n’était` : so does the negation.
  if (segment[verb - 1]!.pos === 'ADV' && /^n/u.test(segment[verb - 1]!.lower)) verb--
  if (verb <= 0) return undefined
  let subject = segment.slice(0, verb)
  // `Cette interprétation … qui ne prévoit qu’une intervention en dernier recours datait de …`:
  // the verb of the subject comes after the relative clause.
  const main = subject.length >= 2 && subject[subject.length - 1]!.lower === 'qui' ? mainVerbAfter(segment, verb) : undefined
  if (main !== undefined) {
    subject = segment.slice(0, verb - 1)
    verb = main
  } else if (subject.length >= 3 && subject[subject.length - 1]!.lower === 'qui') {
    // `… un nouveau site qui permet …`: the antecedent of `qui` is the subject.
    let start = subject.length - 2
    while (start > 0 && ['NOUN', 'ADJ', 'PROPN'].includes(subject[start]!.pos ?? '')) start--
    if (subject[start]!.pos !== 'DET' && subject[start]!.pos !== 'PROPN') return undefined
    if (subject[start]!.pos === 'PROPN' && start > 0 && subject[start - 1]!.pos === 'DET') start--
    subject = subject.slice(start, -1)
  }
  if (subject.length > 10 || !(['DET', 'PROPN'].includes(subject[0]!.pos ?? '') || countedNoun(subject))) return undefined
  // A capitalised adverb that opens the sentence (`Malheureusement cette planète`) is no name.
  if (subject[0]!.pos === 'PROPN' && /ment$/u.test(subject[0]!.lower)) return undefined
  // `Son action`: whose, the point alone does not say; `Les mêmes résultats`: the same as what, neither.
  if (POSSESSIVES.has(subject[0]!.lower) || ['même', 'mêmes'].includes(subject[1]?.lower ?? '')) return undefined
  if (!subject.every((token, i) => (SUBJECT_POS.has(token.pos ?? '') && token.kind === 'word') || token.kind === 'number' || degreeBeforeAdjective(subject, token) || joinsAdjectives(subject, i) || (KEPT_MARKS.has(token.text) && i > 0 && numeral(subject[i - 1]!)))) return undefined
  // `Musk un jour plus tôt`: a determiner right after a noun opens another phrase (not in a name,
  // `Europe Écologie Les Verts`, nor after a participle the tagger read as a noun, `juifs portant la kippa`).
  const sideBySide = (token: Token, i: number) => {
    const previous = subject[i - 1]
    // Nor a superlative (`les habitants les plus pauvres`).
    const superlative = DEFINITE.has(token.lower) && COMPARATIVES.has(subject[i + 1]?.lower ?? '')
    return previous !== undefined && token.pos === 'DET' && !superlative && !/^\p{Lu}/u.test(token.text) && !OF.has(token.lower) && ['NOUN', 'PROPN'].includes(previous.pos ?? '') && !/ant$/u.test(previous.lower)
  }
  if (subject.some(sideBySide)) return undefined
  // `Tout en insistant sur …`: a gerund, no subject.
  if (subject[0]!.lower === 'tout') return undefined
  // `deux autres`, `huit`: a number without its noun.
  if (!subject.some((token) => (token.pos === 'NOUN' || token.pos === 'PROPN') && !numeral(token) && !OTHERS.has(token.lower))) return undefined
  if (CUT_BEFORE.has(subject[subject.length - 1]!.pos ?? '') || subject[subject.length - 1]!.pos === 'DET') return undefined
  let predicate = segment.slice(verb)
  // The first verb is finite (`Le camion se diriger …` is a typo of the article's).
  const first = predicate.find((token) => token.pos === 'VERB' || token.pos === 'AUX')
  if (first?.pos === 'VERB' && /(?:er|ir)$/u.test(first.lower) && !predicate.slice(0, predicate.indexOf(first)).some((token) => MODALS.has(token.lower))) return undefined
  // A present participle is no finite verb (`n’ayant pas ratifié`).
  if (predicate.slice(0, 2).some((token) => /ant$/u.test(token.lower) && token.pos !== 'NOUN')) return undefined
  // A relative clause inside the predicate needs what follows it (`un rapport dans lequel elle dévoile : …`).
  // `car …`, `mais …` open another clause.
  const other = predicate.findIndex((token, i) => i >= 2 && token.pos === 'CCONJ' && NEW_CLAUSE.has(token.lower))
  if (other > 0) predicate = predicate.slice(0, other)
  const relative = predicate.findIndex((token, i) => i >= 2 && RELATIVES.has(token.lower))
  // `que` may open the clause the predicate needs (`limitée par le fait que …`): no point then.
  if (relative > 0 && /^qu/u.test(predicate[relative]!.lower)) return undefined
  if (relative > 0) predicate = predicate.slice(0, predicate[relative - 1]!.pos === 'ADP' ? relative - 1 : relative)
  if (predicate.length > MAX_PREDICATE) {
    let cut = -1
    // The first preposition past the verb's own complement (not `de`, which ties a noun to its complement).
    for (let i = 6; i <= Math.min(MAX_PREDICATE, predicate.length - 1); i++) {
      if (CUT_BEFORE.has(predicate[i]!.pos ?? '') && !OF.has(predicate[i]!.lower)) {
        cut = i
        break
      }
    }
    // Else, or when it would part a second complement joined by `et` from its own preposition
    // (`a confirmé ces incidents à Ajdabiya et un autre à Jalo`), before that `et`
    // (`datait de la fin du régime nazi et de …`).
    const joined = predicate.findIndex((token, i) => i >= 4 && i <= MAX_PREDICATE && token.pos === 'CCONJ' && token.lower === 'et')
    // Not the `et` of `entre 8 heures … et 19 heures`.
    const between = predicate.some((token, i) => token.lower === 'entre' && i < joined)
    if (joined >= 0 && !between && (cut < 0 || joined < cut)) cut = joined
    // Or before a purpose (`sont appelés aux urnes afin de choisir …`).
    const purpose = predicate.findIndex((_, i) => i >= 3 && i <= MAX_PREDICATE && opensPurpose(predicate, i))
    if (purpose > 0 && (cut < 0 || purpose < cut)) cut = purpose
    if (cut < 0) return undefined
    predicate = predicate.slice(0, cut)
  }
  // A subordinate clause cut before its verb (`ont été avertis de l’accident quand l’un des individus`):
  // the predicate stops before it.
  const subordinate = predicate.findIndex((token, i) => i >= 2 && SUBORDINATING.has(token.lower))
  if (subordinate > 0 && !predicate.slice(subordinate + 1).some((token) => token.pos === 'VERB' || token.pos === 'AUX')) predicate = predicate.slice(0, subordinate)
  // Nor a dangling participle at the end (`des projets mettant`), nor the first word of a cut locution (`suite à`).
  predicate = withoutWeakEnd(predicate)
  // A verb left without its object where the segment stops (`… après avoir entendu`, then a comma):
  // the clause ends before the preposition that introduced it (and the locution it ends, `afin de`).
  if (predicate.length > 2 && predicate[predicate.length - 1]!.pos === 'VERB') {
    let k = predicate.length - 2
    while (k > 1 && predicate[k]!.pos !== 'ADP') k--
    predicate = k > 1 ? withoutWeakEnd(predicate.slice(0, k)) : predicate
  }
  const whole = predicate.length === segment.length - verb
  if (predicate.length < 3 && !(predicate.length === 2 && whole && shortClause(predicate, end))) return undefined
  // `jusqu’à 6-1, 4-2, …`: the first score of a list.
  if (end === ',' && predicate[predicate.length - 1]!.kind === 'number' && predicate[predicate.length - 2]?.text === '-') return undefined
  // `il a annoncé ce matin, vers 7h30, son abandon`: what was said lies past the comma.
  const said = predicate.findIndex((token) => SAYING.has(token.lower))
  if (said >= 0 && end === ',' && predicate.slice(said + 1).every((token) => token.functionWord || token.pos === 'DET' || token.pos === 'ADV')) return undefined
  // `est telle …`, `sont les suivants` announce what follows the clause: nothing alone.
  if (predicate.some((token) => ANNOUNCING.has(token.lower))) return undefined
  // `Bertrand de Broc est lui obligé de …`: a stressed pronoun after the auxiliary only sets the
  // subject apart from others; the point, which names it, goes without (`est obligé de …`).
  const stressed = predicate[0]!.pos === 'AUX' && STRESSED.has(predicate[1]?.lower ?? '') && ['VERB', 'ADJ'].includes(predicate[2]?.pos ?? '')
  // An object pronoun (`pourra donc les réutiliser`) points to a phrase the point does not carry.
  if (predicate.some((token, i) => i > 0 && !(stressed && i === 1) && CLITICS.has(token.lower) && predicate[i + 1]?.pos === 'VERB')) return undefined
  const dropped = asides(predicate)
  if (stressed) dropped.add(1)
  let text = textWithout(block, predicate, dropped)
  const circumstance = textOf(block, fronted)
  const lowerCircumstance = circumstance.toLowerCase()
  // Only after a short predicate: after a longer one it would seem to qualify its last verb.
  if (predicate.length <= 4 && fronted.length >= 2 && fronted.length <= 8 && !LINKERS.has(lowerCircumstance) && fronted[0]!.pos === 'ADP' && !/\d/u.test(circumstance)) {
    text = `${text} ${lowerFirstIfCommon(circumstance, fronted[0]!)}`
  }
  // A clause cut inside a title in guillemets (`sur « Les revenus`): none.
  const subjectText = textOf(block, subject)
  if ([subjectText, text].some((part) => part.split('«').length !== part.split('»').length)) return undefined
  const named = definiteSubject(subjectText)
  return named === undefined ? undefined : {subject: named, predicate: text}
}

const DEMONSTRATIVES: ReadonlySet<string> = new Set(['ce', 'cet', 'cette', 'ces'])
/** Words of time (and `ces derniers`), after which a demonstrative says which one. */
const TIME: ReadonlySet<string> = new Set(fr.TIME_WORDS)

/**
 * `Cette publication` → `La publication`, `cet épisode` → `l’épisode`, `Ces données` → `Les
 * données`: the demonstrative pointed back to the sentence before, which a point stands apart
 * from; the definite article names the same thing. `undefined` before a word of time (`cette
 * journée`, `ce jour`) or `dernier` (`Ces derniers`): which one, only the sentence before says.
 */
export function definiteSubject(subject: string): string | undefined {
  const [determiner = '', next = ''] = subject.split(' ')
  if (!DEMONSTRATIVES.has(determiner.toLowerCase())) return subject
  if (TIME.has(next.toLowerCase())) return undefined
  const text = definite(determiner.toLowerCase() + subject.slice(determiner.length))
  return /^\p{Lu}/u.test(determiner) ? text.charAt(0).toUpperCase() + text.slice(1) : text
}

const WEEKDAYS: ReadonlySet<string> = new Set(fr.WEEKDAYS)
/** Parts of a day after a weekday or `ce` (`mardi soir`, `ce matin`). */
const DAY_PARTS: ReadonlySet<string> = new Set(['matin', 'midi', 'après-midi', 'soir', 'soirée', 'nuit'])
/** Adverbs that only add to what an earlier sentence said (`sont aussi prévus`). */
const ADDITIVE: ReadonlySet<string> = new Set(['aussi', 'également'])
/** The same in two words. */
const ADDITIVE_PAIRS: ReadonlySet<string> = new Set(['de surcroît', 'en outre', 'par ailleurs'])

/**
 * The words of a predicate a point leaves out, between its verb and what
 * follows: a day named from the article's date (`a procédé ce vendredi à`,
 * `annonce mardi soir que`), which a restatement dated elsewhere cannot keep,
 * and an adverb that adds to an earlier sentence (`sont aussi prévus`, `pourrait
 * de surcroît s’avérer`). Never the last words, nor a dated day (`le dimanche
 * 5 août`), nor a degree (`aussi grand`).
 */
function asides(predicate: readonly Token[]): Set<number> {
  const out = new Set<number>()
  const afterVerb = (i: number) => ['VERB', 'AUX', 'ADV'].includes(predicate[i - 1]?.pos ?? '') && !out.has(i - 1)
  // `ce vendredi`, `ce matin`, `vendredi`, `mardi soir` (not `le dimanche 5 août`).
  const day = (k: number) => WEEKDAYS.has(predicate[k]?.lower ?? '') || (predicate[k - 1]?.lower === 'ce' && DAY_PARTS.has(predicate[k]?.lower ?? ''))
  for (let i = 1; i < predicate.length - 1; i++) {
    const word = predicate[i]!.lower
    // Before a verb, a participle (`aussi prévus`) or a complement; not before an adjective (`aussi grand`, a degree).
    const next = predicate[i + 1]!
    const additive = next.pos === 'VERB' || participle(next.lower) || ['DET', 'ADP', 'NUM', 'PROPN'].includes(next.pos ?? '')
    if (ADDITIVE.has(word) && afterVerb(i) && additive && !predicate.slice(i + 1, i + 4).some((token) => /^qu/u.test(token.lower))) {
      out.add(i)
      continue
    }
    // `pourrait de surcroît s’avérer`, `a par ailleurs annoncé`.
    if (ADDITIVE_PAIRS.has(`${word} ${predicate[i + 1]?.lower ?? ''}`) && afterVerb(i) && i + 2 < predicate.length) {
      out.add(i).add(i + 1)
      i++
      continue
    }
    const start = word === 'ce' && day(i + 1) ? i : WEEKDAYS.has(word) ? i : -1
    if (start < 0 || !afterVerb(start)) continue
    let end = word === 'ce' ? i + 1 : i
    if (DAY_PARTS.has(predicate[end + 1]?.lower ?? '')) end++
    if (end >= predicate.length - 1 || predicate[end + 1]!.kind === 'number') continue
    for (let k = start; k <= end; k++) out.add(k)
    i = end
  }
  return out
}

/** The text of `tokens` without those at `dropped`, each run as the article writes it. */
function textWithout(block: string, tokens: readonly Token[], dropped: ReadonlySet<number>): string {
  const runs: string[] = []
  let run: Token[] = []
  tokens.forEach((token, i) => {
    if (!dropped.has(i)) run.push(token)
    else if (run.length > 0) {
      runs.push(textOf(block, run))
      run = []
    }
  })
  if (run.length > 0) runs.push(textOf(block, run))
  return runs.join(' ')
}

/** Numbers written in words, which the tagger reads as nouns. */
const NUMBER_WORDS = new Set(['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'quinze', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'cent', 'cents', 'mille'])
/** `les autres`: a noun phrase whose noun lies elsewhere. */
const OTHERS = new Set(['autre', 'autres'])

function numeral(token: Token): boolean {
  return token.kind === 'number' || token.pos === 'NUM' || NUMBER_WORDS.has(token.lower)
}

/**
 * A subject that opens on a number and says what is counted (`92 % des
 * bureaux de vote`, `28 personnes`), which no date is (`4 septembre`).
 */
function countedNoun(subject: readonly Token[]): boolean {
  const [first, second] = subject
  if (!first || !second || !numeral(first) || subject.some((token) => DATED.test(token.text))) return false
  return second.text === '%' || ((second.pos === 'NOUN' || second.pos === 'ADJ') && !numeral(second) && !OTHERS.has(second.lower))
}

/** Verbs that take an attribute (`restent inchangées`). */
const COPULAS = new Set(fr.COPULA_FORMS)
/** Marks after which a clause is over (not a comma, which may part a verb from its object). */
const CLAUSE_ENDS = new Set(['.', '!', ';'])

/**
 * Whether a two-word predicate says something whole: a copula and its
 * attribute (`restent inchangées`, before a full stop or a colon), or an
 * auxiliary and a participle that end the sentence (`a démissionné.`).
 */
function shortClause(predicate: readonly Token[], end: string | undefined): boolean {
  const [verb, second] = predicate as [Token, Token]
  if (end === undefined || second.text !== second.lower || ANNOUNCING.has(second.lower)) return false
  if (COPULAS.has(verb.lower)) return (CLAUSE_ENDS.has(end) || end === ':') && (second.pos === 'ADJ' || ((second.pos === 'VERB' || second.pos === 'NOUN') && participle(second.lower)))
  return verb.pos === 'AUX' && CLAUSE_ENDS.has(end) && second.pos === 'VERB' && /(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)$/u.test(second.lower)
}

/**
 * Whether the token at `i` may be a verb the tagger took for a noun or an
 * adjective: a lower-case word after a name (`le réseau de Minitel
 * enregistrait`), or with a verb ending (`revient`, `survenu`).
 */
function verbLike(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!
  if (/^\p{Lu}/u.test(token.text) || token.pos === 'DET' || token.pos === 'NUM') return false
  if (COMMON_VERBS.has(token.lower)) return true
  if (tokens[i - 1]?.pos === 'PROPN' && !/(?:e|es|s)$/u.test(token.lower)) return true
  if (DEGREE.has(token.lower)) return false
  return /(?:ait|aient|ient|èrent|ront|rait|[^e]u)$/u.test(token.lower)
}

/** `predicate` without the words that cannot end it: a preposition, a determiner, the first word of a locution (`suite à`), a dangling participle (`des projets mettant`). */
function withoutWeakEnd(predicate: Token[]): Token[] {
  while (predicate.length > 0 && (WEAK_END.has(predicate[predicate.length - 1]!.pos ?? '') || LOCUTION_STARTS.has(predicate[predicate.length - 1]!.lower) || danglingParticiple(predicate))) predicate = predicate.slice(0, -1)
  return predicate
}

function danglingParticiple(tokens: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1]!
  if (!/ant$/u.test(last.lower)) return false
  return last.pos === 'VERB' || ((last.pos === 'NOUN' || last.pos === 'ADJ') && tokens[tokens.length - 2]?.pos === 'NOUN')
}

function lowerFirstIfCommon(text: string, first: Token): string {
  return first.pos === 'PROPN' ? text : text.slice(0, 1).toLowerCase() + text.slice(1)
}

/** Participles that introduce a name (`appelé`, `baptisée`): no phrase ends on one. */
const NAMING = /^(?:appel|nomm|baptis|surnomm|intitul|dénomm)ée?s?$|^dite?s?$/u

/**
 * Noun phrases of the article that hold `term` and say more than the term
 * itself (`une question posée par deux Länder` for `Länder`), one per
 * sentence, in order, at most `limit` words each.
 */
export function contextsOf(analysis: Analysis, term: string, limit = 7): {text: string; from: number}[] {
  const quoted = quotedSentences(analysis)
  const want = withoutArticle(term.toLowerCase()).split(/\s+/u)
  const people = new Set(analysis.entities.filter((entity) => entity.kind === 'person').map((entity) => entity.text))
  const found: {text: string; from: number}[] = []
  const names = analysis.entities.map((entity) => ` ${entity.text} `)
  /** Whether two tokens side by side belong to one name the article gives (`France Télécom` of `Groupe France Télécom`). */
  const inOneName = (left: {text: string} | undefined, right: {text: string} | undefined) =>
    left !== undefined && right !== undefined && /^\p{Lu}/u.test(left.text) && /^\p{Lu}/u.test(right.text) && names.some((name) => name.includes(` ${left.text} ${right.text} `))
  for (const sentence of proseSentences(analysis)) {
    if (quoted.has(sentence.id)) continue
    const block = analysis.blocks[sentence.block]
    if (!block || block.type === 'heading') continue
    for (const segment of segments(sentence)) {
      const at = segment.findIndex((_, i) => want.every((word, k) => segment[i + k]?.lower === word))
      if (at < 0) continue
      const end = at + want.length
      // A name inside a longer one (`France` in `le Groupe France Télécom`) is not that name here; two
      // names side by side (`du préfet de Corse Claude Érignac`) are.
      if (at > 0 && inOneName(segment[at - 1], segment[at])) continue
      if (inOneName(segment[end - 1], segment[end])) continue
      // A one-word term used as an adjective here (`le ministre conservateur`) is no term.
      if (want.length === 1 && (segment[at]!.pos === 'ADJ' || segment[at]!.pos === 'VERB')) continue
      // Nor a lower-case word right after a noun: an adjective the tagger missed.
      if (want.length === 1 && at > 0 && segment[at - 1]!.pos === 'NOUN' && !/^\p{Lu}/u.test(segment[at]!.text)) continue
      // The determiner before the term's own one: the phrase that contains it.
      let start = -1
      for (let i = at - 1; i >= Math.max(0, end - limit); i--) {
        const token = segment[i]!
        if (token.pos === 'ADP' && !OF.has(token.lower)) break
        if (!['DET', 'ADP', 'NOUN', 'PROPN', 'ADJ', 'NUM'].includes(token.pos ?? '') || COMMON_VERBS.has(token.lower)) break
        if (token.pos === 'DET' && i < at - 1 && !OF.has(token.lower)) {
          start = i
          break
        }
      }
      let stop = end
      if (start < 0) {
        // No phrase around it on the left: its own determiner and the complement on its right
        // (`les noms de ses plus gros fraudeurs`).
        if (at === 0 || segment[at - 1]!.pos !== 'DET' || OF.has(segment[at - 1]!.lower) || !OF.has(segment[end]?.lower ?? '')) continue
        start = at - 1
        stop = end + 1
        while (stop < segment.length && stop - start < limit && (['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM'].includes(segment[stop]!.pos ?? '') || DEGREE.has(segment[stop]!.lower)) && !verbLike(segment, stop)) stop++
        // Cut by the length before its noun (`la dixième victoire d’une des deux | sœurs`, where the
        // tagger reads `deux` as a noun): the numbers and determiners that announce it go too.
        const cut = stop < segment.length && stop - start >= limit && ['NOUN', 'PROPN', 'ADJ'].includes(segment[stop]!.pos ?? '')
        while (stop > end + 1 && (!['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(segment[stop - 1]!.pos ?? '') || (cut && numeral(segment[stop - 1]!)))) stop--
        if (stop <= end + 1 || !['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(segment[stop - 1]!.pos ?? '')) continue
      } else {
        // `ce mercredi 4 juillet le contrôle`: two phrases side by side, not one.
        if (segment.slice(start + 1, at).some((token, i, window) => token.pos === 'DET' && !OF.has(token.lower) && !OF.has((window[i - 1] ?? segment[start]!).lower))) continue
        const tail = segment[end]
        if (tail && tail.pos === 'ADJ' && end - start < limit && !verbLike(segment, end)) stop = end + 1
      }
      // A person after a noun that completes another (`la prix Nobel de la paix Aung San Suu Kyi`) is
      // that other noun's apposition: `la paix Aung San Suu Kyi` is no phrase.
      if (start > 0 && OF.has(segment[start - 1]!.lower) && at === start + 2 && segment[at - 1]!.pos === 'NOUN' && people.has(segment.slice(at, end).map((token) => token.text).join(' '))) continue
      // Nor does a phrase end inside a name (`de la Fondation | Wikimedia`), nor on a participle that
      // names what follows (`un système de trois étoiles proches appelé | Alpha Centauri`).
      if (inOneName(segment[stop - 1], segment[stop])) continue
      while (stop > end && NAMING.test(segment[stop - 1]!.lower)) stop--
      const first = segment[start]!
      // `en aucun cas au ministre`: a negation's quantifier opens no phrase that reads alone.
      if (first.lower === 'aucun' || first.lower === 'aucune') continue
      const text = textOf(block.text, segment.slice(start, stop))
      // A determiner that opens the sentence is written lower-case inside the new one.
      const phrase = first.pos === 'DET' ? first.lower + text.slice(first.text.length) : text
      // The same phrase with another determiner (`ces 7,2 milliards`, `les 7,2 milliards`) says nothing new.
      const bare = (value: string) => value.slice(value.search(/[\s’']/u) + 1)
      if (found.some((other) => bare(other.text) === bare(phrase))) continue
      found.push({text: phrase, from: sentence.id})
      break
    }
  }
  return found
}

/** A clause of the article and the reason it gives for it (`il n’est pas prévu de reporter le scrutin` / `92 % des bureaux de vote restent ouverts`). */
export interface Reason {
  /** The clause, lower-case at its start unless it opens on a name. */
  clause: string
  /** The reason, as the article words it after `car` / `parce que`. */
  reason: string
  from: number
}

/** Words that open a subject (or a name does): the clause a reason explains must say who or what. */
const REASON_SUBJECTS: ReadonlySet<string> = new Set(['il', 'elle', 'ils', 'elles', 'on', 'c’', 'c\'', 'ce', 'cela', 'le', 'la', 'les', 'l’', 'l\'', 'un', 'une', 'des', 'du', 'cette', 'cet', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs'])

/** Longest clause and reason a « pourquoi » question takes (more is a paragraph). */
const MAX_REASON_WORDS = 18

/**
 * The reasons the article gives in so many words: a clause with its subject
 * and verb, then `car` or `parce que` and a clause (`À l’heure actuelle, il
 * n’est pas prévu de reporter le scrutin car 92 % des bureaux de vote restent
 * ouverts`). A short fronted circumstance is left out of the clause (`À
 * l’heure actuelle,`); a relative that goes on after the reason is left out
 * of it (`…, qui réalise ainsi …`). None in quoted speech, none with a
 * quotation inside, none whose clause has no verb (`D’une part, parce que …`).
 */
export function reasonsOf(analysis: Analysis): Reason[] {
  const quoted = quotedSentences(analysis)
  const reasons: Reason[] = []
  for (const sentence of proseSentences(analysis)) {
    const block = analysis.blocks[sentence.block]
    if (quoted.has(sentence.id) || !block || block.type === 'heading' || block.type === 'listItem') continue
    const tokens = sentence.tokens
    // `car` after a determiner or a preposition is the coach (`les passagers du car`).
    const at = tokens.findIndex((token, i) => (token.lower === 'car' && !['DET', 'ADP'].includes(tokens[i - 1]?.pos ?? '')) || (token.lower === 'parce' && /^qu/u.test(tokens[i + 1]?.lower ?? '')))
    if (at <= 0) continue
    let start = 0
    // A short fronted circumstance before a comma (`À l’heure actuelle,`) is left out.
    const comma = tokens.findIndex((token, i) => i < at && token.text === ',')
    if (comma > 0 && comma <= 5) start = comma + 1
    const head = tokens.slice(start, tokens[at - 1]!.text === ',' ? at - 1 : at)
    const body = tokens.slice(at + (tokens[at]!.lower === 'car' ? 1 : 2))
    const end = body.findIndex((token, i) => token.text === ';' || (token.text === ',' && /^(?:qui|dont|ce|où)$/u.test(body[i + 1]?.lower ?? '')))
    const cause = (end >= 0 ? body.slice(0, end) : body).filter((token, i, all) => !(i === all.length - 1 && /^[.!?…]$/u.test(token.text)))
    const words = (part: readonly Token[]) => part.filter((token) => token.kind === 'word' || token.kind === 'number').length
    if (head.length === 0 || cause.length === 0 || words(head) < 4 || words(head) > MAX_REASON_WORDS || words(cause) < 3 || words(cause) > MAX_REASON_WORDS) continue
    // (A capital at the start of a sentence proves no name, `Désormais elles pourront …`; two in a row
    // do, `Marc Guillemot a abandonné …`.)
    const named = head[0]!.pos === 'PROPN' || (/^\p{Lu}/u.test(head[0]!.text) && /^\p{Lu}/u.test(head[1]?.text ?? ''))
    if (!(REASON_SUBJECTS.has(head[0]!.lower) || named) || !hasVerb(head) || !hasVerb(cause)) continue
    const clause = textOf(block.text, head).trim()
    const reason = textOf(block.text, cause).trim()
    if (/[«»“”"]/u.test(clause + reason)) continue
    // Only the sentence's first word has a capital of its own to lose; the reason follows `car`.
    reasons.push({clause: start === 0 && !named ? lowercaseFirst(clause) : clause, reason, from: sentence.id})
  }
  return reasons
}
