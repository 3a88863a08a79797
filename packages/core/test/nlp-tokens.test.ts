import {describe, expect, it} from '@jest/globals'
import {readFileSync} from 'node:fs'
import {normalizeWord, stem, tokenize} from '@titraille/core'

const seed = readFileSync(new URL('../../../../shared/fixtures/seed-twitter-spaces.txt', import.meta.url), 'utf8')
const texts = (text: string) => tokenize(text).map((token) => token.text)
const kinds = (text: string) => tokenize(text).map((token) => `${token.text}/${token.kind}`)

describe('tokenize: elisions and apostrophes', () => {
  it('splits elided articles and pronouns off, with either apostrophe', () => {
    expect(texts('L’homme d’affaires qu’il voit jusqu’à Paris')).toEqual(['L’', 'homme', 'd’', 'affaires', 'qu’', 'il', 'voit', 'jusqu’', 'à', 'Paris'])
    expect(texts("L'homme d'affaires qu'il voit jusqu'à Paris")).toEqual(["L'", 'homme', "d'", 'affaires', "qu'", 'il', 'voit', "jusqu'", 'à', 'Paris'])
  })

  it('keeps aujourd’hui, presqu’île and quelqu’un whole', () => {
    expect(texts('aujourd’hui, aujourd\'hui, la presqu’île et quelqu’un')).toEqual(['aujourd’hui', ',', "aujourd'hui", ',', 'la', 'presqu’île', 'et', 'quelqu’un'])
  })

  it('normalises the apostrophe to ’ in lower and flags elided words as stop words', () => {
    const [elided, word] = tokenize("l'événement")
    expect(elided).toMatchObject({text: "l'", lower: 'l’', stop: true, kind: 'word'})
    expect(word).toMatchObject({text: 'événement', lower: 'événement', stop: false})
    expect(normalizeWord("Aujourd'hui")).toBe('aujourd’hui')
  })

  it('splits a chain of elisions: qu’aujourd’hui, s’il', () => {
    expect(texts('jusqu’à ce qu’aujourd’hui s’il pleut')).toEqual(['jusqu’', 'à', 'ce', 'qu’', 'aujourd’hui', 's’', 'il', 'pleut'])
  })
})

describe('tokenize: hyphens, numbers, URLs', () => {
  it('keeps hyphenated words and names whole', () => {
    expect(texts('Alexandria Ocasio-Cortez, peut-être, Jo-Ellen Pozner et la plate-forme tout-en-un')).toEqual([
      'Alexandria', 'Ocasio-Cortez', ',', 'peut-être', ',', 'Jo-Ellen', 'Pozner', 'et', 'la', 'plate-forme', 'tout-en-un'
    ])
  })

  it('keeps verbs with an inverted subject whole and marks them as stop words', () => {
    const tokens = tokenize('Sa grande vision, a-t-il dit, est-elle claire ?')
    expect(tokens.map((t) => t.text)).toEqual(['Sa', 'grande', 'vision', ',', 'a-t-il', 'dit', ',', 'est-elle', 'claire', '?'])
    expect(tokens.find((t) => t.text === 'a-t-il')?.stop).toBe(true)
    expect(tokens.find((t) => t.text === 'est-elle')?.stop).toBe(true)
  })

  it('reads French numbers: decimals with a comma, thousands with a space, 18 h, 1.2, ordinals', () => {
    expect(kinds('environ 420 000 auditeurs, 3,5 % à 18 h, la version 1.2 et le 42e festival')).toEqual([
      'environ/word', '420 000/number', 'auditeurs/word', ',/punct', '3,5/number', '%/punct', 'à/word', '18/number', 'h/word', ',/punct',
      'la/word', 'version/word', '1.2/number', 'et/word', 'le/word', '42e/number', 'festival/word'
    ])
  })

  it('reads URLs and e-mail addresses without the final full stop', () => {
    expect(kinds('Voir https://fr.wikinews.org/wiki/Accueil?x=1. Ou www.example.fr, contact@example.fr.')).toEqual([
      'Voir/word', 'https://fr.wikinews.org/wiki/Accueil?x=1/url', './punct', 'Ou/word', 'www.example.fr/url', ',/punct', 'contact@example.fr/email', './punct'
    ])
  })

  it('keeps a word with a soft hyphen whole (`pre\\u00admier`)', () => {
    const tokens = tokenize('le pre\u00admier étage du lan\u00adceur')
    expect(tokens.map((t) => t.lower)).toEqual(['le', 'premier', 'étage', 'du', 'lanceur'])
    expect(tokens[1]!.text).toBe('pre\u00admier')
  })
})

describe('tokenize: stems, stop words, function words, offsets', () => {
  it('stems with the French Porter stemmer, so plural and singular share a stem', () => {
    const [a, , b] = tokenize('lancement et lancements')
    expect(a!.stem).toBe(b!.stem)
    expect(stem('problèmes')).toBe(stem('problème'))
  })

  it('flags stop words and function words', () => {
    const tokens = tokenize('Le lancement a eu lieu mardi dans la Silicon Valley')
    const by = (text: string) => tokens.find((t) => t.text === text)!
    expect(by('Le').stop).toBe(true)
    expect(by('dans').stop).toBe(true)
    expect(by('lancement').stop).toBe(false)
    expect(by('mardi')).toMatchObject({stop: false, functionWord: true})
    expect(by('lieu')).toMatchObject({functionWord: true})
    expect(by('lancement').functionWord).toBe(false)
  })

  it('gives offsets that point at each token in the seed article', () => {
    const tokens = tokenize(seed)
    expect(tokens.length).toBeGreaterThan(1000)
    for (const token of tokens) expect(seed.slice(token.start, token.end)).toBe(token.text)
    for (let i = 1; i < tokens.length; i++) expect(tokens[i]!.start).toBeGreaterThanOrEqual(tokens[i - 1]!.end)
  })
})
