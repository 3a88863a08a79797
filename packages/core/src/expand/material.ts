import {fr} from '@titraille/rules'
import {nounInfo} from '../grammar/lexicon.js'
import {looksAdjective} from '../nlp/pos.js'
import {isFirstName} from '../nlp/entities.js'
import {countWords} from '../nlp/words.js'
import {onlyModifies} from '../nlp/keyphrases.js'
import type {Analysis, Entity, Sentence, Token} from '../nlp/types.js'
import {capitalizeFirst, elides, lowercaseFirst, withoutArticle} from './french.js'
import {escapeRegExp, guillemetSpans, isSpace, lastWord, tidySpaces, trimEndWhere, trimStartWhere} from './text.js'

/**
 * The material the strategies build sentences around, all taken from the
 * article: noun phrases with their determiner, names with the role the
 * article gives them, numbers with what they count, dates with what happened,
 * quotations with their speakers, short clauses.
 */

/** A phrase from the article and the sentences it comes from. */
export interface Phrase {
  text: string
  from: number[]
  /** Every sentence where the phrase occurs (keyphrases only). */
  occurrences?: number[] | undefined
}

/** A number of the article and what it counts (`521 kg` + `de matériel`). */
export interface Figure {
  value: string
  rest: string
  /** The clause of the article that holds the number, when one reads well alone. */
  clause?: string | undefined
  /** A count the article rounds (`une quarantaine de personnes`): no « chiffre de … » to ask about. */
  rounded?: true
  from: number[]
}

/** A quotation and who said it. */
export interface Quote {
  text: string
  /** A later sentence of the same quotation (whole, at most 16 words), when there is one. */
  more?: string | undefined
  speaker: string
  from: number[]
}

/** A person or organisation, with the role the article gives them when it does. */
export interface Actor {
  name: string
  role: string | undefined
  from: number[]
}

/** A dated event: the date as written and a clause saying what happened. */
export interface DatedEvent {
  /** `clause` reads as a sentence; `phrase` is what the date is attached to (`la grande parade …`). */
  kind: 'clause' | 'phrase'
  date: string
  /** Sortable value: year·10⁴ + month·10² + day (0 when unknown). */
  key: number
  clause: string
  from: number[]
}

/** Everything the strategies may use. */
export interface Material {
  /** The whole prose of the article (its body: what counts of a phrase are said of). */
  input: string
  /**
   * The article's own words: its prose, its title and the subheadings it came with (not those an
   * earlier stage added). Added text is checked against them: no name or number beyond them.
   */
  source: string
  focus: Phrase | undefined
  /** Other keyphrases as noun phrases, best first. */
  topics: Phrase[]
  actors: Actor[]
  places: Phrase[]
  figures: Figure[]
  quotes: Quote[]
  events: DatedEvent[]
  /** The article's main date (its dateline, or its first full date). */
  date: Phrase | undefined
  /** Title of the article (its H1) without a leading `Country :`. */
  title: string | undefined
  /** Whether the focus is a person the article names (`Serena Williams`): then also one of its actors. */
  focusIsPerson: boolean
}

const MONTHS = fr.MONTHS
const MONTH_RE = MONTHS.join('|')
const WEEKDAYS = fr.WEEKDAYS
const DATE_RE = new RegExp(String.raw`\b(1er|[0-3]?\d)\s+(${MONTH_RE})(?:\s+((?:1[89]|20)\d\d))?\b|\b(${MONTH_RE})\s+((?:1[89]|20)\d\d)\b|\ben\s+((?:1[89]|20)\d\d)\b|\b(${WEEKDAYS.join('|')})\s+(1er|[0-3]?\d)\b(?!\s*(?:h\b|%|\d|${MONTH_RE}))`, 'giu')
const WEEKDAY_BEFORE = new RegExp(String.raw`\s(?:${WEEKDAYS.join('|')})\s+$`, 'iu')
const STOP = fr.STOP_WORD_SET
const SUBORDINATORS: readonly string[] = fr.SUBORDINATORS
const KNOWN_PLACES: ReadonlySet<string> = new Set(fr.PLACES.map((place) => place.toLowerCase()))
/** Words that open a subordinating conjunction with `que` (`bien que`, `alors que`, `afin que`). */
const CONJUNCTION_HEADS: ReadonlySet<string> = new Set(['bien', 'alors', 'tandis', 'afin', 'pour', 'avant', 'sans', 'dès', 'après', 'depuis', 'pendant', 'parce', 'ainsi', 'sitôt', 'encore', 'quoique'])
const FRONTED: ReadonlySet<string> = new Set(fr.FRONTED_ADVERBIAL_STARTS)
const NUMBER_WORDS: ReadonlySet<string> = new Set(fr.SPELLED_NUMBERS)
/** Number words that are not the counted noun (`premier`, `deuxième`, `millions` …). */
const ORDINALS: ReadonlySet<string> = new Set(fr.NUMBER_WORDS)
const SPEECH = new Set(fr.SPEECH_VERBS)
const VERBISH = new Set([...fr.FREQUENT_VERBS, ...fr.VERB_MARKERS])
/** Finite verb forms that make a clause a clause (not a bare noun phrase). */
const FINITE = new Set(fr.FREQUENT_VERBS.filter((verb) => !/^(?:été|être|avoir|eu|eue|eus|faire|dire|déclarer|annoncer|indiquer)$/u.test(verb)).concat(['doit', 'doivent', 'peut', 'peuvent', 'pourrait', 'pourraient', 'devrait', 'va', 'vont', 'restera', 'reste', 'restent']))

/** Words that count what follows them (`deux Länder`, `plusieurs Airbus`): more than one. */
const COUNTING: ReadonlySet<string> = new Set([...fr.SPELLED_NUMBERS, 'plusieurs', 'quelques'])

const DEFINITE_OF: Readonly<Record<string, 'le' | 'la' | 'les' | 'l’' | undefined>> = {
  le: 'le', du: 'le', au: 'le', un: 'le', son: 'le', ce: 'le', cet: 'le',
  la: 'la', une: 'la', sa: 'la', cette: 'la',
  les: 'les', des: 'les', aux: 'les', ses: 'les', ces: 'les', leurs: 'les',
  'l’': 'l’', "l'": 'l’'
}

const COMPARATIVES: ReadonlySet<string> = new Set(fr.COMPARATIVE_ADVERBS)

/** Whether a token is a noun: by its part of speech when the analysis tagged it, else not a known verb form. */
function isNounToken(token: Token, next?: Token): boolean {
  const pos = token.pos
  if (pos === undefined) return !VERBISH.has(token.lower)
  if (pos === 'NOUN' || pos === 'PROPN' || pos === 'SYM') return true
  // The tagger reads some plural nouns after a number as adjectives (`3 000 artistes`): a word the
  // lexicon knows as a noun, not followed by a noun it would qualify (`neuf dernières années`), counts.
  return pos === 'ADJ' && nounInfo(token.lower).known && !(next && (next.pos === 'NOUN' || next.pos === 'PROPN'))
}

/** Words after which a name is a complement (`successeur de X`), not the subject of a verb of saying. */
const COMPLEMENT_MARKERS: ReadonlySet<string> = new Set(fr.COMPLEMENT_MARKERS)

/** Words a quotation excerpt may not end on. */
const DANGLING: ReadonlySet<string> = new Set(['de', 'd’', 'du', 'des', 'le', 'la', 'les', 'l’', 'un', 'une', 'et', 'ou', 'à', 'au', 'aux', 'que', 'qui', 'en', 'pour', 'par', 'sur'])
/** Words before a date that go with it (`le`, `dès le`). */
const DATE_PREPOSITIONS: ReadonlySet<string> = new Set(['le', 'du', 'en', 'depuis', 'au', 'dès', 'ce', 'jusqu’au'])

/** `text` without its trailing words that are in `words` (case-insensitive), trimmed. */
function withoutTrailing(text: string, words: ReadonlySet<string>): string {
  let current = trimEndWhere(text, isSpace)
  for (;;) {
    const {word, rest} = lastWord(current)
    if (word === '' || !words.has(word.toLowerCase())) return current
    current = trimEndWhere(rest, isSpace)
  }
}

/** Remove soft hyphens (`pre­mier`): they only hint at line breaks in the source. */
function unhyphen(text: string): string {
  return text.replace(/\u00ad/gu, '')
}

/**
 * Ids of the sentences that are quoted speech, wholly or in part (inside
 * `« … »`, even when the quotation runs over several sentences or
 * paragraphs): never rewritten, never turned into narrative clauses.
 */
export function quotedSentences(analysis: Pick<Analysis, 'blocks' | 'sentences'>): Set<number> {
  const quoted = new Set<number>()
  let depth = 0
  for (const block of analysis.blocks) {
    if (block.type === 'heading') {
      depth = 0
      continue
    }
    let at = 0
    for (const id of block.sentences) {
      const sentence = analysis.sentences[id]
      if (!sentence) continue
      for (; at < sentence.start; at++) depth = step(depth, block.text[at]!)
      if (depth > 0 || /[«»]/u.test(sentence.text)) quoted.add(id)
    }
    for (; at < block.text.length; at++) depth = step(depth, block.text[at]!)
  }
  return quoted
}

/**
 * Whether offset `at` of a sentence is inside quoted speech: within `« … »`, or in a sentence of a
 * quotation opened before it. A date there is the speaker's, never retold as a fact.
 */
function inQuotation(sentence: Sentence, at: number, quoted: ReadonlySet<number>): boolean {
  if (!quoted.has(sentence.id)) return false
  const first = /[«»]/u.exec(sentence.text)
  if (!first || first[0] === '»') return true
  return guillemetSpans(sentence.text).some((span) => at >= span.start && at < span.end) || sentence.text.lastIndexOf('«') > sentence.text.lastIndexOf('»')
}

/** Whether every occurrence of a name in the text (headings too) lies inside quoted speech, not only those the entity lists. */
function onlyQuoted(name: string, sentences: readonly Sentence[], quoted: ReadonlySet<number>): boolean {
  for (const sentence of sentences) {
    const text = sentence.text
    if (!text.includes(name)) continue
    if (!quoted.has(sentence.id)) return false
    // Inside a quotation opened before the sentence when its first guillemet closes one, or when
    // the sentence has none; the depth is carried from one occurrence to the next.
    let depth = /[«»]/u.exec(text)?.[0] === '«' ? 0 : 1
    let walked = 0
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      for (; walked < at; walked++) depth = step(depth, text[walked]!)
      if (depth === 0) return false
    }
  }
  return true
}

function step(depth: number, char: string): number {
  if (char === '«') return depth + 1
  if (char === '»') return Math.max(0, depth - 1)
  return depth
}

/** Prose sentences (not headings), in order. */
export function proseSentences(analysis: Pick<Analysis, 'blocks' | 'sentences'>): Sentence[] {
  return analysis.sentences.filter((sentence) => analysis.blocks[sentence.block]?.type !== 'heading')
}

/**
 * The noun phrase `phrase` as the article writes it, with a definite
 * determiner (taken from the text when one precedes it, else from the
 * noun's gender): `capsule Dragon` → `la capsule Dragon`.
 */
export function nounPhrase(phrase: string, sentences: readonly Sentence[]): Phrase | undefined {
  const re = new RegExp(String.raw`(^|[^\p{L}\p{N}])(${escapeRegExp(phrase)})(?![\p{L}\p{N}])`, 'iu')
  for (const sentence of sentences) {
    const match = re.exec(sentence.text)
    if (!match) continue
    const surface = match[2]!
    const index = match.index + match[1]!.length
    // After a dateline (`23 juin 2012. - La Grande-Bretagne …`) the sentence starts past its dash.
    const opening = DATELINE_RE.exec(sentence.text)?.[0].length ?? 0
    const before = sentence.text.slice(opening <= index ? opening : 0, index)
    // A name is matched as written (`Parti` is not `parti`); an adjective is not a topic (`européenne`).
    if (/^\p{Lu}/u.test(phrase) && !surface.startsWith(phrase.slice(0, 1))) continue
    const tokenAt = sentence.tokens.find((token) => token.start - sentence.start === index)
    if (!/\s/u.test(surface) && tokenAt?.pos !== undefined && !['NOUN', 'PROPN'].includes(tokenAt.pos)) continue
    // A word right before a common noun is its adjective (`un violent clash`), not a noun of its own;
    // one before an adjective the tagger reads as a noun is (`au service français`).
    const following = tokenAt ? sentence.tokens[sentence.tokens.indexOf(tokenAt) + 1] : undefined
    if (!/\s/u.test(surface) && following?.pos === 'NOUN' && /^\p{Ll}/u.test(following.text) && !looksAdjective(following.lower)) continue
    // A capitalised word before a name is part of it (`Air France`), unless it is the article that
    // opens the sentence before a proper name (`La Grande-Bretagne et …`).
    if (/^\p{Lu}/u.test(surface) && before !== '' && isSpace(before[before.length - 1]!) && /^\p{Lu}[\p{L}-]*$/u.test(lastWord(before).word) && !openingArticleOf(surface, before)) continue
    // `un` is no article in a rank (`numéro un mondial`, which the tagger reads as a number).
    const previous = tokenAt ? sentence.tokens[sentence.tokens.indexOf(tokenAt) - 1] : undefined
    const det = previous?.pos === 'NUM' ? null : /(?:^|[\s(«\u00a0’'])(le|la|les|l’|l'|un|une|des|du|au|aux|son|sa|ses|ce|cet|cette|ces|leurs)\s*$/iu.exec(before)
    const initial = before.trim() === ''
    // A determiner before a name that goes on (`la Nintendo 3DS`, `le Groupe France Télécom`) is the
    // longer name's: `la Nintendo` is no name. (A year after it is no part of it: `le BAC 2012`.)
    if (det && /^\p{Lu}/u.test(surface) && /^[ \u00a0](?:\p{Lu}|\d+\p{L})/u.test(sentence.text.slice(index + surface.length))) continue
    // An object pronoun before an infinitive is no article (`commencé à la toucher`: `le toucher`).
    if (det && /^(?:la|le)$/iu.test(det[1]!) && /^\p{Ll}+(?:er|ir|re)$/u.test(surface)) {
      const noun = nounInfo(surface)
      if (noun.known && noun.gender !== (det[1]!.toLowerCase() === 'la' ? 'F' : 'M')) continue
    }
    // A singular determiner before a plural noun is no phrase of the article (`sont le ponts brulé`).
    if (det && /^(?:le|la|l’|l'|un|une|du|au|son|sa|ce|cet|cette)$/iu.test(det[1]!) && /^\p{Ll}/u.test(surface)) {
      const noun = nounInfo(surface.split(/\s/u)[0]!)
      if (noun.known && noun.number === 'P') continue
    }
    const capital = /^\p{Lu}/u.test(surface)
    const text = capital && !initial ? surface : initial ? lowercaseIfCommon(surface) : surface
    // A capitalised article inside a sentence belongs to the name (`de L’Oréal`, `selon Le Monde`).
    if (det && capital && /^\p{Lu}/u.test(det[1]!) && before.slice(0, before.length - det[0].trimStart().length).trim() !== '') {
      const article = det[1]!.replace(/'/gu, '’')
      return {text: article.endsWith('’') ? `${article}${surface}` : `${article} ${surface}`, from: [sentence.id]}
    }
    const definite = det ? DEFINITE_OF[det[1]!.toLowerCase()] : undefined
    if (definite) return {text: withDefinite(definite, text), from: [sentence.id]}
    // A capitalised word the article counts (`deux Länder`, `trois Airbus`) is a plural noun, not a
    // name: `aux Länder`, not `à Länder`.
    // (Spelled: after digits a capital is a unit or a zone, `4 Go`, `14 h CEST`.)
    if (capital && /^\p{Lu}\p{Ll}+$/u.test(surface) && previous && COUNTING.has(previous.lower)) return {text: `les ${surface}`, from: [sentence.id]}
    // A common noun capitalised at the start of a heading or list item (`Événements`) is not a name.
    if (capital && !det && nounInfo((surface.split(/\s/u)[0] ?? '').toLowerCase()).known && !/^\p{Lu}{2,}/u.test(surface)) continue
    if (capital && !initial) return {text: surface, from: [sentence.id]}
    if (capital && /\s/u.test(surface) && surface.split(/\s+/u).every((w) => /^\p{Lu}/u.test(w))) return {text: surface, from: [sentence.id]}
    // A common noun needs an occurrence with its determiner: without one it may well be an adjective
    // (`la voie européenne`) or a fragment (`plus gros fraudeurs`).
    continue
  }
  return undefined
}

/**
 * The focus as the article writes it: with its determiner from the text, or from a heading when
 * the text only has it bare (`… du travail (CGT)` in the text, `selon la CGT` in the title: « la
 * CGT »), else as a bare noun takes one.
 */
function focusPhrase(text: string, sentences: readonly Sentence[], headings: readonly Sentence[]): Phrase {
  const inText = nounPhrase(text, sentences)
  const inHeading = nounPhrase(text, headings)
  if (inText && inText.text === text && inHeading && inHeading.text !== text) return {text: inHeading.text, from: inText.from}
  return inText ?? inHeading ?? bareFocus(text)
}

/** The focus keyphrase when the text never writes it with a determiner: one from the lexicon for a common noun. */
function bareFocus(text: string): Phrase {
  if (/^\p{Lu}/u.test(text)) return {text, from: []}
  const info = nounInfo(text)
  return {text: withDefinite(info.number === 'P' ? 'les' : info.gender === 'F' ? 'la' : 'le', text), from: []}
}

function lowercaseIfCommon(text: string): string {
  const first = text.split(/\s/u)[0] ?? ''
  return nounInfo(first.toLowerCase()).known ? lowercaseFirst(text) : text
}

function withDefinite(det: 'le' | 'la' | 'les' | 'l’', text: string): string {
  const first = text.split(/\s/u)[0] ?? ''
  if (det !== 'les' && elides(first)) return `l’${text}`
  if (det === 'l’') return nounInfo(text).number === 'P' ? `les ${text}` : `l’${text}`
  return `${det} ${text}`
}

/** Whether `a` and `b` overlap as phrases (one contains the other, ignoring case, accents and determiners). */
export function overlaps(a: string, b: string): boolean {
  // Accents aside: `Wikimedia France` and `Wikimédia France` are one name spelled two ways.
  const strip = (text: string) => text.toLowerCase().replace(/^(?:l’|le |la |les )/u, '').normalize('NFD').replace(/\p{M}/gu, '')
  const x = strip(a)
  const y = strip(b)
  return x.includes(y) || y.includes(x)
}

/** The first clause of a sentence that reads well alone (after a fronted adverbial if need be). */
export function firstClause(text: string, maxWords = 16): string | undefined {
  // A decimal comma (`1,2 %`) is not a boundary.
  const anchors = [0, ...[...text.matchAll(/(?:[;:]|,(?!\d))\s*/gu)].map((match) => (match.index ?? 0) + match[0].length)]
  for (const anchor of anchors) {
    const clause = clauseAround(text, anchor, maxWords)
    if (clause) return clause
  }
  return undefined
}

/** A clause of `sentence` around `anchor` (index into its text): between commas, colons, dashes. */
export function clauseAround(text: string, anchor: number, maxWords = 14, antecedent?: string, people: readonly string[] = []): string | undefined {
  // Guillemets are not boundaries (a clause keeps its quoted words: `des serveurs « tendus »`), nor a decimal comma (`de 1,2 %`).
  const boundary = /[;:()–—"“”]|,(?!\d)|\s-\s/gu
  let start = 0
  let end = text.length
  let previous: {start: number; mark: string} = {start: 0, mark: ''}
  for (const match of text.matchAll(boundary)) {
    const at = match.index ?? 0
    if (at < anchor) {
      previous = {start, mark: match[0]}
      start = at + match[0].length
    } else {
      end = at
      break
    }
  }
  // After a comma, only a fronted adverbial may come before: otherwise the clause is a fragment
  // (`L’émission Envoyé spécial, la suite a diffusé …`).
  if (start > 0 && previous.mark === ',') {
    const lead = (text.slice(previous.start).trim().split(/\s+/u)[0] ?? '').toLowerCase().split('’')[0] ?? ''
    // A participle opens a fronted adjunct too (`Arrivé à 0h50, il a annoncé …`).
    const participial = /^\p{Ll}+(?:é|ée|és|ées|ant)$/u.test(lead) && countWords(text.slice(previous.start, start)) <= 5
    if ((!FRONTED.has(lead) && !participial) || /[,;:]/u.test(text.slice(previous.start, start - 1))) return undefined
  }
  let clause = trimEndWhere(text.slice(start, end).trim(), (char) => '.!?…'.includes(char)).trim()
  // `il lance le programme ACE` after a sentence about Alan Turing: `Alan Turing lance …`; what follows
  // the pronoun, or a person's name, is its verb.
  let verbNext = false
  if (antecedent && /^(?:il|elle)\s/iu.test(clause)) {
    clause = `${antecedent}${clause.slice(clause.indexOf(' '))}`
    verbNext = true
  }
  for (const name of people) {
    const next = clause.startsWith(`${name} `) ? (clause.slice(name.length + 1).split(' ')[0] ?? '') : ''
    if (/^\p{Ll}/u.test(next) && !STOP.has(next)) verbNext = true
  }
  if (countWords(clause) < 4) return undefined
  if ((clause.match(/«/gu) ?? []).length !== (clause.match(/»/gu) ?? []).length) return undefined
  const words = clause.split(/\s+/u)
  if (words.length > maxWords) return undefined
  const first = words[0]!.toLowerCase()
  if (['que', 'qu’', 'qui', 'dont', 'où', 'et', 'mais', 'ou', 'donc', 'car', 'ni'].includes(first)) return undefined
  if (/^qu’/u.test(first)) return undefined
  // A subordinate clause says nothing alone (`Bien que l’armée fût mise en état d’alerte …`).
  const second = (words[1] ?? '').toLowerCase()
  if (SUBORDINATORS.includes(first) || (CONJUNCTION_HEADS.has(first) && /^(?:que|qu’)/u.test(second)) || (first === 'même' && second === 'si')) return undefined
  // A clause opens on its subject: a determiner or a name (a capitalised stop word is neither).
  if (!fr.LOWERCASE_AFTER_TRANSITION.includes(first) && (!/^\p{Lu}/u.test(words[0]!) || STOP.has(first))) return undefined
  const last = words[words.length - 1]!.toLowerCase()
  if (STOP.has(last) || FINITE.has(last)) return undefined
  // A subordinate clause cut before its verb (`… quand l’un des individus`) is a fragment.
  const lowerWords = words.map((word) => word.toLowerCase())
  const sub = Math.max(...SUBORDINATORS.map((word) => lowerWords.lastIndexOf(word)))
  if (sub >= 0 && !lowerWords.slice(sub + 1).some((word) => FINITE.has(word) || /^\p{Ll}+(?:ait|aient|era|eront|èrent|é|ée|és|ées)$/u.test(word))) return undefined
  if (['il', 'elle', 'ils', 'elles', 'on', 'ce', 'cela', 'celui-ci', 'celle-ci', 'lui', 'c’est'].includes(first)) return undefined
  // A finite verb: a frequent one, an imperfect, a simple past, or a future (`sortira`, `prendra`, `devra`, `pourront`).
  if (!verbNext && !words.some((word) => FINITE.has(word.toLowerCase()) || /^\p{Ll}+(?:ait|aient|era|eront|èrent)$/u.test(word) || /^\p{Ll}{2,}(?:i|d|v|r|u)r(?:a|ont)$/u.test(word))) return undefined
  // `L’Ohio est …` inside a new sentence: `l’Ohio est …`.
  clause = STOP.has(first) || fr.LOWERCASE_AFTER_TRANSITION.includes(first) || /^l[’']\p{Lu}/u.test(words[0]!.replace(/^L/u, 'l')) ? lowercaseFirst(clause) : clause
  return unhyphen(clause)
}

function titleOfAnalysis(analysis: Pick<Analysis, 'blocks'>): string | undefined {
  const h1 = analysis.blocks.find((block) => block.type === 'heading' && block.depth === 1)
  if (!h1) return undefined
  const text = h1.text.trim()
  const colon = /\s:\s/u.exec(text)
  // `Élection présidentielle américaine de 2012 : Obama raille « Coach » Romney`: what happened is after the colon.
  const rest = colon ? text.slice(colon.index + colon[0].length).trim() : ''
  return colon && colon.index > 0 && colon.index < 60 && rest.split(/\s+/u).length >= 3 ? rest : text
}

/** Unit symbols after a number (`4 Go`, `93 mm`, `50 MW`). */
const UNITS: ReadonlySet<string> = new Set(fr.UNIT_SYMBOLS)

/** Words that multiply the number before them (`13 millions de voix`). */
const MULTIPLIERS: ReadonlySet<string> = new Set(['millier', 'milliers', 'million', 'millions', 'milliard', 'milliards'])

/** The word right before a number that qualifies it (`environ 50 milles`, `plus de`, `quelques 2 700 000`). */
const QUALIFIERS: ReadonlySet<string> = new Set(fr.NUMBER_QUALIFIERS.map((qualifier) => qualifier.split(' ')[0]!))

/** Words before an hour that make it a time of day (`vers 7 heures`, `à 9 heures`), not a duration. */
const BEFORE_CLOCK_HOUR: ReadonlySet<string> = new Set(['vers', 'à', 'dès', 'avant', 'après', 'jusqu’à', 'jusqu\'à'])

/** Whether the number at `i`, before `heure(s)`, is an hour of the clock rather than a number of hours. */
function clockHour(tokens: readonly Token[], i: number): boolean {
  // Hours of something are a duration (`après 14 heures de négociations`).
  if (['de', 'd’'].includes(tokens[i + 2]?.lower ?? '') && tokens[i + 3]?.lower !== 'l’après-midi' && tokens[i + 4]?.lower !== 'après-midi') return false
  const previous = tokens[i - 1]?.lower ?? ''
  if (BEFORE_CLOCK_HOUR.has(previous)) return true
  // The same time in another zone (`à 19 heures, soit 14 heures à Québec`).
  if (previous === 'soit' && tokens.slice(Math.max(0, i - 4), i).some((token) => /^heures?$/u.test(token.lower))) return true
  // `aux alentours de quatre heures`, `aux environs de 7 heures`.
  if (['de', 'd’'].includes(previous) && ['alentours', 'environs'].includes(tokens[i - 2]?.lower ?? '')) return true
  // `quatre heures et demie`, `7 heures du matin`, `9 heures ce matin`.
  const after = tokens.slice(i + 2, i + 4).map((token) => token.lower).join(' ')
  return /^(?:et (?:demie|quart)|du (?:matin|soir)|ce (?:matin|soir)|de l’après-midi)/u.test(after)
}

function findFigures(sentences: readonly Sentence[], quoted: ReadonlySet<number>): Figure[] {
  const figures: Figure[] = []
  const seen = new Set<string>()
  for (const sentence of sentences) {
    const tokens = sentence.tokens
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!
      // `une quarantaine de personnes`, `plusieurs centaines de bulletins`: a count the article rounds.
      if (roundedCount(tokens, i)) {
        const value = boundBefore(tokens, i) + sentence.text.slice(token.start - sentence.start, tokens[i + 1]!.end - sentence.start).toLowerCase()
        const rest = sentence.text.slice(tokens[i + 2]!.start - sentence.start, tokens[i + 3]!.end - sentence.start)
        if (!seen.has(`${value} ${rest}`)) {
          seen.add(`${value} ${rest}`)
          const clause = figureClause(sentence, token, quoted)
          figures.push({value, rest: unhyphen(rest), clause: clause && unhyphen(clause), rounded: true, from: [sentence.id]})
        }
        i += 3
        continue
      }
      const spelled = token.kind === 'word' && spelledNumber(token.lower)
      if (token.kind !== 'number' && !spelled) continue
      if (/h\d*$/u.test(token.text) || /^(?:1[89]|20)\d\d$/u.test(token.text)) continue
      const next = tokens[i + 1]
      if (next && MONTHS.includes(next.lower)) continue
      // Times of day (`5 h 25`, `18 h`) belong to the chronology, not the figures.
      if (next && /^(?:h|min)$/u.test(next.lower)) continue
      if (tokens[i - 1] && /^(?:h|min)$/u.test(tokens[i - 1]!.lower)) continue
      // So do hours of the clock written out (`vers 7 heures`, `quatre heures et demie du matin`).
      if (next && /^heures?$/u.test(next.lower) && clockHour(tokens, i)) continue
      // The end of a range is a figure with its start (`âgées de 18 à 25 ans`: « 18 à 25 ans », not
      // « 25 ans »).
      const from = tokens[i - 2]
      const range = tokens[i - 1]?.lower === 'à' && from && from.kind === token.kind && (from.kind === 'number' || NUMBER_WORDS.has(from.lower)) ? `${spelled ? from.lower : from.text} à ` : ''
      // A spelled number counts something only before a plural noun (`neuf personnes`, not `un appareil neuf`).
      // `quarante cinq minutes` is 45, not 5: a spelled number after another one is part of it.
      if (spelled && tokens[i - 1] && (tokens[i - 1]!.kind === 'number' || spelledNumber(tokens[i - 1]!.lower) || NUMBER_PARTS.has(tokens[i - 1]!.lower) || /^(?:et|-)$/u.test(tokens[i - 1]!.lower))) continue
      // A number in several words is one (`deux cent mille dollars`, `trois cents trente-trois saints`).
      const last = spelled ? lastNumberWord(tokens, i) : i
      const after = tokens[last + 1]
      // (After a number in several words, a plural word is what it counts, known to the lexicon or not: `deux cents artéfacts`.)
      const plural = after && after.kind === 'word' && /^\p{Ll}+[sx]$/u.test(after.lower) && !after.stop && !VERBISH.has(after.lower)
      const counts = plural && (last > i || (nounInfo(after.lower).known && (after.pos === undefined ? isNounToken(after, tokens[last + 2]) : after.pos === 'NOUN')))
      if (spelled && !counts && !(MULTIPLIERS.has(after?.lower ?? '') && ['de', 'd’'].includes(tokens[last + 2]?.lower ?? ''))) continue
      if (tokens[i - 1] && /^[-–/]$/u.test(tokens[i - 1]!.text)) continue
      // A number glued to a name is part of it (`Falcon 9`, `Titan III`).
      // A sentence's first word is no name (`Quelques 2 700 000 de Libyens`).
      if (tokens[i - 1] && /^\p{Lu}/u.test(tokens[i - 1]!.text) && token.start - tokens[i - 1]!.end <= 1 && !(i === 1 && (tokens[0]!.stop || QUALIFIERS.has(tokens[0]!.lower)))) continue
      // What the number counts: a unit or noun right after it, then `de …` complements.
      let j = last + 1
      const parts: string[] = []
      const unit = tokens[j]
      if (!unit || unit.start - tokens[last]!.end > 1) continue
      if (unit.kind === 'symbol' || unit.text === '%' || (unit.text.length >= 2 && UNITS.has(unit.text))) {
        parts.push(unit.text)
        j++
      }
      // Dimensions are one figure, written as typographers do: `93 mm x 156 mm x 22 mm` → `93 × 156 × 22 mm`.
      const sides = [token.text]
      while (parts.length === 1 && UNITS.has(parts[0]!) && ['x', '×'].includes(tokens[j]?.lower ?? '') && tokens[j + 1]?.kind === 'number' && tokens[j + 2]?.text === parts[0]) {
        sides.push(tokens[j + 1]!.text)
        j += 3
      }
      if (sides.length > 1) {
        const key = token.text
        if (!seen.has(key)) {
          seen.add(key)
          const value = `${sides.join(' × ')}\u00a0${parts[0]!}`
          const clause = figureClause(sentence, token, quoted)
          figures.push({value, rest: '', clause: clause && unhyphen(clause), from: [sentence.id]})
        }
        i = j - 1
        continue
      }
      // `13 millions de voix`: the multiplier is part of the number, the noun after `de` what it counts.
      if (parts.length === 0 && MULTIPLIERS.has(tokens[j]?.lower ?? '') && tokens[j + 1] && ['de', 'd’'].includes(tokens[j + 1]!.lower)) {
        parts.push(tokens[j]!.text)
        j++
      }
      const noun = tokens[j]
      // After a multiplier, what it counts follows as a complement (`de voix`, below).
      const multiplied = parts.length === 1 && MULTIPLIERS.has(parts[0]!)
      if (!multiplied && noun && noun.kind === 'word' && !noun.stop && !VERBISH.has(noun.lower) && /^\p{Ll}/u.test(noun.text) && isNounToken(noun, tokens[j + 1])) {
        parts.push(noun.text)
        j++
        // `neuf dernières enquêtes`: an adjective before the counted noun keeps its noun.
        const following = tokens[j]
        if (following && following.kind === 'word' && following.pos === 'NOUN' && !following.stop && !VERBISH.has(following.lower) && /^\p{Ll}{3,}/u.test(following.text) && following.start - tokens[j - 1]!.end <= 1) {
          parts.push(following.text)
          j++
        }
      } else if (parts.length === 0) {
        // `2 700 000 de Libyens`: a count in millions takes `de` before what it counts.
        const of = tokens[j + 1]
        const millions = token.kind === 'number' && token.text.replace(/\D/gu, '').length >= 7 && !/[.,]/u.test(token.text)
        if (!millions || !noun || !['de', 'd’'].includes(noun.lower) || !of || of.kind !== 'word' || of.stop || VERBISH.has(of.lower) || !/[sx]$/u.test(of.lower) || !(nounInfo(of.lower).known || /^\p{Lu}\p{Ll}+$/u.test(of.text))) continue
        parts.push(sentence.text.slice(noun.start - sentence.start, of.end - sentence.start))
        j += 2
      }
      for (let chain = 0; chain < 2; chain++) {
        const de = tokens[j]
        if (!de || !['de', 'd’', 'du', 'des'].includes(de.lower)) break
        let k = j + 1
        const det = tokens[k]
        if (det && ['la', 'l’', 'son', 'sa', 'ses', 'leur', 'leurs'].includes(det.lower)) k++
        const head = tokens[k]
        // Not a comparison (`deux mineurs de moins de 14 ans`), whose other term the figure does not carry.
        if (!head || head.kind !== 'word' || head.stop || VERBISH.has(head.lower) || ORDINALS.has(head.lower.replace(/\u00ad/gu, '')) || COMPARATIVES.has(head.lower) || !nounInfo(head.lower).known) break
        // Token offsets count from the block, the sentence text from its own start.
        parts.push(sentence.text.slice(de.start - sentence.start, head.end - sentence.start))
        j = k + 1
      }
      const before = tokens[i - 1]
      const qualifier = before && QUALIFIERS.has(before.lower) ? before : undefined
      // `plus de 200 témoignages` is no `200 témoignages`: a bound stays with its number.
      const bound = boundBefore(tokens, i)
      // `Quelques 2 700 000` is an estimate, as `environ` says it.
      const number = spelled ? sentence.text.slice(token.start - sentence.start, tokens[last]!.end - sentence.start).toLowerCase() : token.text
      const value = range ? `${range}${number}` : bound + (qualifier && ['environ', 'quelque', 'quelques'].includes(qualifier.lower) ? 'environ ' : '') + number
      let rest = ''
      let first = true
      for (const part of parts) {
        rest += first && part === '%' ? `\u00a0${part}` : ` ${part}`
        first = false
      }
      // `trois dimensions` and `3 dimensions` are one figure.
      const key = `${last === i ? (fr.SPELLED_NUMBER_VALUES[token.lower] ?? token.text) : number} ${parts[0] ?? ''}`
      if (seen.has(key) || seen.has(number)) continue
      seen.add(key)
      seen.add(number)
      const unitPart = rest.startsWith('\u00a0%') ? '\u00a0%' : ''
      const clause = figureClause(sentence, token, quoted)
      figures.push({value: value + unitPart, rest: unhyphen(rest.slice(unitPart.length).trim()), clause: clause && unhyphen(clause), from: [sentence.id]})
    }
  }
  return figures
}

/** The clause around a figure's number, when it reads well alone and is no quoted speech. */
function figureClause(sentence: Sentence, token: Token, quoted: ReadonlySet<number>): string | undefined {
  return quoted.has(sentence.id) ? undefined : clauseAround(sentence.text, token.start - sentence.start, 22)
}

/** `plus de`, `moins de`, `près de` before a number (the qualifiers that end on `de`): a bound its figure keeps. */
const BOUNDS: ReadonlySet<string> = new Set(fr.NUMBER_QUALIFIERS.filter((qualifier) => qualifier.endsWith(' de')).map((qualifier) => qualifier.split(' ')[0]!))

/** What `findFigures` may put before a number: an estimate or a bound. */
const BEFORE_NUMBER = new RegExp(`^(?:environ |au moins |(?:${[...BOUNDS].join('|')}) de )`, 'u')

/**
 * The bound the article puts before the number at `i` (`plus de `, `au moins `), or `''`.
 * `pas moins de 8 000 postes` says 8 000 and more: no `moins de` then.
 */
function boundBefore(tokens: readonly Token[], i: number): string {
  const [before, bound] = [tokens[i - 1]?.lower, tokens[i - 2]?.lower]
  if (before === 'moins' && bound === 'au') return 'au moins '
  if ((before === 'de' || before === 'd’') && bound !== undefined && BOUNDS.has(bound) && tokens[i - 3]?.lower !== 'pas') return `${bound} de `
  return ''
}

/** A figure's number without the estimate or bound before it (`plus de 200` → `200`, `au moins quinze` → `quinze`). */
export function bareValue(value: string): string {
  return value.replace(BEFORE_NUMBER, '')
}

/** Nouns of a rounded count (`une vingtaine`, `des centaines`), singular after `un`/`une`, plural after `des`, `plusieurs`, `quelques`. */
const ROUNDED: ReadonlySet<string> = new Set(['dizaine', 'douzaine', 'quinzaine', 'vingtaine', 'trentaine', 'quarantaine', 'cinquantaine', 'soixantaine', 'centaine', 'millier'])

/**
 * Whether a rounded count opens at `i` (`une quarantaine de personnes`, `des milliers de
 * manifestants`): its determiner, its noun, `de` and the plural noun it counts, which the
 * lexicon knows (not `une quarantaine sanitaire`, `la centaine`).
 */
function roundedCount(tokens: readonly Token[], i: number): boolean {
  // (Called on every token: the determiner is checked before anything else is read.)
  const det = tokens[i]!.lower
  const one = det === 'un' || det === 'une'
  if (!one && det !== 'des' && det !== 'plusieurs' && det !== 'quelques') return false
  const noun = tokens[i + 1]?.lower ?? ''
  if (!(one ? ROUNDED.has(noun) : noun.endsWith('s') && ROUNDED.has(noun.slice(0, -1)))) return false
  const of = tokens[i + 2]?.lower
  const counted = tokens[i + 3]
  if ((of !== 'de' && of !== 'd’') || !counted) return false
  return counted.kind === 'word' && !counted.stop && /^\p{Ll}+[sx]$/u.test(counted.lower) && nounInfo(counted.lower).known
}

/** Words that make up a number written out, besides those that count alone (`deux`, `vingt`, `cent`). */
const NUMBER_PARTS: ReadonlySet<string> = new Set(['un', 'cents', 'vingts', 'mille', 'dix-sept', 'dix-huit', 'dix-neuf', 'soixante-dix', 'quatre-vingt', 'quatre-vingts', 'quatre-vingt-dix'])

/** Whether a word is a number written out (`vingt`, `trente-trois`, `quatre-vingts`). */
function spelledNumber(word: string): boolean {
  return NUMBER_WORDS.has(word) || (word.includes('-') && word.split('-').every((part) => NUMBER_WORDS.has(part) || NUMBER_PARTS.has(part) || part === 'et'))
}

/** The last token of the number written out from `i` on (`deux cent mille`, `trois cents trente-trois`). */
function lastNumberWord(tokens: readonly Token[], i: number): number {
  let last = i
  for (;;) {
    const next = tokens[last + 1]
    if (!next || next.start - tokens[last]!.end > 1) return last
    if (spelledNumber(next.lower) || NUMBER_PARTS.has(next.lower)) last++
    else if (next.text === '-' && tokens[last + 2] && (spelledNumber(tokens[last + 2]!.lower) || NUMBER_PARTS.has(tokens[last + 2]!.lower))) last += 2
    // `vingt et un`, `soixante et onze`; not `deux et trois ans`, two numbers.
    else if (next.lower === 'et' && ['un', 'une', 'onze'].includes(tokens[last + 2]?.lower ?? '')) last += 2
    else return last
  }
}

/**
 * A time of day that dates a clause (`à 13h02, heure française`, `vers 16h45 UTC`), not a duration
 * (`de 3 h 30`, `jusqu’à 10 h`): only after `à`, `vers` or `dès`.
 */
const TIME_RE = /(?<![’'\p{L}])(?:à|vers|dès)\s+([01]?\d|2[0-3])\s?h\s?([0-5]\d)?(?:\s(?:UTC|GMT))?(?:,\sheure\s(?:française|locale|de\sParis))?(?![\p{L}\d])/giu

/** Who the article's people are and what `il`/`elle` stands for, sentence by sentence: what dates and quotations are attached to. */
interface People {
  names: readonly string[]
  antecedents: ReadonlyMap<number, string>
}

function findEvents(sentences: readonly Sentence[], analysis: Pick<Analysis, 'blocks'>, title: string | undefined, quoted: ReadonlySet<number>, people: People): {events: DatedEvent[]; main: Phrase | undefined} {
  const events: DatedEvent[] = []
  let main: Phrase | undefined
  let year = 0
  let lastMonth = 0
  // The day the times of a sentence belong to: its own date, else the last one given.
  let day = 0
  const seenDates = new Set<string>()
  const {names, antecedents} = people
  for (const sentence of sentences) {
    const antecedent = antecedents.get(sentence.id)
    const dayBefore = day
    for (const match of sentence.text.matchAll(DATE_RE)) {
      const index = match.index ?? 0
      const weekdayBefore = WEEKDAY_BEFORE.exec(sentence.text.slice(0, index))
      const start = weekdayBefore ? index - weekdayBefore[0].length + (weekdayBefore[0].length - weekdayBefore[0].trimStart().length) : index
      const date = sentence.text.slice(start, index + match[0].length).replace(/^en\s+/iu, '')
      const dayText = match[1] ?? match[8]
      const monthName = (match[2] ?? match[4] ?? '').toLowerCase()
      const y = Number(match[3] ?? match[5] ?? match[6] ?? 0)
      // A year alone (`comme en 2004`) is a reference to the past, not the year of the dates after it.
      if (match[3] || match[5]) year = y
      const month = monthName ? MONTHS.indexOf(monthName) + 1 : match[7] ? lastMonth : 0
      if (month) lastMonth = month
      if (match[7] && !month) continue
      const dayOfMonth = dayText ? (dayText === '1er' ? 1 : Number(dayText)) : 0
      const key = (y || year) * 10_000 + month * 100 + dayOfMonth
      if (dayOfMonth > 0 && day === dayBefore) day = key
      const full = y > 0 && month > 0 && dayOfMonth > 0
      const after = trimStartWhere(sentence.text.slice(index + match[0].length), isSpace)
      const dateline = index === 0 && '-–—'.includes(trimStartWhere(after.startsWith('.') ? after.slice(1) : after, isSpace)[0] ?? 'x')
      if (!main && (full || dateline)) main = {text: date, from: [sentence.id]}
      if (seenDates.has(date) || inQuotation(sentence, start, quoted)) continue
      // The last day of a range or a list (`les 9 et 10 juillet`, `du 9 au 12 juillet`) is no date of
      // its own, and the clause without it would keep the first day alone (`tiendra les 9 et …`).
      if (/\d(?:er)?\s*(?:et|au|à|ou|,|-|–)\s*$/u.test(sentence.text.slice(0, start))) continue
      let clause: string | undefined
      let kind: DatedEvent['kind'] = 'clause'
      if (dateline) {
        clause = title
        kind = 'phrase'
      } else {
        const phrase = phraseBefore(sentence, start)
        if (phrase) {
          clause = phrase
          kind = 'phrase'
        } else {
          // After a dateline (`22 juin 2012. - Le 30 juin, …`), the sentence starts past its dash.
          const opening = DATELINE_RE.exec(sentence.text)
          const from = opening && opening[0].length <= start ? opening[0].length : 0
          clause = clauseWithout(withoutTrailing(sentence.text.slice(from, start), DATE_PREPOSITIONS), sentence.text.slice(index + match[0].length), antecedent, names)
        }
      }
      if (!clause || analysis.blocks.length === 0) continue
      seenDates.add(date)
      events.push({date, key, clause, kind, from: [sentence.id]})
    }
    for (const match of sentence.text.matchAll(TIME_RE)) {
      const start = match.index ?? 0
      // A time in brackets restates the one before it in another zone (`13h02 (12h02 UTC)`).
      if (day === 0 || sentence.text.slice(0, start).trimEnd().endsWith('(') || inQuotation(sentence, start, quoted)) continue
      // `à 13h02, heure française` is labelled `À 13h02`.
      const comma = match[0].indexOf(',')
      const date = capitalizeFirst(comma < 0 ? match[0] : match[0].slice(0, comma))
      if (seenDates.has(date)) continue
      const clause = clauseWithout(sentence.text.slice(0, start), sentence.text.slice(start + match[0].length), antecedent, names)
      if (!clause || events.some((event) => event.clause === clause)) continue
      seenDates.add(date)
      const minutes = Number(match[1]) * 60 + Number(match[2] ?? 0)
      events.push({date, key: day + minutes / 10_000, clause, kind: 'clause', from: [sentence.id]})
    }
  }
  events.sort((a, b) => a.key - b.key)
  return {events, main}
}

/**
 * The clause a date or a time was taken out of, from the text before it and the text after it:
 * with the commas around it (`après avoir entendu, vers 16h45 UTC, deux …` → `après avoir entendu
 * deux …`) and without asides in brackets; the clause before it alone when the text after it goes
 * on with another verb (`il lance le programme ACE | en 1945 | et entre à …`).
 */
function clauseWithout(before: string, after: string, antecedent: string | undefined, people: readonly string[]): string | undefined {
  const aside = /\([^()]*\)/gu
  let head = trimEndWhere(tidySpaces(before.replace(aside, '')), isSpace)
  let tail = trimStartWhere(tidySpaces(after.replace(aside, '')), isSpace)
  if ((head === '' || head.endsWith(',')) && tail.startsWith(',')) {
    head = head.slice(0, -1)
    tail = trimStartWhere(tail.slice(1), isSpace)
  }
  const undated = (clause: string | undefined) => (clause && !ANY_DATE.test(clause) && !ANY_TIME.test(clause) ? clause : undefined)
  // `En février 2009, selon le Groupe France Télécom, le réseau enregistrait …`: the clause after the
  // source, which the event keeps (`selon le Groupe France Télécom, le réseau enregistrait …`).
  const source = head === '' ? /^(selon [^,;:«»()]{3,60}),\s*/iu.exec(tail) : null
  if (source) {
    const rest = tail.slice(source[0].length)
    const clause = undated(clauseAround(rest, 0, 14, antecedent, people))
    return clause ? `${lowercaseFirst(source[1]!)}, ${clause}` : undefined
  }
  if (head !== '' && /^(?:et|où|puis)\s/u.test(tail)) {
    const alone = undated(clauseAround(head, head.length - 1, 14, antecedent, people))
    if (alone) return alone
  }
  const without = tidySpaces(`${head} ${tail}`)
  // A clause that holds another date is that date's event (`… lance le programme ACE en 1945 et entre …`).
  return undated(clauseAround(without, Math.min(head.length, without.length - 1), 14, antecedent, people))
}

const ANY_DATE = new RegExp(DATE_RE.source, 'iu')
/** A dateline opening a sentence, with its dash (`22 juin 2012. - `). */
const DATELINE_RE = /^[^.]{0,30}\.\s[-–—]\s/u
const ANY_TIME = new RegExp(TIME_RE.source, 'iu')

/** The people the article names, each with the other forms of its name (`Turing` for `Alan Turing`). */
function personNamesOf(entities: readonly Entity[]): {name: string; forms: string[]}[] {
  const persons = entities.filter((entity) => entity.kind === 'person').map((entity) => entity.text)
  const full = persons.filter((name) => !persons.some((other) => other !== name && other.endsWith(` ${name}`)))
  return full.map((name) => ({name, forms: [name, ...persons.filter((other) => name.endsWith(` ${other}`))]}))
}

/**
 * What `il`/`elle` opening a sentence stands for, by sentence id: the person the sentence before
 * opens on, or the one its own `il`/`elle` stood for (`Marc Guillemot … . Arrivé à 0h50, il a
 * annoncé … . Il a précisé …`); never carried through quoted speech.
 */
function antecedentsOf(sentences: readonly Sentence[], persons: readonly {name: string; forms: string[]}[], quoted: ReadonlySet<number>): Map<number, string> {
  const found = new Map<number, string>()
  for (let i = 1; i < sentences.length; i++) {
    const previous = sentences[i - 1]!
    // A sentence that opens inside a quotation is the speaker's: its `il` may be anyone (`Il reste un moignon`).
    if (inQuotation(previous, 0, quoted)) continue
    const person = subjectPerson(previous, persons) ?? (opensOnPronoun(previous.text) ? found.get(previous.id) : undefined)
    if (person) found.set(sentences[i]!.id, person)
  }
  return found
}

/** The openings of a sentence where its subject may stand: its start, after a dateline, after a short fronted adjunct. */
function openingsOf(sentence: string): string[] {
  const text = sentence.replace(/^[^.]{0,30}\.\s[-–—]\s/u, '')
  const comma = text.indexOf(', ')
  return [text, ...(comma > 0 && comma < 40 ? [text.slice(comma + 2)] : [])]
}

function opensOnPronoun(sentence: string): boolean {
  return openingsOf(sentence).some((text) => /^(?:il|elle)\s/iu.test(text))
}

/**
 * The person a sentence is about when it opens on a name (`Marc Guillemot (Safran), qui …`, `En
 * 1950, Alan Turing explore …`) and names no one else: what `il`/`elle` stands for in the next one.
 */
function subjectPerson(sentence: Sentence | undefined, persons: readonly {name: string; forms: string[]}[]): string | undefined {
  if (!sentence) return undefined
  const named = persons.filter((person) => person.forms.some((form) => sentence.text.includes(form)))
  if (named.length !== 1) return undefined
  const person = named[0]!
  // After a dateline (`11 novembre 2012. - Marc Guillemot …`) or a short fronted adjunct (`En 1950, Alan Turing …`).
  return openingsOf(sentence.text).some((text) => text.startsWith(person.name) && /^[\s,(]/u.test(text.slice(person.name.length))) ? person.name : undefined
}

/**
 * The noun phrase a date is attached to (`la grande parade des nations celtes le dimanche 5 août`):
 * from the nearest determiner before the date, with no verb or punctuation in between.
 */
function phraseBefore(sentence: Sentence, dateStart: number): string | undefined {
  const before = sentence.tokens.filter((token) => token.end - sentence.start <= dateStart)
  let last = before.length - 1
  // Only `<phrase> le <date>`: the date is attached to the phrase right before it.
  if (before[last]?.lower !== 'le') return undefined
  last--
  const isDet = (token: Token | undefined) => token !== undefined && ['la', 'le', 'les', 'l’', 'une', 'un'].includes(token.lower) && (token.pos === undefined || token.pos === 'DET')
  let det = -1
  for (let k = last, seen = 0; k >= 0 && seen < 12; k--, seen++) {
    const token = before[k]!
    if (token.kind === 'punct' || token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'CCONJ' || token.pos === 'PRON' || VERBISH.has(token.lower)) break
    if (isDet(token)) {
      det = k
      // Go on through a complement (`la célébration des 60 ans du Bagad`): the phrase starts at the outer determiner.
      const previous = before[k - 1]
      if (!previous || !['de', 'd’', 'du', 'des'].includes(previous.lower)) break
    }
  }
  if (det < 0 || last - det < 1) return undefined
  const preposition = before[det - 1]
  // A phrase governed by a preposition (`à la suite des élections`) is not what happened.
  if (preposition && (preposition.pos === 'ADP' || ['à', 'de', 'dans', 'en', 'par', 'pour', 'sur', 'avec'].includes(preposition.lower))) return undefined
  if (['de', 'd’', 'du', 'des', 'à', 'au', 'aux'].includes(before[last]!.lower)) return undefined
  return unhyphen(sentence.text.slice(before[det]!.start - sentence.start, before[last]!.end - sentence.start))
}

const SPEAKER_DETERMINERS: ReadonlySet<string> = new Set(['le', 'la', 'l’', 'les', 'un', 'une'])

/** Words that end a described speaker (`la ministre` in `la ministre à l’AFP`, `la ministre lors de …`). */
const PHRASE_ENDS: ReadonlySet<string> = new Set(['à', 'au', 'aux', 'avant', 'après', 'dans', 'sur', 'lors', 'pendant', 'devant', 'avec', 'par', 'pour', 'en', 'hier', 'ce', 'cette', ...fr.WEEKDAYS])

/** A name of the article found in a stretch of text. */
interface NameHit {
  name: string
  at: number
  end: number
  /** The word before it, lower-cased (`de` in `le successeur de X`). */
  prev: string
  /** After a preposition (`le successeur de X`): a complement, not a speaker. */
  complement: boolean
}

/** Who said a quotation, as the article tells it. */
interface Attribution {
  speaker: string
  /** A name of the article, not a description (`le porte-parole de la police`). */
  named: boolean
  /** Opened by `Pour X,`, `Selon X,`, `D’après X,` at the start of the sentence: a whole clause even in lower case. */
  sourced: boolean
}

/** Subject pronouns: a clause that has one has its own subject. */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['il', 'elle', 'ils', 'elles', 'on', 'je', 'j’', 'tu', 'nous', 'vous'])
/** Relative and completive words: what follows them is another clause. */
const RELATIVES: ReadonlySet<string> = new Set(['qui', 'que', 'qu’', 'dont', 'où', 'lequel', 'laquelle'])
/** Words that may stand between a speaker and the verb of saying (`X a pour sa part ajouté`, `» a alors déclaré X`). */
const SPEAKER_LINKS: ReadonlySet<string> = new Set([
  'a', 'ont', 'avait', 'avaient', 'aurait', 'auraient', 'est', 's’est', 'se', 'lui', 'leur', 'qui', 'alors', 'ensuite', 'aussi',
  'également', 'cependant', 'pourtant', 'notamment', 'encore', 'enfin', 'déjà', 'ainsi', 'toutefois', 'néanmoins', 'aussitôt', 'plus', 'tard'
])
const LINK_PHRASES: readonly string[] = ['de son côté', 'de leur côté', 'pour sa part', 'pour leur part', 'quant à lui', 'quant à elle', 'à son tour', 'à leur tour']
/** Prepositions that give the source of a quotation at the start of a sentence (`Pour Obama, « … »`). */
const SOURCE_WORDS: ReadonlySet<string> = new Set(['pour', 'selon', 'd’après'])
/** Words that may open a sentence before `pour`, `selon` or `d’après`. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['mais', 'et', 'or', 'ainsi', 'donc', 'enfin', 'cependant', 'pourtant', 'toutefois', 'aussi'])
/** Endings of participles and conjugated verbs: a name right after one is its object (`a reçu Jean Dupont`). */
const VERB_ENDINGS: readonly string[] = ['é', 'ée', 'és', 'ées', 'u', 'ue', 'us', 'ait', 'aient']

/** The words of `text`, lower-cased with `’` for apostrophes, with where they are. */
function wordsOf(text: string): {word: string; start: number; end: number}[] {
  const words: {word: string; start: number; end: number}[] = []
  for (const match of text.matchAll(/[^\s,;:()«»]+/gu)) {
    const start = match.index ?? 0
    words.push({word: match[0].toLowerCase().replace(/'/gu, '’'), start, end: start + match[0].length})
  }
  return words
}

/** Whether a character is a letter. */
function isLetter(char: string | undefined): boolean {
  return char !== undefined && /\p{L}/u.test(char)
}

/** Every occurrence of the names in `chunk`, whole words only. */
function nameHits(chunk: string, names: Iterable<string>): NameHit[] {
  const hits: NameHit[] = []
  for (const name of names) {
    for (let at = chunk.indexOf(name); at >= 0; at = chunk.indexOf(name, at + 1)) {
      if (isLetter(chunk[at - 1]) || isLetter(chunk[at + name.length])) continue
      const prev = lastWord(chunk.slice(0, at)).word.toLowerCase().replace(/'/gu, '’')
      const complement = COMPLEMENT_MARKERS.has(prev) || prev.endsWith('d’')
      hits.push({name, at, end: at + name.length, prev, complement})
    }
  }
  return hits
}

/** The hit nearest to the end of the chunk (the longer name on a tie: `B. Obama` over `Obama`). */
function lastHit(hits: readonly NameHit[]): NameHit | undefined {
  let best: NameHit | undefined
  for (const hit of hits) if (!best || hit.end > best.end || (hit.end === best.end && hit.at < best.at)) best = hit
  return best
}

/**
 * The names a block may use for its speakers: the speakers, and their surname after an initial
 * (`B. Obama`), which stands for the speaker whose first name has that initial when only one does.
 */
function namesOfBlock(text: string, speakers: readonly string[]): Map<string, string> {
  const names = new Map(speakers.map((name) => [name, name]))
  const surnames = new Set(speakers.map((name) => lastWord(name).word).filter((word) => /^\p{Lu}\p{Ll}/u.test(word)))
  for (const surname of surnames) {
    for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
      const dot = text[at - 1] === ' ' ? at - 2 : at - 1
      const initial = text[dot - 1] ?? ''
      if (text[dot] !== '.' || !/^\p{Lu}$/u.test(initial) || isLetter(text[dot - 2]) || isLetter(text[at + surname.length])) continue
      const literal = text.slice(dot - 1, at + surname.length)
      // `M.` is as often `Monsieur` as an initial: it stays as written.
      const full = initial === 'M' ? [] : speakers.filter((name) => name !== surname && lastWord(name).word === surname && name.startsWith(initial))
      names.set(literal, full.length === 1 ? full[0]! : literal)
    }
  }
  return names
}

/** Where the sentence (or `;` clause) holding `at` starts; the dot of an initial (`B. Obama`) ends nothing. */
function clauseStart(text: string, at: number): number {
  for (let k = at - 1; k >= 1 && at - k < 300; k--) {
    if (!isSpace(text[k]!) || !'.!?;…'.includes(text[k - 1]!)) continue
    if (text[k - 1] === '.' && /^\p{Lu}$/u.test(text[k - 2] ?? '') && !isLetter(text[k - 3])) continue
    return k + 1
  }
  return Math.max(0, at - 300)
}

/** The first sentence of `text` (up to `.`, `!`, `?`, `;` followed by a space or the end, not the dot of an initial). */
function firstSentence(text: string): string {
  for (let k = 0; k < text.length; k++) {
    if (!'.!?;'.includes(text[k]!) || (k + 1 < text.length && !isSpace(text[k + 1]!))) continue
    if (text[k] === '.' && /^\p{Lu}$/u.test(text[k - 1] ?? '') && !isLetter(text[k - 2])) continue
    return text.slice(0, k + 1)
  }
  return text
}

/**
 * Whether `between` only links a speaker to a verb of saying: an apposition between commas
 * (`, responsable de l’organisation,`) and words like `a`, `pour sa part`, `alors`.
 */
function linksTo(between: string): boolean {
  let rest = between
  const first = rest.indexOf(',')
  if (first >= 0) {
    const last = rest.lastIndexOf(',')
    if (rest.slice(0, first).trim() !== '') return false
    const apposition = wordsOf(rest.slice(first + 1, last))
    if (apposition.length > 20 || rest.includes('«') || rest.includes('»') || apposition.some((w) => SUBJECT_PRONOUNS.has(w.word))) return false
    rest = rest.slice(last + 1)
  }
  let words = ` ${wordsOf(rest).map((w) => w.word).join(' ')} `
  for (const phrase of LINK_PHRASES) words = words.replace(` ${phrase} `, ' ')
  return words.split(' ').every((word) => word === '' || SPEAKER_LINKS.has(word))
}

/** An apposition after a name (`, son secrétaire général`): a short noun phrase, no verb, no clause. */
function isApposition(text: string): boolean {
  const words = wordsOf(text)
  const first = words[0]?.word ?? ''
  if (words.length === 0 || words.length > 8 || text.includes('«') || text.includes(',')) return false
  if (!DEFINITE_OF[first] && (STOP.has(first) || !/^\p{Ll}/u.test(first))) return false
  return !words.some((w) => VERBISH.has(w.word) || SUBJECT_PRONOUNS.has(w.word) || RELATIVES.has(w.word))
}

/**
 * The speaker a sentence names before a quotation: `X, …, a déclaré : « … »`,
 * `X déclare en recevant la coupe que « … »`, or a source opening the sentence:
 * `Pour X, « … »`, `D’après le ministre, X, « … »`, `comme le précise …, X : « … »`.
 */
function speakerBefore(clause: string, hits: readonly NameHit[]): {name: string; sourced: boolean} | undefined {
  let body = trimEndWhere(clause, isSpace)
  const mark = body.slice(-1)
  if (mark === ':' || mark === ',') body = trimEndWhere(body.slice(0, -1), isSpace)
  const {word, rest} = lastWord(body)
  const que = ['que', 'qu’', 'qu\''].includes(word.toLowerCase())
  if (que) body = trimEndWhere(rest, isSpace)
  if (mark !== ':' && mark !== ',' && !que) return undefined
  const inBody = hits.filter((hit) => hit.end <= body.length)
  const said = saidBy(body, inBody)
  if (said) return {name: said, sourced: false}
  return que ? undefined : sourcedBy(body, inBody)
}

/** `Il a précisé en conférence de presse :`: `il`/`elle`, a verb of saying in the next three words, a colon. */
function pronounSaid(clause: string): boolean {
  const body = trimEndWhere(clause, isSpace)
  if (!body.endsWith(':')) return false
  const words = wordsOf(body)
  return /^(?:il|elle)$/iu.test(words[0]?.word ?? '') && words.slice(1, 4).some((w) => SPEECH.has(w.word) && !SOURCE_WORDS.has(w.word))
}

/** `X, …, a déclaré` / `X déclare en recevant la coupe`: the name, then the verb of saying a few words before the end. */
function saidBy(body: string, hits: readonly NameHit[]): string | undefined {
  const words = wordsOf(body)
  for (let v = words.length - 1; v >= 0 && v >= words.length - 7; v--) {
    const verb = words[v]!
    if (body.slice(verb.end).includes('«') || words.slice(v + 1).some((w) => SUBJECT_PRONOUNS.has(w.word) || RELATIVES.has(w.word))) return undefined
    const saying = (SPEECH.has(verb.word) && !SOURCE_WORDS.has(verb.word)) || (words.length - v <= 3 && /^\p{Ll}{4,}é$/u.test(verb.word) && !STOP.has(verb.word))
    if (!saying) continue
    const hit = lastHit(hits.filter((h) => !h.complement && h.end <= verb.start))
    if (!hit || !linksTo(body.slice(hit.end, verb.start))) return undefined
    // A name right after a verb is its object (`après avoir reçu X, …`).
    const prev = hit.prev
    if (VERBISH.has(prev) || (/^\p{Ll}/u.test(prev) && VERB_ENDINGS.some((ending) => prev.endsWith(ending)))) return undefined
    return hit.name
  }
  return undefined
}

/** `Pour X,` / `Selon le directeur du site X,` / `D’après le ministre, X,` / `comme le précise l’ambassadeur, X :` */
function sourcedBy(body: string, hits: readonly NameHit[]): {name: string; sourced: boolean} | undefined {
  const hit = lastHit(hits)
  if (!hit) return undefined
  const tail = trimStartWhere(body.slice(hit.end), isSpace)
  if (tail !== '' && !(tail.startsWith(',') && isApposition(tail.slice(1)))) return undefined
  const words = wordsOf(body.slice(0, hit.at))
  let lead = words.findIndex((w) => SOURCE_WORDS.has(w.word))
  let sourced = false
  if (lead >= 0) {
    const opening = words.slice(0, lead).every((w) => CLAUSE_OPENERS.has(w.word))
    // `…, selon X, « … »` gives the source, not the start of a sentence.
    if (!opening && !(words[lead]!.word === 'selon' && trimEndWhere(body.slice(0, words[lead]!.start), isSpace).endsWith(','))) return undefined
    sourced = opening
  } else {
    lead = words.findIndex((w, k) => w.word === 'comme' && SPEAKER_DETERMINERS.has(words[k + 1]?.word ?? '') && SPEECH.has(words[k + 2]?.word ?? ''))
    if (lead < 0) return undefined
    lead += 2
  }
  // Between the source and the name, a role (`le ministre du budget,`), no clause.
  const role = words.slice(lead + 1)
  if (role.length > 12 || body.slice(words[lead]!.end, hit.at).includes('«') || role.some((w) => SUBJECT_PRONOUNS.has(w.word) || RELATIVES.has(w.word) || VERBISH.has(w.word) || SPEECH.has(w.word))) return undefined
  // `pour X` is a complement anywhere but at the head of the sentence.
  if (hit.complement && !(hit.prev === 'pour' && role.length === 0 && words[lead]!.word === 'pour')) return undefined
  return {name: hit.name, sourced}
}

/** Whether the verb-like word opening `text` is a verb of saying with an inverted pronoun (`a-t-il précisé`, `affirme-t-elle`). */
function invertedPronoun(word: string): boolean {
  if (!word.includes('-')) return false
  const [verb, pronoun] = word.includes('-t-') ? word.split('-t-') : [word.slice(0, word.lastIndexOf('-')), word.slice(word.lastIndexOf('-') + 1)]
  return (pronoun === 'il' || pronoun === 'elle') && (verb === 'a' || SPEECH.has(verb ?? ''))
}

function findQuotes(sentences: readonly Sentence[], analysis: Pick<Analysis, 'blocks'>, speakers: readonly string[], antecedents: ReadonlyMap<number, string>): Quote[] {
  const quotes: Quote[] = []
  let lastSpeaker: string | undefined
  const byBlock = new Map<number, Sentence[]>()
  for (const sentence of sentences) byBlock.set(sentence.block, [...(byBlock.get(sentence.block) ?? []), sentence])
  for (const [blockId, blockSentences] of byBlock) {
    const text = analysis.blocks[blockId]!.text
    const names = namesOfBlock(text, speakers)
    const spans = guillemetSpans(text)
    const found: (Attribution | undefined)[] = []
    for (const [i, span] of spans.entries()) {
      found.push(undefined)
      if (span.inner.length < 8 || span.inner.length > 400) continue
      const {start, end} = span
      // After the quotation, up to the end of its sentence or the next quotation: a name further on is not its speaker.
      const next = spans[i + 1]
      const after = firstSentence(text.slice(end, Math.min(end + 90, next ? next.start : text.length)))
      const afterWords = wordsOf(after)
      const verbAt = afterWords.findIndex((w) => SPEECH.has(w.word) || invertedPronoun(w.word))
      // The verb of saying comes first (`» a de son côté déclaré X`), not in a later clause.
      const speechAfter = verbAt >= 0 && linksTo(after.slice(0, afterWords[verbAt]!.start))
      let attribution: Attribution | undefined
      if (speechAfter) {
        const verb = afterWords[verbAt]!
        const rest = afterWords.slice(verbAt + 1)
        const pronoun = invertedPronoun(verb.word) || SUBJECT_PRONOUNS.has(rest[0]?.word ?? '')
        // `», a-t-elle déclaré`: the last speaker, whatever name follows.
        const hit = pronoun ? undefined : nameHits(after, names.keys()).filter((h) => !h.complement && h.at >= verb.end).sort((a, b) => a.at - b.at || b.end - a.end)[0]
        const clauseAfter = hit && wordsOf(after.slice(verb.end, hit.at)).some((w) => SUBJECT_PRONOUNS.has(w.word) || RELATIVES.has(w.word))
        if (hit && !clauseAfter) attribution = {speaker: hit.name, named: true, sourced: false}
        else if (pronoun && lastSpeaker) attribution = {speaker: lastSpeaker, named: true, sourced: false}
      }
      if (!attribution) {
        const clause = text.slice(clauseStart(text, start), start)
        const before = speakerBefore(clause, nameHits(clause, names.keys()))
        if (before) attribution = {speaker: before.name, named: true, sourced: before.sourced}
        // `Il a précisé en conférence de presse : « … »` in a sentence whose `il` is known.
        const sentence = blockSentences.find((candidate) => candidate.start <= start && start < candidate.end)
        const antecedent = sentence && antecedents.get(sentence.id)
        if (!attribution && antecedent && pronounSaid(clause)) attribution = {speaker: antecedent, named: true, sourced: false}
      }
      // No name, but a speaker the article describes (`a indiqué un porte-parole de la police`).
      if (!attribution && speechAfter) {
        const described = describedSpeaker(after)
        if (described) attribution = {speaker: described, named: false, sourced: false}
      }
      if (attribution) lastSpeaker = attribution.speaker
      found[i] = attribution
    }
    // `« … » : « … » dénonce X`: quotations joined by a colon are one declaration, with one speaker
    // (the name when the article gives one, else the description).
    for (let i = 0; i < spans.length; ) {
      let j = i
      while (j + 1 < spans.length && text.slice(spans[j]!.end, spans[j + 1]!.start).trim() === ':') j++
      const group = found.slice(i, j + 1).filter((a): a is Attribution => a !== undefined)
      const named = new Set(group.filter((a) => a.named).map((a) => a.speaker))
      const described = new Set(group.filter((a) => !a.named).map((a) => a.speaker))
      const speaker = named.size === 1 ? [...named][0] : named.size === 0 && described.size === 1 ? [...described][0] : undefined
      if (j > i && speaker) for (let k = i; k <= j; k++) found[k] = {speaker, named: named.size === 1, sourced: found[k]?.sourced ?? false}
      i = j + 1
    }
    for (const [i, span] of spans.entries()) {
      const attribution = found[i]
      if (!attribution) continue
      let excerpt = quoteExcerpt(span.inner)
      if (!excerpt) continue
      // A quoted fragment woven into the article's syntax (`jusqu’« à 500 millions à long terme »`)
      // does not stand alone as a declaration; after `Pour X,` a quotation that ends the sentence does.
      if (!/^\p{Lu}/u.test(excerpt)) {
        const closes = '.;:!?…'.includes(trimStartWhere(text.slice(span.end), isSpace)[0] ?? '.')
        if (!attribution.sourced || !closes) continue
        excerpt = excerpt.slice(0, 1).toUpperCase() + excerpt.slice(1)
      }
      const sentence = blockSentences.find((s) => s.start <= span.start && span.start < s.end) ?? blockSentences[0]!
      if (quotes.some((q) => q.text === excerpt)) continue
      quotes.push({text: excerpt, more: laterSentence(span.inner, excerpt), speaker: names.get(attribution.speaker) ?? attribution.speaker, from: [sentence.id]})
    }
  }
  return quotes
}

/**
 * The speaker a verb of saying right after a quotation names by a noun phrase
 * (`» a indiqué un porte-parole de la police.` → `un porte-parole de la
 * police`): up to the next punctuation, 2 to 7 words, lower-case after its
 * determiner except for names.
 */
function describedSpeaker(after: string): string | undefined {
  const words = after.replace(/^[\s»,]+/u, '').split(/\s+/u).slice(0, 12)
  let k = 0
  // `a-t-il précisé`, `a indiqué`, `précise` …
  while (k < 2 && (words[k] === 'a' || words[k] === 'ont' || /^a-t-/u.test(words[k] ?? ''))) k++
  if (!SPEECH.has((words[k] ?? '').toLowerCase())) return undefined
  const phrase: string[] = []
  for (const word of words.slice(k + 1)) {
    const clean = trimEndWhere(word, (char) => '.,;:!?»«()'.includes(char))
    // `a déclaré la ministre à l’AFP`, `le ministre qui …`: the phrase ends before the complement or the clause.
    if (phrase.length > 0 && (RELATIVES.has(clean.toLowerCase()) || PHRASE_ENDS.has(clean.toLowerCase()))) break
    if (clean !== '') phrase.push(clean)
    if (clean !== word || phrase.length >= 7) break
  }
  // `le président et le premier ministre`, `la ministre a ensuite …`: not one speaker.
  if (phrase.some((word) => word === 'et' || VERBISH.has(word.toLowerCase()))) return undefined
  const first = phrase[0]?.toLowerCase().replace(/'/gu, '’') ?? ''
  const elided = /^l[’']/u.test(first)
  if (phrase.length < 2 && !elided) return undefined
  if (!SPEAKER_DETERMINERS.has(elided ? 'l’' : first)) return undefined
  // `a indiqué la police, qui …` : a phrase cut by a clause is still the speaker; one that
  // runs on without a mark past seven words is not a phrase.
  if (phrase.length >= 7) return undefined
  const text = phrase.join(' ')
  return text.slice(0, 1).toLowerCase() + text.slice(1)
}

/** A sentence of the quotation after its excerpt, whole, 5 to 16 words. */
function laterSentence(quote: string, excerpt: string): string | undefined {
  const clean = quote.replace(/\s+/gu, ' ').trim()
  const sentences = clean.match(/[^.!?…]+[.!?…]+|[^.!?…]+$/gu) ?? []
  for (const sentence of sentences.slice(1)) {
    const text = sentence.trim().replace(/[.]$/u, '')
    const words = text.split(' ').length
    if (words >= 5 && words <= 16 && !excerpt.includes(text) && /^\p{Lu}/u.test(text)) return text
  }
  return undefined
}

/** Words an excerpt may not end on: the dangling words, and connectives, pronouns, possessives waiting for what follows. */
const EXCERPT_DANGLING: ReadonlySet<string> = new Set([
  ...DANGLING, 'mais', 'près', 'très', 'plus', 'moins', 'ne', 'n’', 'se', 's’', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'je',
  'j’', 'a', 'est', 'sont', 'avec', 'dans', 'comme', 'car', 'donc', 'or', 'si', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cet', 'cette',
  'ces', 'notre', 'nos', 'votre', 'vos', 'mon', 'ma', 'mes', 'y', 'lui', 'dont', 'où', 'quand', 'lorsque', 'puisque', 'parce'
])

/** `text` without its trailing dangling words and numbers (`de près de 2` of `de près de 2 000`). */
function withoutDangling(text: string): string {
  let current = trimEndWhere(text, isSpace)
  for (;;) {
    const {word, rest} = lastWord(current)
    if (word === '' || !(EXCERPT_DANGLING.has(word.toLowerCase().replace(/'/gu, '’')) || /^\d+$/u.test(word))) return current
    current = trimEndWhere(rest, isSpace)
  }
}

/** The start of a quotation, at most ~12 words, cut at a clause boundary, marked `[…]` when cut. */
function quoteExcerpt(quote: string): string | undefined {
  const clean = quote.replace(/\s+/gu, ' ').trim()
  const words = clean.split(' ')
  if (words.length < 4) return undefined
  if (words.length <= 12) return clean.replace(/[.]$/u, '')
  const head = words.slice(0, 12).join(' ')
  // A whole first sentence needs no ellipsis.
  const sentenceEnd = /^(.{20,}?[.!?])\s/u.exec(`${head} `)
  if (sentenceEnd) return sentenceEnd[1]!.replace(/[.]$/u, '')
  // The last clause boundary that leaves six words or more and does not open an incise (`mais, pour autant,`).
  const cuts = [...head.matchAll(/[;:]|,(?!\d)/gu)].map((match) => match.index ?? 0).reverse()
  for (const cut of cuts) {
    const piece = withoutDangling(head.slice(0, cut))
    const previous = piece.search(/[,;:](?=[^,;:]*$)/u)
    if (piece.split(' ').length >= 6 && (previous < 0 || piece.slice(previous + 1).trim().split(' ').length >= 3)) return `${piece}…`
  }
  return `${withoutDangling(lastWord(head).rest)}…`
}

/** Whether a role opens on a common noun (after an optional determiner): `professeur de …`, `une démocrate de …`. */
function isRoleNoun(role: string): boolean {
  const words = role.replace(/^(?:un|une|le|la|l’|l')\s*/iu, '').split(/\s+/u)
  // `l’association` alone describes, it does not say what the person or body does.
  if (words.length < 2) return false
  const noun = words[0] ?? ''
  if (!/^\p{Ll}/u.test(noun) || STOP.has(noun) || VERBISH.has(noun) || SPEECH.has(noun)) return false
  if (/(?:ant|é|ée|és|ées)$/u.test(noun) && !nounInfo(noun).known) return false
  return nounInfo(noun).known && !/(?:é|ée|és|ées)$/u.test(noun)
}

/** The apposition right after `name` (`X, professeur de …,`): up to the next punctuation, 6 to 140 characters. */
function appositionAfter(text: string, name: string): string | undefined {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const next = text[at + name.length]
    if (next !== undefined && /[\p{L}\p{N}]/u.test(next)) continue
    const rest = trimStartWhere(text.slice(at + name.length), isSpace)
    if (!rest.startsWith(',')) continue
    const body = trimStartWhere(rest.slice(1), isSpace)
    let end = 0
    while (end < body.length && !',;:.!?«»()'.includes(body[end]!)) end++
    const role = body.slice(0, end).trim()
    if (role.length >= 6 && role.length <= 140) return role
  }
  return undefined
}

function roleOf(name: string, sentences: readonly Sentence[], person: boolean): {role: string; from: number} | undefined {
  const esc = escapeRegExp(name)
  // Apposition after the name: `Jo-Ellen Pozner, professeur de commerce à l’Université de Santa Clara,`
  // Title before the name: `l’hôte David Sacks`, `La représentante Alexandria Ocasio-Cortez`
  const before = new RegExp(`(?:^|\\s)((?:[Ll]e|[Ll]a|[Ll]’|[Ll]'|[Dd]u|[Aa]u)\\s*\\p{Ll}[\\p{L}-]+(?:\\s+de\\s+l’\\p{Ll}[\\p{L}-]+)?)\\s+${esc}(?![\\p{L}])`, 'u')
  // A title opening the sentence, then the name after a comma: `Le président du club, Joey Saputo s’est dit …`
  const opening = new RegExp(`^((?:Le|La|L’|L')\\s*\\p{Ll}[\\p{L}-]+(?:\\s+(?:du|de\\s+la|de\\s+l’|des|de)\\s*\\p{Ll}[\\p{L}-]+){0,2}),\\s+${esc}(?![\\p{L}])`, 'u')
  for (const sentence of sentences) {
    const role = appositionAfter(sentence.text, name)
    if (role) {
      const words = role.split(/\s+/u).length
      if (/^\p{Ll}/u.test(role) && words >= 2 && words <= 14 && isRoleNoun(role)) return {role, from: sentence.id}
    }
    // A title before the name (`l’hôte X`) only for people: before a body it is a description (`l’association X`).
    const b = person ? (opening.exec(sentence.text) ?? before.exec(sentence.text)) : null
    if (b) {
      // `du gardien X` is `le gardien X`.
      const role = lowercaseFirst(b[1]!.replace(/'/gu, '’')).replace(/^l’\s+/u, 'l’').replace(/^(?:du|au)\s/u, 'le ')
      const noun = role.replace(/^(?:le|la|l’)\s*/u, '').split(/\s+/u)[0] ?? ''
      if (nounInfo(noun).known && !VERBISH.has(noun.toLowerCase())) return {role, from: sentence.id}
    }
  }
  return undefined
}

const INSTITUTION_HEADS: ReadonlySet<string> = new Set(fr.INSTITUTION_HEADS)
const INSTITUTIONS_ALONE: ReadonlySet<string> = new Set(fr.INSTITUTIONS_ALONE)
const OFFICES: ReadonlySet<string> = new Set(fr.OFFICES)
/** Endings of the adjectives in the names of institutions (`constitutionnelle`, `européen`, `suprême`). */
const INSTITUTION_ADJECTIVE = /\p{Ll}{3}(?:al|ale|ales|aux|el|elle|elles|ique|iques|ien|ienne|éen|éenne|if|ive|aire|aires|ain|aine|ais|aise|ois|oise|ême|ieur|ieure|iste|uel|uelle|ial|iale|ère|ères|ger)$/u
const OF_WORDS: ReadonlySet<string> = new Set(['de', 'd’', 'du', 'des'])

/**
 * Institutions the article names with an article: a capitalised head
 * (`la Cour constitutionnelle`, `le Parlement européen`, `l’Union
 * européenne`), or an office with a capitalised complement (`au ministre de
 * la Défense` → `le ministre de la Défense`), or `le gouvernement`. Each with
 * the definite article the text uses (`au` → `le`) and how many sentences name it.
 */
function institutionsOf(sentences: readonly Sentence[]): {name: string; from: number[]; mentions: number; alias: string | undefined}[] {
  const found = new Map<string, {name: string; from: number[]; mentions: number; alias: string | undefined}>()
  for (const sentence of sentences) {
    const tokens = sentence.tokens
    const named = new Set<string>()
    for (let i = 0; i + 1 < tokens.length; i++) {
      const definite = DEFINITE_OF[tokens[i]!.lower]
      if (!definite || tokens[i]!.pos !== 'DET' || ['un', 'une', 'son', 'sa', 'ses', 'ce', 'cet', 'cette', 'ces', 'leurs'].includes(tokens[i]!.lower)) continue
      const end = institutionEnd(tokens, i + 1)
      if (end === undefined) continue
      const bare = sentence.text.slice(tokens[i + 1]!.start - sentence.start, tokens[end]!.end - sentence.start)
      const name = withDefinite(definite, bare)
      // An institution is one (`des Congrès` is a piece of `le centre des congrès`).
      if (definite === 'les') continue
      // `le Parti socialiste (PASOK)`: the name the acronym stands for.
      const alias = tokens[end + 1]?.text === '(' && tokens[end + 3]?.text === ')' ? tokens[end + 2]!.text : undefined
      const entry = found.get(bare) ?? {name, from: [sentence.id], mentions: 0, alias}
      if (!named.has(bare)) entry.mentions++
      named.add(bare)
      found.set(bare, entry)
    }
  }
  return [...found.values()]
}

/** The index of the last token of an institution's name whose head is at `head`, if it is one. */
function institutionEnd(tokens: readonly Token[], head: number): number | undefined {
  const first = tokens[head]!
  const lower = first.lower
  const capital = /^\p{Lu}/u.test(first.text)
  if (capital ? !INSTITUTION_HEADS.has(lower) : !OFFICES.has(lower)) return undefined
  let end = head
  // Its adjectives (`Banque centrale européenne`), lower case, no participle.
  while (end - head < 3 && tokens[end + 1] && tokens[end + 1]!.text === tokens[end + 1]!.lower && INSTITUTION_ADJECTIVE.test(tokens[end + 1]!.lower) && ['ADJ', 'NOUN'].includes(tokens[end + 1]!.pos ?? '')) end++
  // Capitalised complements (`de la Défense`, `d’État de Moscou`), with their own adjectives
  // (`des Affaires étrangères`); after a capitalised head, a common noun too (`Confédération générale du travail`).
  let named = false
  for (let complements = 0; complements < 3; complements++) {
    const of = tokens[end + 1]
    if (!of || !OF_WORDS.has(of.lower)) break
    let k = end + 2
    if (tokens[k] && ['la', 'l’'].includes(tokens[k]!.lower) && of.lower !== 'du' && of.lower !== 'des') k++
    const name = tokens[k]
    if (!name || name.kind !== 'word') break
    const common = capital && complements === 0 && k === end + 2 && name.text === name.lower && name.pos === 'NOUN' && nounInfo(name.lower).known
    if (!/^\p{Lu}/u.test(name.text) && !common) break
    end = k
    named ||= !common
    while (!common && tokens[end + 1] && tokens[end + 1]!.kind === 'word' && /^\p{Lu}/u.test(tokens[end + 1]!.text) && tokens[end + 1]!.start - tokens[end]!.end <= 1) end++
    while (end - k < 2 && tokens[end + 1] && tokens[end + 1]!.text === tokens[end + 1]!.lower && INSTITUTION_ADJECTIVE.test(tokens[end + 1]!.lower)) end++
  }
  const next = tokens[end + 1]
  // `l’Université d’État d’hydrométéorologie de Russie`: a name that goes on in lower case would be cut.
  if (named && next && OF_WORDS.has(next.lower) && tokens[end + 2]?.kind === 'word' && !['DET', 'VERB'].includes(tokens[end + 2]!.pos ?? '') && tokens[end + 2]!.text === tokens[end + 2]!.lower) return undefined
  // A capitalised name right after (`le ministre de la Défense Thomas de Maizière`) is a person with a title.
  if (next && next.kind === 'word' && /^\p{Lu}/u.test(next.text)) return undefined
  if (!capital && next?.text === ',' && /^\p{Lu}/u.test(tokens[end + 2]?.text ?? '')) return undefined
  if (end > head) return capital || named || lower === 'gouvernement' || lower === 'parlement' ? end : undefined
  return INSTITUTIONS_ALONE.has(lower) ? end : undefined
}

/**
 * The place a Wikinews title opens on (`Allemagne : l’armée …`), with the
 * article the text gives it, else the one the place takes (`l’Allemagne`);
 * a city stays bare (`Madrid`).
 */
function placeOfTitle(analysis: Pick<Analysis, 'blocks' | 'sentences'>, sentences: readonly Sentence[]): Phrase | undefined {
  const h1 = analysis.blocks.find((block) => block.type === 'heading' && block.depth === 1)
  if (!h1) return undefined
  const colon = /\s:\s/u.exec(h1.text)
  if (!colon || colon.index === 0 || colon.index >= 40) return undefined
  const prefix = h1.text.slice(0, colon.index).trim()
  if (!KNOWN_PLACES.has(prefix.toLowerCase())) return undefined
  const from = analysis.sentences.find((sentence) => sentence.block === h1.id)?.id
  const ids = from === undefined ? [] : [from]
  const written = nounPhrase(prefix, sentences)
  if (written && written.text !== prefix) return {text: written.text, from: ids}
  if (onlyInNames(prefix, sentences)) return undefined
  // A city would go bare (`Madrid`), but the text, which never writes it, does not say whether it is one (`Québec`).
  const article = fr.PLACE_ARTICLES[prefix.toLowerCase()]
  return article ? {text: withDefinite(article, prefix), from: ids} : undefined
}

/** Capitalised words that open a phrase, not a name (`En France`, `À Paris`). */
const NOT_NAMES: ReadonlySet<string> = new Set(['Le', 'La', 'Les', 'Au', 'Aux', 'Du', 'De', 'En', 'À'])

/** Whether `place` is written only inside longer names (`Wikimedia France`, `France 24`): no place of the story then. */
function onlyInNames(place: string, sentences: readonly Sentence[]): boolean {
  let all = 0
  let inName = 0
  for (const {text} of sentences) {
    for (let at = text.indexOf(place); at >= 0; at = text.indexOf(place, at + 1)) {
      const end = at + place.length
      if (isLetter(text[at - 1]) || isLetter(text[end]) || /\p{N}/u.test(text[end] ?? '')) continue
      all++
      const {word} = lastWord(text.slice(Math.max(0, at - 40), at))
      const before = text[at - 1] !== undefined && isSpace(text[at - 1]!) && /^\p{Lu}[\p{L}-]*$/u.test(word) && !NOT_NAMES.has(word)
      const next = trimStartWhere(text.slice(end, end + 10), isSpace)
      const after = end < text.length && isSpace(text[end]!) && /^[\p{Lu}\p{N}]/u.test(next)
      if (before || after) inName++
    }
  }
  return all > 0 && inName >= all
}

/** Prepositions after which a bare capitalised word names a city (`à Homs`, `de Tripoli`, `depuis Damas`). */
const CITY_PREPOSITIONS: ReadonlySet<string> = new Set(['à', 'de', 'depuis', 'vers'])

/**
 * A place the article writes without an article: a country of the known list takes the one it needs
 * (`en Europe` → `l’Europe`, `au Japon` → `le Japon`), unless it only occurs inside longer names
 * (`France 2`); a city stays bare (`à Homs` → `Homs`) when it is one word, no first name, and the
 * narrative writes it after `à`, `de`, `depuis` or `vers` every time (not after `fin à`, `grâce à`).
 * Quoted speech does not count. Otherwise `undefined`: a bare name may be a person's (`revient à
 * Antonis Manitakis`) or a programme's (`mettre fin à Medicare`).
 */
function barePlace(place: string, sentences: readonly Sentence[], quoted: ReadonlySet<number>): Phrase | undefined {
  const from: number[] = []
  let after = 0
  for (const sentence of sentences) {
    const tokens = sentence.tokens
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i]!.text !== place || inQuotation(sentence, tokens[i]!.start - sentence.start, quoted)) continue
      // Inside a longer name (`France 2`, `Air France`, `Homs Street`) it is no place of the story.
      const next = tokens[i + 1]
      const previous = tokens[i - 1]
      if (/^[\p{Lu}\d]/u.test(next?.text ?? '')) continue
      // `Afrique du Sud`, `États d’Afrique de l’Ouest`.
      const after2 = ['la', 'l’', 'l\''].includes(tokens[i + 2]?.lower ?? '') ? tokens[i + 3] : tokens[i + 2]
      if (OF_WORDS.has(next?.lower ?? '') && /^\p{Lu}/u.test(after2?.text ?? '')) continue
      if (previous?.kind === 'word' && /^\p{Lu}/u.test(previous.text) && !previous.functionWord) continue
      if (!from.includes(sentence.id)) from.push(sentence.id)
      const before = previous?.lower.replace(/[’']$/u, '')
      // `à Homs`, not a locution (`mettre fin à Medicare`).
      const preposition = before !== undefined && CITY_PREPOSITIONS.has(before === 'd' ? 'de' : before)
      const locution = before === 'à' && LOCUTION_BEFORE_A.has(tokens[i - 2]?.lower ?? '')
      if (preposition && !locution) after++
    }
  }
  if (from.length === 0) return undefined
  const article = fr.PLACE_ARTICLES[place.toLowerCase()]
  if (article) return {text: withDefinite(article, place), from: from.slice(0, 1)}
  if (/\s/u.test(place) || isFirstName(place) || !/^\p{Lu}\p{Ll}/u.test(place)) return undefined
  return after === from.length && after > 0 ? {text: place, from: from.slice(0, 1)} : undefined
}

/** Words that make a locution with `à` (`mettre fin à X`, `grâce à X`, `succède à X`): what follows is no place. */
const LOCUTION_BEFORE_A: ReadonlySet<string> = new Set(['fin', 'grâce', 'face', 'suite', 'quant', 'part', 'droit', 'recours', 'appel', 'accès', 'hommage', 'tribune', 'opposé', 'opposée', 'favorable', 'hostile', 'succède', 'confiance'])

/** `déclare à l’AFP Jean-Philippe Magnen`: the name without the acronym glued before it. */
function withoutGluedAcronym(name: string): string {
  return /^\p{Lu}{2,}\s+\p{Lu}\p{Ll}/u.test(name) ? name.replace(/^\p{Lu}{2,}\s+/u, '') : name
}

/**
 * Whether `before` is only the article that opens the sentence before the proper name `surface`
 * (`La Grande-Bretagne et …`); not before a common noun that opens a longer name (`Le Musée des
 * beaux-arts`), nor before a noun and a verb (`Le Forum court jusqu’à`).
 */
function openingArticleOf(surface: string, before: string): boolean {
  if (!/^\s*(?:le|la|les)\s+$/iu.test(before) || !surface.split(/\s+/u).every((word) => /^\p{Lu}/u.test(word))) return false
  return /[\s-]/u.test(surface) || !nounInfo(surface.toLowerCase()).known
}

/**
 * Whether the article only ever writes `phrase` in brackets right after
 * another of its keyphrases (`la Loi fondamentale (Grundgesetz)`): a gloss,
 * the same thing named again. An acronym's expansion (`le programme ACE
 * (Automatic Computing Engine)`) is not one: the acronym is no topic.
 */
function glossOfKeyphrase(phrase: string, keyphrases: readonly {text: string}[], sentences: readonly Sentence[]): boolean {
  if (!sentences.some((sentence) => sentence.text.includes(`(${phrase})`))) return false
  const word = new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(phrase)}(?![\p{L}\p{N}])`, 'giu')
  const glossed = keyphrases.filter((other) => other.text !== phrase && !/(?:^|\s)\p{Lu}{2,}$/u.test(other.text)).map((other) => `${other.text} (`.toLowerCase())
  let seen = 0
  for (const sentence of sentences) {
    for (const match of sentence.text.matchAll(word)) {
      seen++
      const before = sentence.text.slice(0, match.index).toLowerCase()
      const closes = sentence.text[match.index + match[0].length] === ')'
      if (!closes || !glossed.some((name) => before.endsWith(name))) return false
    }
  }
  return seen > 0
}

/** Gather the material of an analysed article. */
export function gatherMaterial(analysis: Analysis, options?: Readonly<{keyphrase?: string | undefined}> | null): Material {
  const sentences = proseSentences(analysis)
  const input = sentences.map((sentence) => sentence.text).join('\n')
  const own = analysis.sentences.filter((sentence) => {
    const block = analysis.blocks[sentence.block]
    return block !== undefined && (block.type !== 'heading' || !(block.node.data as {generated?: unknown} | undefined)?.generated)
  })
  const source = own.map((sentence) => sentence.text).join('\n')
  const title = titleOfAnalysis(analysis)
  const focusText = options?.keyphrase ?? analysis.focus ?? analysis.keyphrases[0]?.text
  // A focus only the title writes (`les résultats du BAC 2012`) takes its determiner from there.
  const headings = own.filter((sentence) => analysis.blocks[sentence.block]?.type === 'heading')
  const focus = focusText ? focusPhrase(focusText, sentences, headings) : undefined

  const quoted = quotedSentences(analysis)
  const entities = analysis.entities.filter((entity) => entity.text.length >= 4)
  const placeWords = new Set(entities.filter((entity) => entity.kind === 'place').map((entity) => entity.text))
  // A full name (`Jo-Ellen Pozner`) stands for its parts (`Pozner`) unless it glues a place to a name.
  const goodContainer = (entity: Entity) => entity.text.split(/\s+/u).length <= 3 && !entity.text.split(/\s+/u).some((word) => placeWords.has(word))
  const named = entities.filter((entity) => {
    const containers = entities.filter((other) => other !== entity && other.text.includes(entity.text))
    if (containers.some(goodContainer)) return false
    if (!goodContainer(entity) && entities.some((other) => other !== entity && entity.text.includes(other.text))) return false
    return true
  })
  const ranked = [...named].sort((a, b) => b.occurrences.length - a.occurrences.length || (a.occurrences[0] ?? 0) - (b.occurrences[0] ?? 0))
  const actors: Actor[] = []
  const mentions = new Map<Actor, number>()
  const places: Phrase[] = []
  // The same name spelled with and without accents (`Érignac`, `Erignac`) is one name.
  const folded = new Set<string>()
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  for (const raw of ranked) {
    const entity = raw.kind !== 'organization' ? {...raw, text: withoutGluedAcronym(raw.text)} : raw
    if (folded.has(fold(entity.text))) continue
    folded.add(fold(entity.text))
    if (entity.kind === 'place' && !isFirstName(entity.text.split(/\s+/u)[0] ?? '')) {
      // One capitalised common noun (`le Théâtre`, `le Port`) is a piece of a longer name, not a place.
      if (!/\s/u.test(entity.text) && nounInfo(entity.text.toLowerCase()).known && !KNOWN_PLACES.has(entity.text.toLowerCase())) continue
      // Only a place the article writes with its article (`la Grèce`): a bare country would lack it
      // (`France` for `la France`), and a bare name may be a person's (`revient à Antonis Manitakis`).
      const phrase = nounPhrase(entity.text, sentences)
      if (phrase && phrase.text !== entity.text) places.push({text: phrase.text, from: phrase.from})
      else {
        const bare = barePlace(entity.text, sentences, quoted)
        if (bare && !places.some((place) => place.text === bare.text)) places.push(bare)
      }
      continue
    }
    if (focus && overlaps(entity.text, focus.text)) continue
    if (entity.kind === 'place') continue
    // A name only ever said inside quoted speech (`(DCRI et DGSE notamment)` in a quotation) is the
    // speaker's, not one of the article's actors.
    if (onlyQuoted(entity.text, analysis.sentences, quoted)) continue
    // One capitalised common noun (`Banque`, `Parti`) is a piece of a longer name, not a name.
    if (!/\s/u.test(entity.text) && nounInfo(entity.text.toLowerCase()).known && !/^\p{Lu}{2,}$/u.test(entity.text)) continue
    const role = entity.kind !== 'organization' ? roleOf(entity.text, sentences, entity.kind === 'person') : undefined
    // An entity of unknown kind is an actor only when the article gives it a role.
    if (entity.kind === 'other' && (!role || !/\s/u.test(entity.text))) continue
    const phrase = entity.kind === 'organization' ? nounPhrase(entity.text, sentences) : undefined
    const name = phrase && /^(?:la|le|les|l’)/u.test(phrase.text) ? phrase.text : entity.text
    const actor = {name, role: role?.role, from: role ? [...new Set([...entity.occurrences.slice(0, 1), role.from])] : entity.occurrences.slice(0, 1)}
    mentions.set(actor, entity.occurrences.length)
    actors.push(actor)
  }

  for (const institution of institutionsOf(sentences)) {
    const bare = institution.name.replace(/^(?:la|le|les|l’)\s*/u, '')
    if (folded.has(fold(bare)) || (institution.alias && folded.has(fold(institution.alias))) || actors.some((actor) => overlaps(actor.name, institution.name)) || (focus && overlaps(institution.name, focus.text))) continue
    folded.add(fold(bare))
    // Among the names, by how many sentences name it (a name found first stays first on a tie).
    const at = actors.findIndex((actor) => (mentions.get(actor) ?? 1) < institution.mentions)
    const actor = {name: institution.name, role: undefined, from: institution.from}
    mentions.set(actor, institution.mentions)
    actors.splice(at < 0 ? actors.length : at, 0, actor)
  }
  const titlePlace = placeOfTitle(analysis, sentences)
  if (titlePlace && !places.some((place) => overlaps(place.text, titlePlace.text))) places.unshift(titlePlace)

  const topics: Phrase[] = []
  for (const keyphrase of analysis.keyphrases) {
    if (topics.length >= 8) break
    if (/\d/u.test(keyphrase.text) || /^\p{Lu}{2,4}$/u.test(keyphrase.text)) continue
    // An adjective after its noun (`français` of `les ménages français`) is no topic to write about.
    if (onlyModifies(keyphrase, analysis.sentences)) continue
    if (focus && overlaps(keyphrase.text, focus.text)) continue
    if (topics.some((topic) => overlaps(topic.text, keyphrase.text))) continue
    // The other name the article gives a keyphrase in brackets (`Grundgesetz` in `la Loi
    // fondamentale (Grundgesetz)`) is that keyphrase again, not a topic of its own.
    if (glossOfKeyphrase(keyphrase.text, analysis.keyphrases, sentences)) continue
    // A longer name that holds a place (`l’Impact de Montréal`, `Groupe France Télécom`) is no place.
    const longerName = (place: Phrase) => /^\p{Lu}/u.test(keyphrase.text) && /\s/u.test(keyphrase.text) && keyphrase.text.length > withoutArticle(place.text).length
    if (actors.some((actor) => overlaps(actor.name, keyphrase.text)) || places.some((place) => overlaps(place.text, keyphrase.text) && !longerName(place))) continue
    const phrase = nounPhrase(keyphrase.text, sentences)
    // A known place written bare may be a country that needs its article (`France`): not a topic.
    if (phrase && phrase.text === keyphrase.text && KNOWN_PLACES.has(phrase.text.toLowerCase())) continue
    // A common noun with an unaccented capital and no article (`huit Etats`, `Etat-clé`): no name, no topic.
    if (phrase && phrase.text.startsWith('E') && nounInfo(`é${(phrase.text.slice(1).split(/[-\s]/u)[0] ?? '').toLowerCase()}`).known) continue
    if (phrase) topics.push({text: phrase.text, from: keyphrase.occurrences.length > 0 ? keyphrase.occurrences.slice(0, 1) : phrase.from, occurrences: keyphrase.occurrences})
  }

  const persons = personNamesOf(analysis.entities)
  const people: People = {names: persons.map((person) => person.name), antecedents: antecedentsOf(sentences, persons, quoted)}
  const {events, main} = findEvents(sentences, analysis, title, quoted, people)
  const speakers = actors.map((actor) => actor.name.replace(/^(?:la|le|les|l’)\s*/u, '')).filter((name) => name.length > 2)
  const personNames = analysis.entities.filter((entity) => entity.kind === 'person' || (entity.kind === 'other' && /\s/u.test(entity.text))).map((entity) => withoutGluedAcronym(entity.text))
  const quotes = findQuotes(sentences, analysis, [...new Set([...speakers, ...personNames])], people.antecedents)
    .map((quote) => ({...quote, speaker: actors.find((actor) => actor.name.endsWith(quote.speaker))?.name ?? quote.speaker}))
  const focusIsPerson = focus !== undefined && persons.some((person) => person.forms.includes(focus.text))
  return {input, source, focus, topics, actors, places, figures: findFigures(sentences, quoted), quotes, events, date: main, title, focusIsPerson}
}

/**
 * The names of the article's first `count` actors short enough for a list (four words at most),
 * the focus first when it is a person and `withFocus` is set: a box or an answer that says who
 * the article is about names them, while a paragraph that just named the focus does not again.
 */
export function actorNames(material: Pick<Material, 'actors' | 'focus' | 'focusIsPerson'>, count: number, withFocus = false): string[] {
  const names = material.actors.filter((actor) => actor.name.split(/\s+/u).length <= 4).map((actor) => actor.name)
  if (withFocus && material.focusIsPerson && material.focus) names.unshift(material.focus.text)
  return names.slice(0, count)
}
