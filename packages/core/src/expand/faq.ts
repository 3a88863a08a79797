import type {RootContent} from 'mdast'
import {fr} from '@titraille/rules'
import {actorNames, bareValue, clauseAround, firstClause, proseSentences, quotedSentences} from './material.js'
import {occurrencesIn} from './glossary.js'
import {definite, lowercaseFirst, lowerDeterminer, namesPeople, readsAsName, singularDeed, subjectPronoun, titleInSentence, withoutArticle} from './french.js'
import {corePredicate} from './keypoints.js'
import {heading, paragraph} from './nodes.js'
import {contextsOf, pointsOf, reasonsOf, type Point} from './points.js'
import {countWords} from '../nlp/words.js'
import {escapeRegExp, leastUsedFirst} from './text.js'
import {canFill, fillVariants, type Slots} from './template.js'
import type {Addition, ExpandContext, FaqEntry} from './types.js'

const MEASURES: ReadonlySet<string> = new Set(fr.MEASURE_NOUNS)

/**
 * « Questions fréquentes »: questions from templates on the focus, the
 * people, the date, the places, the numbers and the keyphrases, each answered
 * with the article's own material. Questions are added until the target is
 * met (at least three).
 */
export function faq(ctx: ExpandContext): Addition | undefined {
  const {material, picker, analysis} = ctx
  if (!material.focus) return undefined
  const quoted = quotedSentences(analysis)
  const sentences = proseSentences(analysis).filter((sentence) => !quoted.has(sentence.id))
  // The numbers the earlier sections gave least (the box and the recap list the first ones).
  const figures = ctx.freshFigures(4)
  const names = actorNames(material, 4, true)
  // The keyphrases the earlier sections named least (the chapeau and the recap name the first ones).
  const fresh = leastUsedFirst(material.topics.slice(0, 6), (topic) => ctx.mentions(topic.text)).slice(0, 3)
  const base: Slots = {
    focus: material.focus.text,
    topics: fresh.length >= 2 ? fresh.map((topic) => topic.text) : undefined,
    names: names.length >= 2 ? names : undefined,
    date: material.date?.text,
    places: material.places.length >= 2 ? material.places.slice(0, 3).map((place) => place.text) : undefined,
    figures: figures.length >= 2 ? figures : undefined
  }
  // `fallback`: a pool whose answer claims less, tried when no template of `pool` fits.
  // `tells`: what an answer gives, which later sections do not restate (its clause or predicate by
  // default); `unless`: skip the candidate once an earlier answer has told that (the clauses told).
  const candidates: {pool: readonly fr.FaqTemplate[]; slots: Slots; from: number[]; fallback?: readonly fr.FaqTemplate[]; tells?: string[]; unless?: (told: readonly string[]) => boolean}[] = [
    {pool: fr.FAQ_TOPIC, slots: base, from: material.focus.from},
    {pool: fr.FAQ_WHO, slots: base, from: material.actors.slice(0, 4).flatMap((actor) => actor.from)},
    {pool: fr.FAQ_WHO_ONE, slots: {name: names.length === 1 && readsAsName(names[0]!) ? names[0] : undefined}, from: material.actors.slice(0, 1).flatMap((actor) => actor.from)},
    {pool: fr.FAQ_WHEN, slots: base, from: material.date?.from ?? []},
    {pool: fr.FAQ_WHERE, slots: base, from: material.places.slice(0, 3).flatMap((place) => place.from)},
    {pool: fr.FAQ_WHERE_ONE, slots: {place: material.places.length === 1 ? material.places[0]!.text : undefined}, from: material.places.slice(0, 1).flatMap((place) => place.from)},
    // The numbers, unless the earlier sections have each listed them twice already (the box, the key figures).
    ...(figures.every((figure) => ctx.mentions(figure) >= 2) ? [] : [{pool: fr.FAQ_FIGURES, slots: base, from: material.figures.slice(0, 4).flatMap((figure) => figure.from)}])
  ]
  for (const actor of material.actors.filter((a) => a.role && a.role.split(/\s+/u).length >= 2).slice(0, 3)) {
    candidates.push({pool: fr.FAQ_ROLE, slots: {name: actor.name, role: actor.role}, from: actor.from})
  }
  const clauses = new Set<string>()
  const restates = (clause: string) => ctx.holdsTold(clause)
  const reasons = reasonsOf(analysis)
  // A clause holding a reason a « pourquoi » question gives is asked that way only.
  const givesReason = (clause: string) => reasons.some((given) => clause.includes(given.reason))
  const clauseAbout = (phrase: string): {clause: string; from: number} | undefined => {
    const bare = withoutArticle(phrase).toLowerCase()
    for (const sentence of sentences) {
      const at = sentence.text.toLowerCase().indexOf(bare)
      if (at < 0) continue
      const clause = clauseAround(sentence.text, at, 22)
      if (!clause || clauses.has(clause) || restates(clause) || givesReason(clause)) continue
      clauses.add(clause)
      return {clause, from: sentence.id}
    }
    return undefined
  }
  for (const figure of material.figures.slice(0, 10)) {
    if (!figure.rest || !figure.clause || clauses.has(figure.clause) || restates(figure.clause)) continue
    // A rounded count (`une quarantaine de personnes`) is no « chiffre de … ».
    if (figure.rounded) continue
    // A participle cut from its noun (`Créé il y a 30 ans`) does not answer alone.
    const opening = figure.clause.split(' ')[0] ?? ''
    if (/^\p{Lu}/u.test(opening) && ['é', 'ée', 'és', 'ées'].some((ending) => opening.endsWith(ending))) continue
    clauses.add(figure.clause)
    candidates.push({pool: fr.FAQ_FIGURE, slots: {figure: `${bareValue(figure.value)} ${figure.rest}`, clause: figure.clause}, from: figure.from})
  }
  // How many of something the article counts (`20 skippers`), not what a number measures (`3 mois`).
  const counted = new Set<string>()
  // Not of a noun the article counts more than once (`neuf personnes`, `quatre personnes`, `28
  // personnes`; `28 banques espagnoles`, `6 banques`): « Combien de personnes ? » has no one answer then.
  const countsOf = (noun: string) => new Set(material.figures.filter((figure) => figure.rest.split(' ')[0] === noun).map((figure) => figure.value)).size
  for (const figure of material.figures.slice(0, 6)) {
    const noun = figure.rest ?? ''
    if (countsOf(noun) > 1) continue
    if (!/^\p{Ll}+$/u.test(noun) || !(noun.endsWith('s') || noun.endsWith('x')) || MEASURES.has(noun) || !/^\d/u.test(bareValue(figure.value)) || counted.has(noun)) continue
    // A noun (`12 dernières` is an adjective whose noun the article leaves out), asked about once.
    const tokens = figure.from.flatMap((id) => analysis.sentences[id]?.tokens ?? [])
    if (!tokens.some((token) => token.lower === noun && token.pos === 'NOUN')) continue
    counted.add(noun)
    candidates.push({pool: fr.FAQ_COUNT, slots: {noun, count: `${figure.value} ${noun}`}, from: figure.from})
  }
  const speakers = [...new Set(material.quotes.map((quote) => quote.speaker))]
  candidates.push({
    pool: speakers.length === 1 ? fr.FAQ_SPEAKER_ONE : fr.FAQ_SPEAKERS,
    slots: {speaker: speakers[0], speakers: speakers.length >= 2 ? speakers.slice(0, 4) : undefined},
    from: material.quotes.flatMap((quote) => quote.from)
  })
  for (const event of material.events.slice(0, 3)) {
    if (event.kind !== 'clause' || !onADay(event.date) || clauses.has(event.clause) || restates(event.clause)) continue
    clauses.add(event.clause)
    candidates.push({pool: fr.FAQ_EVENT, slots: {date: event.date, clause: event.clause}, from: event.from})
  }
  // Why: a reason the article gives in so many words (`car`, `parce que`), asked of the clause it
  // explains, before any question that would restate its sentence otherwise.
  for (const {clause, reason, from} of reasons) {
    // Not once an earlier section has told either, an adverb apart (« Le récit retient que la
    // publication pourrait s’avérer inutile » for `cette publication pourrait de surcroît …`).
    const toldBefore = [...ctx.restated].some((told) => holdsInOrder(clause, told) || holdsInOrder(reason, told))
    if (toldBefore || restates(clause) || restates(reason) || [...clauses].some((told) => told.includes(reason))) continue
    clauses.add(`${clause} ${reason}`)
    candidates.push({pool: fr.FAQ_REASON, slots: {clause, reason}, from: [from], tells: [clause, reason], unless: (told) => told.some((given) => given.includes(reason))})
  }
  const points = pointsOf(analysis)
  for (const actor of material.actors.slice(0, 8)) {
    const found = clauseAbout(actor.name)
    if (found) candidates.push({pool: fr.FAQ_ACTOR, slots: {name: actor.name, clause: found.clause, said: saidOf(found.clause, found.from, actor.name, points)}, from: [found.from]})
  }
  // The focus may get three facts (from different clauses), each keyphrase and place two.
  const terms = [material.focus, material.focus, ...material.topics, ...material.places]
  for (const topic of [...terms, material.focus, ...material.topics, ...material.places]) {
    const found = clauseAbout(topic.text)
    if (found) candidates.push({pool: fr.FAQ_FACT, slots: {topic: topic.text, clause: found.clause, said: saidOf(found.clause, found.from, topic.text, points)}, from: [found.from]})
  }
  // Who did what: a subject of the article and its predicate.
  for (const point of points) {
    if (ctx.told(point.predicate) || [...clauses].some((clause) => clause.includes(point.predicate))) continue
    // A question is asked about someone or something definite: `un nouveau projet`, once told,
    // is `le nouveau projet`.
    const subject = definite(lowerDeterminer(point.subject))
    if (!/^(?:le |la |les |l’|l')/u.test(subject) && !/^\p{Lu}/u.test(subject)) continue
    // The question names the subject; the answer takes its pronoun (`elles restent inchangées`)
    // rather than the same words again.
    // Not once an answer has told its clause (`ont également volé …`, which the point gives without
    // the adverb).
    candidates.push({pool: fr.FAQ_POINT, slots: {subject, anaphor: subjectPronoun(subject) ?? subject, predicate: point.predicate}, from: [point.from], unless: (told) => told.some((clause) => holdsInOrder(clause, point.predicate))})
  }
  for (const quote of material.quotes.slice(0, 3)) {
    if (quote.more) candidates.push({pool: fr.FAQ_SPEAKER, slots: {speaker: quote.speaker, quote: quote.more}, from: quote.from})
  }
  // One question per section of the article, answered by a clause of its own.
  let section: {title: string; ids: number[]} | undefined
  const sections: {title: string; ids: number[]}[] = []
  for (const block of analysis.blocks) {
    if (block.type === 'heading') {
      const generated = (block.node.data as {generated?: {by?: string}} | undefined)?.generated?.by?.startsWith('expand:')
      section = block.depth !== 1 && !generated ? {title: block.text.trim(), ids: []} : undefined
      if (section) sections.push(section)
    } else if (section) section.ids.push(...block.sentences)
  }
  for (const {title, ids} of sections.slice(0, 8)) {
    for (const sentence of sentences.filter((s) => ids.includes(s.id))) {
      const clause = firstClause(sentence.text, 22)
      if (!clause || clauses.has(clause) || restates(clause) || givesReason(clause)) continue
      clauses.add(clause)
      // A subheading that asks a question is asked again in the FAQ, answered by its section.
      const asked = title.trimEnd()
      if (asked.endsWith('?')) candidates.push({pool: fr.FAQ_HEADING, slots: {question: `${asked.slice(0, -1).trimEnd()} ?`, clause}, from: [sentence.id]})
      else candidates.push({pool: fr.FAQ_SECTION, slots: {section: title.replace(/[.!]\s*$/u, ''), clause}, from: [sentence.id]})
      break
    }
  }
  // Where a keyphrase, a place or a name appears: the noun phrase of the article around it, one not
  // already given (by « Les mots-clés » or an earlier answer).
  const contexts = new Set<string>()
  for (const term of [material.focus, ...material.topics, ...material.places, ...material.actors.map((actor) => ({text: actor.name, from: actor.from}))]) {
    const found = contextsOf(analysis, term.text).find((context) => !contexts.has(context.text) && !restates(context.text) && ![...clauses].some((clause) => clause.includes(context.text)))
    if (!found || countWords(found.text) <= countWords(term.text) + 1) continue
    contexts.add(found.text)
    candidates.push({pool: fr.FAQ_CONTEXT, slots: {topic: term.text, context: found.text}, from: [found.from]})
  }
  // Questions on how the article treats its keyphrases: claims the counts prove.
  for (const topic of material.topics.slice(0, 4)) {
    const occurrences = new Set(topic.occurrences ?? [])
    // How many times the body names it (`trois fois`), counted as « Les mots-clés » count it, so that
    // the two never disagree; asked from two.
    const times = occurrencesIn(material.input, withoutArticle(topic.text))
    if (occurrences.size >= 2 && times >= 2) candidates.push({pool: fr.FAQ_RECURRING, slots: {topic: topic.text, focus: material.focus.text, times: fr.TIMES[times] ?? fr.TIMES_MANY}, from: [...occurrences].slice(0, 2)})
  }
  // What happened on the article's date: the dateline's event is its title (material gives the
  // title itself as that event's phrase), which says it in a line.
  const headline = material.title
  const dateline = headline && !/\?\s*$/u.test(headline) ? material.events.find((event) => event.kind === 'phrase' && event.date === material.date?.text && event.clause === headline) : undefined
  if (dateline && onADay(dateline.date)) candidates.push({pool: fr.FAQ_HEADLINE, slots: {date: dateline.date, headline: titleInSentence(headline!)}, from: dateline.from})
  // Who did it: a fact whose subject is people (`des opposants aux élections ont volé …`), asked
  // with its verb in the singular (`Qui a volé plusieurs centaines de bulletins ?`) and answered by
  // the article's own subject; not once an answer above has told the fact (a question on the point,
  // the clause that holds it).
  const named = new Set(material.actors.map((actor) => actor.name))
  for (const point of points) {
    if (ctx.told(point.predicate) || ctx.holdsTold(point.predicate) || !namesPeople(point.subject, named)) continue
    const deed = singularDeed(corePredicate(point.predicate) ?? point.predicate)
    if (!deed || countWords(deed) > MAX_DEED_WORDS) continue
    candidates.push({pool: fr.FAQ_AGENT, slots: {deed, agent: lowerDeterminer(point.subject)}, from: [point.from], tells: [point.predicate], unless: (told) => told.some((clause) => holdsInOrder(clause, point.predicate))})
  }
  // Two keyphrases a few words apart: the article's words from one to the other say how they meet
  // (`une meilleure répartition des sièges de la première assemblée nationale de l’après Kadhafi`).
  const topics = material.topics.slice(0, 5)
  const links: {slots: Slots; from: number[]; uses: number}[] = []
  const passages = new Set<string>()
  for (let i = 0; i < topics.length; i++) {
    for (let j = i + 1; j < topics.length; j++) {
      const shared = (topics[i]!.occurrences ?? []).filter((id) => (topics[j]!.occurrences ?? []).includes(id))
      if (shared.length === 0) continue
      // A name and the other name the article gives it in brackets (`la Loi fondamentale
      // (Grundgesetz)`) are one thing, not two to link.
      if (shared.some((id) => aliases(analysis.sentences[id]?.text ?? '', topics[i]!.text, topics[j]!.text))) continue
      let passage: string | undefined
      let from = shared.slice(0, 1)
      for (const id of shared) {
        const sentence = analysis.sentences[id]
        if (!sentence || quoted.has(id)) continue
        const found = passageBetween(sentence.text, topics[i]!.text, topics[j]!.text)
        if (!found || passages.has(found) || restates(found) || [...clauses].some((clause) => clause.includes(found))) continue
        passages.add(found)
        passage = found
        from = [id]
        break
      }
      links.push({slots: {topic: topics[i]!.text, topic2: topics[j]!.text, passage}, from, uses: ctx.mentions(topics[i]!.text) + ctx.mentions(topics[j]!.text)})
    }
  }
  for (const link of leastUsedFirst(links, (entry) => entry.uses)) candidates.push({pool: fr.FAQ_LINK, slots: link.slots, from: link.from, fallback: fr.FAQ_LINK_SAME_SENTENCE})
  const intro = ctx.draft()
  const introTemplate = picker.pick(fr.FAQ_INTRO, (t) => intro.accept(fillVariants(t.text, base)))
  const draft = ctx.draft()
  const entries: FaqEntry[] = []
  const templates = introTemplate ? [introTemplate.id] : []
  const nodes: RootContent[] = []
  const from = new Set<number>()
  const title = fr.EXPAND_HEADINGS.faq
  let words = intro.words + title.split(/\s+/u).length
  // The clauses and predicates the answers have told.
  const toldHere: string[] = []
  for (const candidate of candidates) {
    if (entries.length >= 3 && words >= ctx.need) break
    if (candidate.unless?.(toldHere)) continue
    const fits = (t: fr.FaqTemplate) => {
      if (!canFill(t.question, candidate.slots) || !canFill(t.answer, candidate.slots)) return false
      if (!draft.accept(fillVariants(t.question, candidate.slots))) return false
      if (draft.accept(fillVariants(t.answer, candidate.slots))) return true
      draft.undo()
      return false
    }
    const template = picker.pick(candidate.pool, fits) ?? (candidate.fallback ? picker.pick(candidate.fallback, fits) : undefined)
    if (!template) continue
    const question = draft.sentences[draft.sentences.length - 2]!
    const answer = draft.sentences[draft.sentences.length - 1]!
    const generated = {by: 'expand:faq', from: candidate.from, template: template.id}
    nodes.push(paragraph([{type: 'strong', children: [{type: 'text', value: question}]}], generated), paragraph(answer, generated))
    entries.push({question, answer})
    // A clause or predicate the answer gives is told: « Les points clés », planned later, skip it.
    const tells = (candidate.tells ?? [candidate.slots.clause, candidate.slots.predicate]).filter((told): told is string => typeof told === 'string')
    for (const told of tells) ctx.restated.add(told)
    toldHere.push(...tells)
    templates.push(template.id)
    for (const id of candidate.from) from.add(id)
    words = intro.words + title.split(/\s+/u).length + draft.words
  }
  if (entries.length < 2) return undefined
  const outro = picker.pick(fr.FAQ_OUTRO, (t) => draft.accept(fillVariants(t.text, base)))
  if (outro) templates.push(outro.id)
  const generated = {by: 'expand:faq', from: [...from].sort((a, b) => a - b), template: templates.join(' ')}
  const head = [heading(title, 2, generated), ...(introTemplate ? [paragraph(intro.sentences[0]!, generated)] : [])]
  const tail = outro ? [paragraph(draft.sentences[draft.sentences.length - 1]!, generated)] : []
  return {
    by: 'faq',
    placement: {kind: 'end'},
    nodes: [...head, ...(nodes as Addition['nodes']), ...tail],
    words: intro.words + title.split(/\s+/u).length + draft.words,
    from: generated.from,
    templates,
    sentences: [...intro.sentences, ...draft.sentences],
    faq: entries
  }
}

/**
 * A clause of sentence `from` told again after a question that named `asked`: when `asked` is the
 * clause's subject (a point of the sentence says so) and a pronoun settles it, the pronoun stands
 * for it (`la police a ouvert une enquête` → `elle a ouvert une enquête`); else the clause itself.
 */
export function saidOf(clause: string, from: number, asked: string, points: readonly Point[]): string {
  const bare = withoutArticle(asked).toLowerCase()
  for (const point of points) {
    if (point.from !== from) continue
    const subject = lowerDeterminer(point.subject)
    if (withoutArticle(subject).toLowerCase() !== bare) continue
    const verb = point.predicate.split(' ')[0] ?? ''
    if (!clause.toLowerCase().startsWith(`${subject} ${verb} `.toLowerCase()) && clause.toLowerCase() !== `${subject} ${point.predicate}`.toLowerCase()) continue
    const pronoun = subjectPronoun(subject)
    if (pronoun) return `${pronoun}${clause.slice(subject.length)}`
  }
  return clause
}

/**
 * Whether `text` holds the words of `part` in order, a few words apart at most (`ont également volé
 * plusieurs centaines de bulletins` holds `ont volé plusieurs centaines de bulletins`).
 */
function holdsInOrder(text: string, part: string): boolean {
  const words = text.toLowerCase().split(/\s+/u)
  const wanted = part.toLowerCase().split(/\s+/u)
  for (let start = words.indexOf(wanted[0]!); start >= 0; start = words.indexOf(wanted[0]!, start + 1)) {
    let at = start
    let k = 1
    for (; k < wanted.length; k++) {
      const next = words.indexOf(wanted[k]!, at + 1)
      if (next < 0 || next - at > 3) break
      at = next
    }
    if (k === wanted.length) return true
  }
  return false
}

/** A date with its day and year, which the questions write after `le` (`le 17 août 2012`, not `le mars 1952`). */
function onADay(date: string): boolean {
  return /^(?:\d{1,2}|1er)\s/u.test(date) && /\d{4}$/u.test(date)
}

/** Whether `sentence` gives one phrase right after the other in brackets (`la Loi fondamentale (Grundgesetz)`). */
export function aliases(sentence: string, a: string, b: string): boolean {
  const bare = (phrase: string) => withoutArticle(phrase).toLowerCase()
  const text = sentence.toLowerCase()
  return text.includes(`${bare(a)} (${bare(b)})`) || text.includes(`${bare(b)} (${bare(a)})`)
}

/** Words a passage linking two keyphrases may have: more is a sentence, not a link. */
const MAX_PASSAGE_WORDS = 14

/** Longest fact a « Qui … ? » question asks about. */
const MAX_DEED_WORDS = 12
const DETERMINER_BEFORE = /(?:^|\s)(?:le|la|les|l’|l'|un|une|des|du|au|aux|ce|cet|cette|ces|son|sa|ses|leur|leurs)\s*$/iu

/**
 * The article's words from the first of two phrases to the end of the other in one sentence
 * (with the determiner before the first), when they are at most {@link MAX_PASSAGE_WORDS} words
 * and hold no quotation mark nor a break (`;`, `:`, a dash); `undefined` otherwise.
 */
export function passageBetween(sentence: string, a: string, b: string): string | undefined {
  const find = (phrase: string) => {
    const bare = withoutArticle(phrase).replace(/'/gu, '’')
    const match = new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(bare).replace(/’/gu, "['’]")}(?![\p{L}\p{N}])`, 'iu').exec(sentence)
    return match ? {start: match.index, end: match.index + match[0].length} : undefined
  }
  const first = find(a)
  const second = find(b)
  if (!first || !second) return undefined
  // One inside the other (`la province` in `la province de la Kapisa`) links nothing.
  if (first.start < second.end && second.start < first.end) return undefined
  let start = Math.min(first.start, second.start)
  const end = Math.max(first.end, second.end)
  const determiner = DETERMINER_BEFORE.exec(sentence.slice(0, start))
  if (determiner) start -= determiner[0].trimStart().length
  const passage = sentence.slice(start, end).trim()
  if (/[«»“”";:—–()]|\s-\s/u.test(passage) || countWords(passage) > MAX_PASSAGE_WORDS) return undefined
  // An article that opens the sentence is written lower-case inside the answer (`le fisc défend …`).
  return /^(?:Le|La|Les|L’|L'|Un|Une|Des|Du|Au|Aux|Ce|Cet|Cette|Ces|Son|Sa|Ses|Leur|Leurs)\b/u.test(passage) ? lowercaseFirst(passage) : passage
}
