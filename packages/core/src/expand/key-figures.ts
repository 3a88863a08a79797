import {fr} from '@titraille/rules'
import {frenchSpacing} from './french.js'
import {listSection, strongThen} from './nodes.js'
import {fillVariants} from './template.js'
import type {Figure} from './material.js'
import type {Addition, ExpandContext} from './types.js'

/**
 * Whether a figure says what it counts or measures alone in a list: `334 464 candidats`, `93 × 156
 * × 22 mm`; not a share or a number with nothing after it (`48 %` of `candidats au baccalauréat
 * général (48 %)`).
 */
export function saysWhat(figure: Figure): boolean {
  return figure.rest !== '' || !/(?:%|\d)$/u.test(figure.value)
}

/** « Les chiffres clés »: the article's numbers with what they count. */
export function keyFigures(ctx: ExpandContext): Addition | undefined {
  const {material, picker} = ctx
  if (material.figures.length < 2 || !material.focus) return undefined
  const draft = ctx.draft()
  const slots = {focus: material.focus.text}
  const intro = picker.pick(fr.KEY_FIGURES_INTRO, (t) => draft.accept(fillVariants(t.text, slots)))
  if (!intro) return undefined
  const items = []
  const from = new Set<number>()
  for (const figure of material.figures.filter(saysWhat).slice(0, 8)) {
    const rest = figure.rest === '' ? '' : ` ${frenchSpacing(figure.rest)}`
    if (!draft.accept(`${figure.value}${rest}`)) continue
    items.push(strongThen(figure.value, rest))
    for (const id of figure.from) from.add(id)
  }
  if (items.length < 2) return undefined
  const outro = picker.pick(fr.KEY_FIGURES_OUTRO, (t) => draft.accept(fillVariants(t.text, slots)))
  const templates = outro ? [intro.id, outro.id] : [intro.id]
  return listSection({by: 'key-figures', title: fr.EXPAND_HEADINGS.keyFigures, draft, items, from, templates, outro: outro !== undefined})
}
