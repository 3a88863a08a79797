import {fr} from '@titraille/rules'
import {frenchSpacing} from './french.js'
import {heading, list, paragraph, strongThen} from './nodes.js'
import {fillVariants} from './template.js'
import type {Addition, ExpandContext} from './types.js'

/** « Les acteurs »: people and organisations with the role the article gives them. */
export function actors(ctx: ExpandContext): Addition | undefined {
  const {material, picker} = ctx
  const named = material.actors.filter((actor) => actor.name.split(/\s+/u).length <= 5)
  const withRole = named.filter((actor) => actor.role)
  const others = named.filter((actor) => !actor.role).slice(0, 4).map((actor) => actor.name)
  if (withRole.length === 0 || !material.focus) return undefined
  const draft = ctx.draft()
  const from = new Set<number>()
  const items = []
  for (const actor of withRole.slice(0, 6)) {
    const rest = frenchSpacing(` : ${actor.role!}`)
    if (!draft.accept(`${actor.name}${rest}`)) continue
    items.push(strongThen(actor.name, rest))
    // A role that restates a clause (`un marin qui a survécu …`) is not restated again elsewhere.
    ctx.restated.add(actor.role!)
    for (const id of actor.from) from.add(id)
  }
  if (items.length === 0) return undefined
  // The intro, once the list is known: one name is no « plusieurs personnes » (nor « eux » after it).
  const one = items.length === 1 && others.length < 2
  const intro = picker.pick(one ? fr.ACTORS_INTRO_ONE : fr.ACTORS_INTRO, (t) => draft.accept(fillVariants(t.text, {focus: material.focus!.text})))
  if (!intro) return undefined
  const introText = draft.sentences[draft.sentences.length - 1]!
  const templates = [intro.id]
  const nodesAfter = []
  const addOthers = () => {
    if (others.length < 2) return
    const template = picker.pick(fr.ACTORS_OTHERS, (t) => draft.accept(fillVariants(t.text, {names: others})))
    if (template) {
      templates.push(template.id)
      nodesAfter.push(draft.sentences[draft.sentences.length - 1]!)
    }
  }
  // The outro speaks of the roles listed: of one role in the singular, and then before the names
  // given without one (`Sont aussi mentionnés : …`), which it is not about.
  const oneRole = items.length === 1
  if (!oneRole) addOthers()
  const outro = picker.pick(oneRole ? fr.ACTORS_OUTRO_ONE : fr.ACTORS_OUTRO, (t) => draft.accept(fillVariants(t.text, {focus: material.focus!.text})))
  if (outro) {
    templates.push(outro.id)
    nodesAfter.push(draft.sentences[draft.sentences.length - 1]!)
  }
  if (oneRole) addOthers()
  const generated = {by: 'expand:actors', from: [...from].sort((a, b) => a - b), template: templates.join(' ')}
  const title = fr.EXPAND_HEADINGS.actors
  return {
    by: 'actors',
    placement: {kind: 'end'},
    nodes: [heading(title, 2, generated), paragraph(introText, generated), list(items, generated), ...nodesAfter.map((text) => paragraph(text, generated))],
    words: draft.words + title.split(/\s+/u).length,
    from: generated.from,
    templates,
    sentences: [introText, ...draft.sentences.filter((sentence) => sentence !== introText)]
  }
}
