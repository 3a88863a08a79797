import {describe, expect, it} from '@jest/globals'
import {measure, parseArticle} from '@titraille/core'

const article = `---
title: La piscine municipale rouvre en septembre à Lyon
slug: piscine-municipale-lyon
---
# La piscine municipale rouvre

Les habitants attendent la réouverture de la piscine. Voir [notre dossier](/sport/piscines) et [le communiqué](https://www.lyon.fr/communique).

## Un chantier de deux ans

### Le bassin

Le bassin a été rénové. ![Le bassin de la piscine municipale](bassin.jpg)

## Le calendrier

- Les cours de nage reprennent en mai.
- Les tarifs ne changent pas.
`

describe('structure measurements', () => {
  const m = measure(parseArticle(article, {format: 'markdown'}).tree, {source: article, meta: {title: 'La piscine municipale rouvre en septembre à Lyon', slug: 'piscine-municipale-lyon'}, keyphrase: {text: 'piscine municipale', source: 'meta'}}, {siteUrl: 'https://lyon.fr/'})

  it('reads the heading tree with places and keyphrase flags', () => {
    expect(m.headings.map((h) => [h.depth, h.text, h.keyphrase, h.place?.start.line])).toEqual([
      [1, 'La piscine municipale rouvre', true, 5],
      [2, 'Un chantier de deux ans', false, 9],
      [3, 'Le bassin', false, 11],
      [2, 'Le calendrier', false, 15]
    ])
  })

  it('cuts sections at subheadings: the intro, an empty H2 holding an H3, the H3, the last H2 with its list', () => {
    // The « Un chantier » H2 has no prose of its own (its H3 has); the last
    // section holds the two list items, 7 + 5 words.
    expect(m.sections.map((s) => [s.heading, s.blocks])).toEqual([[undefined, 1], [1, 0], [2, 1], [3, 2]])
    expect(m.sections[3]!.words).toBe(12)
  })

  it('tells internal links (relative, same host) from outbound ones, and reads image alts', () => {
    expect(m.links.map((l) => [l.url, l.internal])).toEqual([['/sport/piscines', true], ['https://www.lyon.fr/communique', true]])
    const outbound = measure(parseArticle(article, {format: 'markdown'}).tree, {source: article})
    expect(outbound.links.map((l) => l.internal)).toEqual([true, false])
    expect(m.images).toEqual([{url: 'bassin.jpg', alt: 'Le bassin de la piscine municipale', keyphrase: true, place: expect.objectContaining({start: expect.objectContaining({line: 13})})}])
    expect(m.keyphrase).toMatchObject({imageAlts: 1, anchors: 0, slug: 1, title: 'start', subheadings: {with: 0, total: 3}})
  })

  it('counts list items as paragraphs and keeps the metadata', () => {
    // « Les habitants … piscine. » 8 + « Voir notre dossier et le communiqué. » 6 (link texts
    // count, URLs do not); « Le bassin a été rénové. » 5 (the image is not prose); 7; 5.
    expect(m.paragraphs.map((p) => p.words)).toEqual([14, 5, 7, 5])
    expect(m.meta).toEqual({title: 'La piscine municipale rouvre en septembre à Lyon', description: undefined, slug: 'piscine-municipale-lyon'})
  })
})

describe('sentence starts', () => {
  const starts = (markdown: string) => measure(parseArticle(markdown, {format: 'markdown'}).tree, {source: markdown}).sameStarts.map((run) => [run.word, run.sentences.length])

  it('reads a determiner or an elision with the next word, and runs on across paragraphs', () => {
    // « Le maire » and « Le conseil » start differently; « C’est » is one start.
    expect(starts('Le maire parle. Le conseil vote. Le maire signe.')).toEqual([])
    expect(starts('C’est tard. C’est fini.\n\nC’est dit.')).toEqual([['c’est', 3]])
  })

  it('lets a subheading break a run', () => {
    expect(starts('Il pleut. Il vente.\n\n## La météo\n\nIl neige.')).toEqual([['il', 2]])
  })
})

