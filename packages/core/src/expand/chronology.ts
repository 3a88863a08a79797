import {fr} from '@titraille/rules'
import {capitalizeFirst, frenchSpacing} from './french.js'
import {listSection, strongThen} from './nodes.js'
import {fillVariants} from './template.js'
import type {Addition, ExpandContext} from './types.js'

/** « Chronologie »: the dated events the article reports, in order. */
export function chronology(ctx: ExpandContext): Addition | undefined {
  const {material, picker} = ctx
  if (material.events.length < 2 || !material.focus) return undefined
  const draft = ctx.draft()
  const intro = picker.pick(fr.CHRONOLOGY_INTRO, (t) => draft.accept(fillVariants(t.text, {focus: material.focus!.text})))
  if (!intro) return undefined
  const items = []
  const from = new Set<number>()
  for (const event of material.events.slice(0, 8)) {
    const rest = frenchSpacing(` : ${capitalizeFirst(event.clause)}.`)
    if (!draft.accept(`${event.date}${rest}`)) continue
    items.push(strongThen(event.date, rest))
    for (const id of event.from) from.add(id)
  }
  if (items.length < 2) return undefined
  const outro = picker.pick(fr.CHRONOLOGY_OUTRO, (t) => draft.accept(fillVariants(t.text, {focus: material.focus!.text})))
  const templates = outro ? [intro.id, outro.id] : [intro.id]
  return listSection({by: 'chronology', title: fr.EXPAND_HEADINGS.chronology, draft, items, from, templates, outro: outro !== undefined})
}
