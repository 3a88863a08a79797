import {fr} from '@titraille/rules'
import {frenchSpacing, joinList, withoutArticle} from './french.js'
import {list, paragraph, strongThen} from './nodes.js'
import type {Addition, ExpandContext} from './types.js'
import {actorNames} from './material.js'

/**
 * « L’essentiel »: the article's five W in a short box after the chapeau
 * (what, when, where, who, how many), each from the article's own material.
 */
export function essentials(ctx: ExpandContext): Addition | undefined {
  const {material} = ctx
  if (!material.focus) return undefined
  const labels = fr.ESSENTIALS
  const names = actorNames(material, 3, true)
  const figures = material.figures.filter((figure) => figure.rest).slice(0, 2).map((figure) => `${figure.value} ${figure.rest}`)
  // Keyphrases the other rows do not already name (`la Loi fondamentale`, `le revirement de jurisprudence`).
  const named = [material.title ?? '', ...material.places.map((place) => place.text), ...names].join(' ').toLowerCase()
  // The chapeau announces the first two keyphrases: the box names the next ones.
  const themes = material.topics
    .slice(2)
    .map((topic) => topic.text)
    // With the article's determiner only: a bare capitalised word (`Etat-clé`) is no theme.
    .filter((text) => /^(?:le|la|les|l’) /u.test(text))
    .filter((text) => !named.includes(withoutArticle(text).toLowerCase()))
    .slice(0, 3)
  const rows: [string, string | undefined][] = [
    // What happened is the title, printed right above the box: the row would repeat it word for word.
    // A question as title does not say it, nor does an article without one: the focus then.
    [labels.what, material.title && !/\?\s*$/u.test(material.title) ? undefined : material.focus.text],
    [labels.when, material.date ? `le ${material.date.text}` : undefined],
    [labels.where, material.places.length > 0 ? joinList(material.places.slice(0, 3).map((place) => place.text)) : undefined],
    [labels.who, names.length > 0 ? joinList(names) : undefined],
    [labels.howMany, figures.length > 0 ? joinList(figures) : undefined],
    [labels.themes, themes.length >= 2 ? joinList(themes) : undefined]
  ]
  const draft = ctx.draft()
  const items = []
  for (const [label, value] of rows) {
    if (!value) continue
    const rest = frenchSpacing(` : ${value}`)
    if (!draft.accept(`${label}${rest}`)) continue
    items.push(strongThen(label, rest))
  }
  if (items.length < 3) return undefined
  const from = [
    ...new Set([
      ...material.focus.from,
      ...(material.date?.from ?? []),
      ...material.places.slice(0, 3).flatMap((place) => place.from),
      ...material.actors.slice(0, 3).flatMap((actor) => actor.from),
      ...material.figures.slice(0, 2).flatMap((figure) => figure.from)
    ])
  ].sort((a, b) => a - b)
  const generated = {by: 'expand:essentials', from, template: 'essentials'}
  const title = labels.title
  return {
    by: 'essentials',
    placement: {kind: 'chapeau'},
    nodes: [paragraph([{type: 'strong', children: [{type: 'text', value: title}]}], generated), list(items, generated)],
    words: draft.words + title.split(/\s+/u).length,
    from,
    templates: ['essentials'],
    sentences: [...draft.sentences]
  }
}
