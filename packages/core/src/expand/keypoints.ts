import {fr} from '@titraille/rules'
import {capitalizeFirst, frenchSpacing} from './french.js'
import {listSection, strongThen} from './nodes.js'
import {pointsOf} from './points.js'
import {fillTemplate} from './template.js'
import type {Addition, ExpandContext} from './types.js'

/**
 * « Les points clés »: the article's clauses reduced to who and what
 * (`**La Cour constitutionnelle** : a procédé … à un revirement de
 * jurisprudence.`), in the order of the text, one per clause.
 */
export function keyPoints(ctx: ExpandContext): Addition | undefined {
  const {material, picker, analysis} = ctx
  if (!material.focus) return undefined
  const points = pointsOf(analysis)
  if (points.length < 2) return undefined
  const draft = ctx.draft()
  const slots = {focus: material.focus.text}
  const intro = picker.pick(fr.KEY_POINTS_INTRO, (t) => draft.accept(fillTemplate(t.text, slots)))
  if (!intro) return undefined
  const title = fr.EXPAND_HEADINGS.keyPoints
  const items = []
  const restated: string[] = []
  const from = new Set<number>()
  let last: {subject: string; predicates: string[]; accepted: boolean} | undefined
  for (const point of points) {
    if (draft.words + 2 >= ctx.need + 20) break
    if (ctx.told(point.predicate)) continue
    const subject = capitalizeFirst(point.subject)
    // Two facts in a row about the same subject make one item: `**X** : a fait ceci ; annonce cela.`
    if (last?.accepted && last.subject === subject && last.predicates.length < 3) {
      const predicates = [...last.predicates, point.predicate]
      const rest = frenchSpacing(` : ${predicates.join(' ; ')}.`)
      draft.undo()
      if (draft.accept(`${subject}${rest}`)) {
        items[items.length - 1] = strongThen(subject, rest)
        last.predicates = predicates
        restated.push(point.predicate)
        from.add(point.from)
        continue
      }
      draft.accept(`${subject}${frenchSpacing(` : ${last.predicates.join(' ; ')}.`)}`)
      continue
    }
    const rest = frenchSpacing(` : ${point.predicate}.`)
    if (!draft.accept(`${subject}${rest}`)) continue
    items.push(strongThen(subject, rest))
    last = {subject, predicates: [point.predicate], accepted: true}
    restated.push(point.predicate)
    from.add(point.from)
  }
  if (items.length < 2) return undefined
  for (const predicate of restated) ctx.restated.add(predicate)
  const outro = picker.pick(fr.KEY_POINTS_OUTRO, (t) => draft.accept(fillTemplate(t.text, slots)))
  const templates = outro ? [intro.id, outro.id] : [intro.id]
  return listSection({by: 'keypoints', title, draft, items, from, templates, outro: outro !== undefined})
}
