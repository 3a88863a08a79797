import {describe, expect, it} from '@jest/globals'
import {readFileSync} from 'node:fs'
import {analyzeTree, gatherMaterial, parseArticle} from '@titraille/core'
import {SHARED} from './expand-pipeline.js'

function material(path: string) {
  const {tree} = parseArticle(readFileSync(`${SHARED}${path}`, 'utf8'))
  return gatherMaterial(analyzeTree(tree))
}

describe('expand material', () => {
  it('takes numbers with what they count, never a part of a larger number or of a name', () => {
    const dragon = material('corpus/wikinews-fr/43971.md')
    const figures = dragon.figures.map((figure) => `${figure.value} ${figure.rest}`.trim())
    expect(figures).toContain('521 kg de matériel')
    expect(figures).toContain('18 jours')
    // `quarante cinq minutes` is 45, `Falcon 9` a name
    expect(figures.some((figure) => figure.startsWith('cinq') || figure.startsWith('9 '))).toBe(false)
  })

  it('gives people the role the article gives them', () => {
    const seed = material('fixtures/seed-twitter-spaces.txt')
    const pozner = seed.actors.find((actor) => actor.name.includes('Pozner'))
    expect(pozner?.role).toBe('professeur de commerce à l’Université de Santa Clara')
  })

  it('names the institutions of the article with the article it uses', () => {
    const court = material('corpus/wikinews-fr/44939.md')
    const names = court.actors.map((actor) => actor.name)
    expect(names).toEqual(expect.arrayContaining(['la Cour constitutionnelle', 'le gouvernement', 'le ministre de la Défense']))
    // `Loi fondamentale` is no body.
    expect(names.some((name) => name.includes('Loi'))).toBe(false)
    const greece = material('corpus/wikinews-fr/44269.md').actors.map((actor) => actor.name)
    expect(greece).toEqual(expect.arrayContaining(['la Banque centrale européenne', 'la Commission européenne', 'le ministère des Affaires étrangères']))
    // `le Parti socialiste (PASOK)` is PASOK, already named.
    expect(greece).not.toContain('le Parti socialiste')
    // `la procureure de la Cour pénale internationale, Fatou Bensouda` is a person's title.
    const mali = material('corpus/wikinews-fr/44485.md').actors.map((actor) => actor.name)
    expect(mali).toContain('la Cour pénale internationale')
    expect(mali.some((name) => name.startsWith('la procureure'))).toBe(false)
    // `l'Université d'État d'hydrométéorologie de Russie` is not cut to `l’Université d'État`.
    expect(material('corpus/wikinews-fr/45619.md').actors.some((actor) => actor.name.endsWith('d\'État'))).toBe(false)
  })

  it('takes the place a title opens on, not a capitalised common noun', () => {
    const court = material('corpus/wikinews-fr/44939.md')
    expect(court.places.map((place) => place.text)).toContain('l’Allemagne')
    expect(court.places.find((place) => place.text === 'l’Allemagne')?.from).toEqual([0])
    // `France :` in the title, `Wikimedia France` in the text: no place.
    expect(material('corpus/wikinews-fr/45764.md').places.map((place) => place.text)).not.toContain('la France')
    expect(material('corpus/wikinews-fr/44545.md').places.map((place) => place.text)).not.toContain('le Théâtre')
  })

  it('attributes a quotation to the one who speaks, not to a name in an apposition', () => {
    const corsica = material('corpus/wikinews-fr/45467.md')
    const quote = corsica.quotes.find((q) => q.text.startsWith('Je partirai'))
    // `clash avec Bernard Bonnet, …, qui lui avait rétorqué` is too subtle: no attribution beats a wrong one.
    if (quote) expect(quote.speaker).toBe('Bernard Bonnet')
    expect(corsica.quotes.some((q) => q.speaker.includes('Erignac'))).toBe(false)
    const mali = material('corpus/wikinews-fr/44540.md')
    expect(mali.quotes.find((q) => q.text.startsWith('Si l’armée') || q.text.startsWith("Si l'armée"))?.speaker).toBe('Oumar Maïga')
  })

  it('keeps determiners from the text and dates in order', () => {
    const lorient = material('corpus/wikinews-fr/44860.md')
    expect(lorient.events.map((event) => event.date)).toEqual(expect.arrayContaining(['dimanche 5 août', 'lundi 6']))
    const keys = lorient.events.map((event) => event.key)
    expect([...keys].sort((a, b) => a - b)).toEqual(keys)
    for (const topic of lorient.topics) expect(topic.text).toMatch(/^(?:le |la |les |l’|\p{Lu})/u)
  })
})
