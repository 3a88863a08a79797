import {fr} from '@titraille/rules'
import {paragraph} from './nodes.js'
import {canFill, fillVariants, type Slots} from './template.js'
import type {Addition, ExpandContext} from './types.js'
import {actorNames, overlaps} from './material.js'

/**
 * The chapeau: a lead paragraph before the first section carrying the focus
 * keyphrase and the article's what, when, who and where.
 */
export function chapeau(ctx: ExpandContext): Addition | undefined {
  const {material, picker} = ctx
  if (!material.focus) return undefined
  const names = actorNames(material, 3)
  const slots: Slots = {
    focus: material.focus.text,
    date: material.date?.text,
    names: names.length >= 2 ? names : undefined,
    places: material.places.length >= 2 ? material.places.slice(0, 3).map((place) => place.text) : undefined,
    // The one place, unless it is what the opening already names (`la Grèce`).
    place: material.places.length === 1 && !overlaps(material.places[0]!.text, material.focus.text) ? material.places[0]!.text : undefined,
    figure: material.figures.find((figure) => figure.rest) ? `${material.figures.find((figure) => figure.rest)!.value} ${material.figures.find((figure) => figure.rest)!.rest}` : undefined,
    topic: material.topics[0]?.text,
    topic2: material.topics[1]?.text
  }
  const draft = ctx.draft()
  const templates: string[] = []
  const from = new Set<number>([...material.focus.from, ...(material.date?.from ?? [])])
  const pools = [fr.CHAPEAU_WHAT, fr.CHAPEAU_WHO, fr.CHAPEAU_WHERE, fr.CHAPEAU_PLACE, fr.CHAPEAU_FIGURE, fr.CHAPEAU_ANNOUNCE]
  for (const pool of pools) {
    // A dated opening first when the article has a date.
    const dated = pool === fr.CHAPEAU_WHAT && slots.date !== undefined
    const template = picker.pick(pool, (t) => canFill(t.text, slots) && (!dated || t.id.includes('date')) && draft.accept(fillVariants(t.text, slots)))
    if (template) templates.push(template.id)
  }
  if (draft.sentences.length === 0) return undefined
  for (const actor of material.actors.slice(0, 3)) for (const id of actor.from) from.add(id)
  for (const topic of material.topics.slice(0, 2)) for (const id of topic.from) from.add(id)
  const generated = {by: 'expand:chapeau', from: [...from].sort((a, b) => a - b), template: templates.join(' ')}
  const text = draft.sentences.join(' ')
  return {by: 'chapeau', placement: {kind: 'chapeau'}, nodes: [paragraph(text, generated)], words: draft.words, from: generated.from, templates, sentences: [...draft.sentences]}
}
