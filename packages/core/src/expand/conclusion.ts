import {fr} from '@titraille/rules'
import {definite, lowerDeterminer, readsAsName, withoutArticle} from './french.js'
import {heading, paragraph} from './nodes.js'
import {pointsOf} from './points.js'
import {leastUsedFirst} from './text.js'
import {canFill, fillVariants, type Slots} from './template.js'
import type {Addition, ExpandContext} from './types.js'
import {actorNames} from './material.js'

/** « En résumé » / « À retenir »: the main points restated with templates. */
export function conclusion(ctx: ExpandContext): Addition | undefined {
  const {material, picker} = ctx
  if (!material.focus) return undefined
  const figures = ctx.freshFigures(3)
  const names = actorNames(material, 3)
  // Keyphrases the earlier sections named least, so that the recap does not list the chapeau's again.
  const topics = leastUsedFirst(material.topics.slice(0, 8), (topic) => ctx.mentions(topic.text))
  const listed = topics.slice(0, 3)
  const range = leastUsedFirst(material.topics.slice(0, 4), (topic) => ctx.mentions(topic.text))
  const keywords = topics.slice(3, 8).map((topic) => withoutArticle(topic.text))
  // The first fact of the article not yet restated, about someone or something definite.
  const point = pointsOf(ctx.analysis).find((candidate) => {
    if (candidate.predicate.split(' ').length > 14) return false
    // Not told already, nor holding a phrase an earlier section gave (« Les mots-clés »).
    if (ctx.told(candidate.predicate) || ctx.holdsTold(candidate.predicate)) return false
    const subject = definite(lowerDeterminer(candidate.subject))
    return /^(?:le |la |les |l’|l')/u.test(subject) || /^\p{Lu}/u.test(subject)
  })
  const slots: Slots = {
    subject: point ? definite(lowerDeterminer(point.subject)) : undefined,
    predicate: point?.predicate,
    focus: material.focus.text,
    topics: listed.length >= 2 ? listed.map((topic) => topic.text) : undefined,
    // A range of leading keyphrases other than the chapeau's (`de l’intervention à Länder` once is enough).
    topic: range[0]?.text,
    topic2: range[1]?.text,
    names: names.length >= 2 ? names : undefined,
    name: names.length === 1 && readsAsName(names[0]!) ? names[0] : undefined,
    place: material.places.length === 1 ? material.places[0]!.text : undefined,
    figures: figures.length >= 2 ? figures : undefined,
    places: material.places.length >= 2 ? material.places.slice(0, 3).map((place) => place.text) : undefined,
    date: material.date?.text,
    keywords: keywords.length >= 3 ? keywords : undefined
  }
  const draft = ctx.draft()
  const templates: string[] = []
  for (const pool of [fr.CONCLUSION_FOCUS, fr.CONCLUSION_TOPICS, fr.CONCLUSION_POINT, fr.CONCLUSION_NAMES, fr.CONCLUSION_NAME, fr.CONCLUSION_FIGURES, fr.CONCLUSION_PLACES, fr.CONCLUSION_PLACE, fr.CONCLUSION_DATE, fr.CONCLUSION_KEYWORDS, fr.CONCLUSION_END]) {
    const template = picker.pick(pool, (t) => canFill(t.text, slots) && draft.accept(fillVariants(t.text, slots)))
    if (template) templates.push(template.id)
  }
  if (draft.sentences.length < 2) return undefined
  const told = point !== undefined && templates.some((id) => id.startsWith('conclusion-point'))
  if (told) ctx.restated.add(point.predicate)
  const from = [...new Set([...material.focus.from, ...(told ? [point.from] : []), ...(templates.some((id) => id.startsWith('conclusion-keywords')) ? topics : listed).flatMap((t) => t.from)])].sort((a, b) => a - b)
  const title = fr.EXPAND_HEADINGS.conclusion[ctx.seed % fr.EXPAND_HEADINGS.conclusion.length]!
  const generated = {by: 'expand:conclusion', from, template: templates.join(' ')}
  return {
    by: 'conclusion',
    placement: {kind: 'end'},
    nodes: [heading(title, 2, generated), paragraph(draft.sentences.join(' '), generated)],
    words: draft.words + title.split(/\s+/u).length,
    from,
    templates,
    sentences: [...draft.sentences]
  }
}
