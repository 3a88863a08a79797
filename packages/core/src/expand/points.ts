import type {Analysis, Sentence, Token} from '../nlp/types.js'
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
/** Adverbs of degree inside a noun phrase (`ses plus gros fraudeurs`). */
const DEGREE = new Set(['plus', 'moins', 'très', 'si', 'aussi'])
/** Possessive determiners: their owner lies outside the clause. */
const POSSESSIVES = new Set(['son', 'sa', 'ses', 'leur', 'leurs'])
/** Frequent verb forms a tagger may read as nouns (`cette victoire fait de X`). */
const COMMON_VERBS = new Set(['fait', 'font', 'dit', 'disent', 'met', 'mettent', 'rend', 'rendent', 'permet', 'permettent', 'reste', 'restent'])
/** Object pronouns before a verb. */
const CLITICS = new Set(['le', 'la', 'les', 'l’', 'l\'', 'lui', 'leur', 'y', 'en'])
/** Words that open a relative clause. */
const RELATIVES = new Set(['qui', 'que', 'qu’', 'qu\'', 'dont', 'où', 'lequel', 'laquelle', 'lesquels', 'lesquelles', 'auquel', 'duquel'])
const WEAK_END = new Set(['ADP', 'DET', 'CCONJ', 'PRON', 'AUX'])
/** Fronted adverbials that only link to the previous sentence: dropped, not moved. */
const LINKERS = new Set(['en effet', 'par ailleurs', 'en outre', 'de plus', 'cependant', 'toutefois', 'ainsi', 'enfin', 'or', 'pourtant', 'néanmoins', 'mais', 'et', 'donc', 'aussi'])
const MAX_PREDICATE = 12
/** Last words of a predicate that point past its clause. */
const ANNOUNCING = new Set(['tel', 'telle', 'tels', 'telles', 'tellement', 'tant', 'suivant', 'suivante', 'suivants', 'suivantes', 'ceci', 'cela', 'ainsi'])
/** Marks that end a clause. */
const BOUNDARIES = new Set([',', ';', ':', '(', ')', '[', ']', '—', '–', '-', '.', '!', '?', '…', '«', '»', '"', '“', '”'])
/** Marks that belong to the words around them (`70 %`, `10 €`). */
const KEPT_MARKS = new Set(['%', '€', '$', '£', '°', '/', '&', '+'])
/** Prepositions (and contracted articles) that tie a complement to its noun: inside a noun phrase. */
const OF = new Set(['de', 'd’', 'd\'', 'du', 'des', 'par', 'au', 'aux'])

function segments(sentence: Sentence): Token[][] {
  const out: Token[][] = [[]]
  for (const token of sentence.tokens) {
    if (BOUNDARIES.has(token.text) || (token.kind === 'punct' && !KEPT_MARKS.has(token.text))) {
      if (out[out.length - 1]!.length > 0) out.push([])
    } else out[out.length - 1]!.push(token)
  }
  return out.filter((segment) => segment.length > 0)
}

/**
 * The segments of a sentence that are the narrator's: none when it opens
 * inside a quotation, else those before its first `«`.
 */
function narrative(sentence: Sentence, quoted: boolean): Token[][] {
  if (!quoted) return segments(sentence)
  const open = sentence.text.indexOf('«')
  const close = sentence.text.indexOf('»')
  if (open < 0 || (close >= 0 && close < open)) return []
  const cut = sentence.tokens.findIndex((token) => token.text === '«')
  return segments({...sentence, tokens: sentence.tokens.slice(0, cut)}).slice(0, -1)
}

function textOf(block: string, tokens: readonly Token[]): string {
  if (tokens.length === 0) return ''
  return block.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end)
}

function hasVerb(tokens: readonly Token[]): boolean {
  return tokens.some((token) => token.pos === 'VERB' || token.pos === 'AUX')
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
    for (const segment of narrative(sentence, quoted.has(sentence.id))) {
      if (!hasVerb(segment)) {
        fronted = segment
        continue
      }
      const point = pointOf(block.text, segment, fronted) ?? pronounPoint(block.text, segment, fronted, points[points.length - 1], sentence, persons)
      fronted = []
      if (point) points.push({...point, from: sentence.id})
    }
  }
  return points
}

/**
 * `Il annonce son abandon …` right after a point whose subject is a person's
 * name (`Marc Guillemot a dû faire demi-tour …`): the name is the subject.
 * Only `il`/`elle`, only in the same or the next sentence.
 */
function pronounPoint(block: string, segment: readonly Token[], fronted: readonly Token[], previous: Point | undefined, sentence: Sentence, persons: readonly string[]): Omit<Point, 'from'> | undefined {
  if (!previous || previous.from < sentence.id - 1) return undefined
  // The antecedent must be a person's name, written as the name alone (`Marc Guillemot`).
  if (!persons.some((person) => person === previous.subject || (person.includes(' ') && previous.subject.endsWith(person) && /^\p{Lu}/u.test(previous.subject)))) return undefined
  const first = segment[0]
  if (!first || (first.lower !== 'il' && first.lower !== 'elle')) return undefined
  const point = pointOf(block, [{...first, pos: 'PROPN', kind: 'word'}, ...segment.slice(1)], fronted)
  return point ? {subject: previous.subject, predicate: point.predicate} : undefined
}

function pointOf(block: string, segment: readonly Token[], fronted: readonly Token[]): Omit<Point, 'from'> | undefined {
  let verb = segment.findIndex((token) => token.pos === 'VERB' || token.pos === 'AUX')
  if (verb <= 0) return undefined
  // A modal the tagger took for a noun (`PSA va supprimer`, `cet épisode pourrait durer`).
  while (verb > 1 && MODALS.has(segment[verb - 1]!.lower)) verb--
  // `n’était` : the negation belongs to the predicate.
  if (segment[verb - 1]!.pos === 'ADV' && /^n/u.test(segment[verb - 1]!.lower)) verb--
  if (verb <= 0) return undefined
  let subject = segment.slice(0, verb)
  // `… un nouveau site qui permet …`: the antecedent of `qui` is the subject.
  if (subject.length >= 3 && subject[subject.length - 1]!.lower === 'qui') {
    let start = subject.length - 2
    while (start > 0 && ['NOUN', 'ADJ', 'PROPN'].includes(subject[start]!.pos ?? '')) start--
    if (subject[start]!.pos !== 'DET' && subject[start]!.pos !== 'PROPN') return undefined
    if (subject[start]!.pos === 'PROPN' && start > 0 && subject[start - 1]!.pos === 'DET') start--
    subject = subject.slice(start, -1)
  }
  if (subject.length > 10 || !['DET', 'PROPN'].includes(subject[0]!.pos ?? '')) return undefined
  // A capitalised adverb that opens the sentence (`Malheureusement cette planète`) is no name.
  if (subject[0]!.pos === 'PROPN' && /ment$/u.test(subject[0]!.lower)) return undefined
  // `Son action`: whose, the point alone does not say.
  if (POSSESSIVES.has(subject[0]!.lower)) return undefined
  if (!subject.every((token) => (SUBJECT_POS.has(token.pos ?? '') && token.kind === 'word') || token.kind === 'number')) return undefined
  if (!subject.some((token) => token.pos === 'NOUN' || token.pos === 'PROPN')) return undefined
  if (CUT_BEFORE.has(subject[subject.length - 1]!.pos ?? '') || subject[subject.length - 1]!.pos === 'DET') return undefined
  let predicate = segment.slice(verb)
  // A present participle is no finite verb (`n’ayant pas ratifié`).
  if (predicate.slice(0, 2).some((token) => /ant$/u.test(token.lower) && token.pos !== 'NOUN')) return undefined
  // A relative clause inside the predicate needs what follows it (`un rapport dans lequel elle dévoile : …`).
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
    if (cut < 0) return undefined
    predicate = predicate.slice(0, cut)
  }
  // Nor a dangling participle at the end (`des projets mettant`).
  while (predicate.length > 0 && (WEAK_END.has(predicate[predicate.length - 1]!.pos ?? '') || danglingParticiple(predicate))) predicate = predicate.slice(0, -1)
  // A verb left without its object where the segment stops (`… après avoir entendu`, then a comma):
  // the clause ends before the preposition that introduced it.
  if (predicate.length > 2 && predicate[predicate.length - 1]!.pos === 'VERB') {
    let k = predicate.length - 2
    while (k > 1 && predicate[k]!.pos !== 'ADP') k--
    predicate = k > 1 ? predicate.slice(0, k) : predicate
  }
  if (predicate.length < 3) return undefined
  // `est telle …`, `sont les suivants` announce what follows the clause: nothing alone.
  if (predicate.some((token) => ANNOUNCING.has(token.lower))) return undefined
  // An object pronoun (`pourra donc les réutiliser`) points to a phrase the point does not carry.
  if (predicate.some((token, i) => i > 0 && CLITICS.has(token.lower) && predicate[i + 1]?.pos === 'VERB')) return undefined
  let text = textOf(block, predicate)
  const circumstance = textOf(block, fronted)
  const lowerCircumstance = circumstance.toLowerCase()
  // Only after a short predicate: after a longer one it would seem to qualify its last verb.
  if (predicate.length <= 4 && fronted.length >= 2 && fronted.length <= 8 && !LINKERS.has(lowerCircumstance) && fronted[0]!.pos === 'ADP' && !/\d/u.test(circumstance)) {
    text = `${text} ${lowerFirstIfCommon(circumstance, fronted[0]!)}`
  }
  return {subject: textOf(block, subject), predicate: text}
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

function danglingParticiple(tokens: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1]!
  if (!/ant$/u.test(last.lower)) return false
  return last.pos === 'VERB' || ((last.pos === 'NOUN' || last.pos === 'ADJ') && tokens[tokens.length - 2]?.pos === 'NOUN')
}

function lowerFirstIfCommon(text: string, first: Token): string {
  return first.pos === 'PROPN' ? text : text.slice(0, 1).toLowerCase() + text.slice(1)
}

/**
 * Noun phrases of the article that hold `term` and say more than the term
 * itself (`une question posée par deux Länder` for `Länder`), one per
 * sentence, in order, at most `limit` words each.
 */
export function contextsOf(analysis: Analysis, term: string, limit = 7): {text: string; from: number}[] {
  const quoted = quotedSentences(analysis)
  const want = term.toLowerCase().replace(/^(?:le |la |les |l’)/u, '').split(/\s+/u)
  const found: {text: string; from: number}[] = []
  for (const sentence of proseSentences(analysis)) {
    if (quoted.has(sentence.id)) continue
    const block = analysis.blocks[sentence.block]
    if (!block || block.type === 'heading') continue
    for (const segment of segments(sentence)) {
      const at = segment.findIndex((_, i) => want.every((word, k) => segment[i + k]?.lower === word))
      if (at < 0) continue
      const end = at + want.length
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
        while (stop > end + 1 && !['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(segment[stop - 1]!.pos ?? '')) stop--
        if (stop <= end + 1 || !['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(segment[stop - 1]!.pos ?? '')) continue
      } else {
        // `ce mercredi 4 juillet le contrôle`: two phrases side by side, not one.
        if (segment.slice(start + 1, at).some((token, i, window) => token.pos === 'DET' && !OF.has(token.lower) && !OF.has((window[i - 1] ?? segment[start]!).lower))) continue
        const tail = segment[end]
        if (tail && tail.pos === 'ADJ' && end - start < limit && !verbLike(segment, end)) stop = end + 1
      }
      const first = segment[start]!
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
