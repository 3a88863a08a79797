import {describe, expect, it} from '@jest/globals'
import {analyzeTree, candidatesFor, isSupported, parseArticle, sectionMaterial, sectionProfiles} from '@titraille/core'
import {fr} from '@titraille/rules'

/** Every heading the templates make of a text taken as one section, by template id. */
function headingsOf(text: string, focus?: string): Map<string, string[]> {
  const {tree} = parseArticle(text)
  const analysis = analyzeTree(tree)
  const section = {start: 0, end: tree.children.length, sentences: analysis.sentences.map((sentence) => sentence.id)}
  const [profile] = sectionProfiles(analysis, [section])
  const candidates = candidatesFor(sectionMaterial(analysis, section.sentences), profile!, {maxLength: 70, jitter: new Map(), focus})
  const out = new Map<string, string[]>()
  for (const candidate of candidates) out.set(candidate.template, [...(out.get(candidate.template) ?? []), candidate.text])
  return out
}

const all = (map: Map<string, string[]>) => [...map.values()].flat()

// Sentences of the seed article (../shared/fixtures/seed-twitter-spaces.txt) and of the Wikinews corpus.
describe('questions: inversion with -t-, gender and number of the pronoun', () => {
  it('takes a masculine name up with il and the euphonic t', () => {
    const headings = headingsOf('Twitter a subi une foule de problèmes techniques depuis que Musk a pris le relais et licencié environ 80 % de son personnel.')
    expect(headings.get('question-why')).toContain('Pourquoi Twitter a-t-il subi une foule de problèmes techniques\u202F?')
    // `Comment` asks only about a bare passive: `comment … a-t-il subi …` would guess at the verb's meaning.
    expect(headings.get('question-how')).toBeUndefined()
  })

  it('takes a feminine noun up with elle', () => {
    const headings = headingsOf('Il reste à voir si la plate-forme peut devenir une destination de choix pour les politiciens traditionnels.')
    expect(headings.get('question-yes-no')).toEqual(['La plate-forme peut-elle devenir une destination de choix\u202F?'])
  })

  it('takes a feminine plural up with elles, without -t- after -ont', () => {
    const headings = headingsOf('Les autorités locales ont décrit l’avalanche qui a touché une cordée comme la plus meurtrière de ces dernières années.')
    expect(headings.get('question-why')).toContain('Pourquoi les autorités locales ont-elles décrit l’avalanche\u202F?')
  })

  it('elides the subject’s article and drops a complement to keep the question short', () => {
    const headings = headingsOf(
      'Dans le monde des médias traditionnels, l’événement Twitter Spaces de mercredi pourrait ressembler à un échec.'
    )
    expect(headings.get('question-yes-no')).toEqual(['L’événement Twitter Spaces pourrait-il ressembler à un échec\u202F?'])
  })

  it('asks how for a bare passive, with -t- after sera', () => {
    const headings = headingsOf('Pozner a déclaré qu’il restait une « question ouverte » sur la manière dont Twitter sera évalué en tant que large plate-forme numérique.')
    expect(headings.get('question-how')).toContain('Comment Twitter sera-t-il évalué\u202F?')
  })

  it('asks « Que … ? » with stylistic inversion from a « ce que » clause, the verb agreeing with its subject', () => {
    const headings = headingsOf('Qu’ils obtiennent ou non des preneurs pourrait signaler ce que l’avenir réserve à Twitter en tant que « place publique ».')
    expect(headings.get('question-what')).toEqual(['Que réserve l’avenir à Twitter\u202F?'])
    const plural = headingsOf('Personne ne sait encore ce que les utilisateurs pensent de la nouvelle application.')
    expect(plural.get('question-what')).toEqual(['Que pensent les utilisateurs\u202F?'])
  })

  it('never takes up a person with a pronoun whose gender the name does not tell', () => {
    const headings = headingsOf('La représentante Alexandria Ocasio-Cortez, une démocrate de New York, a tweeté un message moqueur.')
    expect(all(headings).filter((text) => /-t-(?:il|elle)/u.test(text))).toEqual([])
  })
})

describe('noun phrases: determiners, gender, elision and contraction', () => {
  it('keeps the author’s definiteness and elides le / la', () => {
    const headings = headingsOf('Les adversaires de DeSantis ont eu une journée sur le terrain avec l’annonce retardée.')
    expect(headings.get('np-definite')).toContain('L’annonce retardée')
    expect(headings.get('np-definite')).toContain('Les adversaires de DeSantis')
    // `l’annonce retardée` is definite in the text: no `Une annonce retardée`.
    expect(headings.get('np-indefinite') ?? []).not.toContain('Une annonce retardée')
  })

  it('does not make an indefinite quantity definite', () => {
    const headings = headingsOf('Twitter a subi une foule de problèmes techniques depuis que Musk a pris le relais.')
    expect(headings.get('np-indefinite')).toContain('Une foule de problèmes techniques')
    expect(headings.get('np-definite') ?? []).not.toContain('La foule de problèmes techniques')
  })

  it('undoes du into le and keeps de la', () => {
    const headings = headingsOf('Le mot « DeSaster » était à la mode sur Twitter alors que les utilisateurs se moquaient du lancement bâclé de la campagne.')
    expect(headings.get('np-definite')).toContain('Le lancement bâclé de la campagne')
    expect(headings.get('np-bare')).toContain('Lancement bâclé de la campagne')
    expect(headings.get('np-indefinite') ?? []).not.toContain('Un lancement bâclé de la campagne')
  })

  it('agrees the indefinite article with a feminine noun and keeps d’ in the complement', () => {
    const headings = headingsOf('Un retard d’une demi-heure et une audience de centaines de milliers ont marqué la soirée.')
    expect(headings.get('np-indefinite')).toContain('Un retard d’une demi-heure')
  })

  it('writes a bare phrase from a verbless sentence', () => {
    const headings = headingsOf('Glitch. Problèmes techniques. Silences inconfortables. Échec complet du lancement.')
    expect(headings.get('np-bare')).toContain('Échec complet du lancement')
  })

  it('draws nothing from table cells', () => {
    const text = 'Twitter a subi une foule de problèmes techniques depuis que Musk a pris le relais.\n\n| Événement | Auditeurs |\n| --- | --- |\n| Le lancement bâclé de la campagne | 420 000 |\n'
    const headings = all(headingsOf(text))
    expect(headings).toContain('Twitter\u00A0: une foule de problèmes techniques')
    expect(headings.filter((heading) => /bâclé/u.test(heading))).toEqual([])
  })

  it('does not cut an adjective from what it governs', () => {
    const headings = headingsOf('Les foyers ont un revenu disponible inférieur ou égal à 2 200 euros.')
    expect(all(headings).filter((text) => /inférieur$/u.test(text))).toEqual([])
  })
})

describe('entity and quote forms: French typography', () => {
  it('writes “Name : phrase” with a no-break space before the colon', () => {
    const headings = headingsOf('Twitter a subi une foule de problèmes techniques depuis que Musk a pris le relais.')
    expect(headings.get('entity-colon-np')).toEqual(['Twitter\u00A0: une foule de problèmes techniques'])
  })

  it('quotes a speaker in guillemets with no-break spaces', () => {
    const headings = headingsOf(
      '« C’est bien pire pour DeSantis que pour Musk », a déclaré Jo-Ellen Pozner, professeur de commerce à l’Université de Santa Clara.'
    )
    expect(headings.get('quote')).toEqual(['«\u00A0C’est bien pire pour DeSantis que pour Musk\u00A0»'])
    expect(headings.get('speaker-quote')).toEqual(['Jo-Ellen Pozner\u00A0: «\u00A0C’est bien pire pour DeSantis que pour Musk\u00A0»'])
  })

  it('leaves out a quote cut after a function word', () => {
    const headings = headingsOf('« Musk a une solution plus simple en disant simplement que » c’était la première fois.')
    expect(headings.get('quote') ?? []).toEqual([])
  })
})

describe('the rules every heading follows', () => {
  it('accepts only words of the section (template words excepted)', () => {
    const {tree} = parseArticle('Twitter a subi une foule de problèmes techniques depuis que Musk a pris le relais.')
    const analysis = analyzeTree(tree)
    const vocabulary = new Set(analysis.sentences.flatMap((sentence) => sentence.tokens.map((token) => token.stem)))
    const why = fr.HEADING_TEMPLATES.find((template) => template.id === 'question-why')!
    const plain = fr.HEADING_TEMPLATES.find((template) => template.id === 'np-definite')!
    expect(isSupported('Pourquoi Twitter a-t-il subi une foule de problèmes techniques ?', why, vocabulary)).toBe(true)
    expect(isSupported('Pourquoi Twitter a-t-il flanché ?', why, vocabulary)).toBe(false)
    expect(isSupported('Twitter : une foule de problèmes techniques', plain, vocabulary)).toBe(true)
    expect(isSupported('Twitter : une foule de pannes techniques', plain, vocabulary)).toBe(false)
  })

  it('keeps every heading within 70 characters, capitalised, without a final full stop', () => {
    const text =
      'Elon Musk veut transformer Twitter en une « place de la ville numérique », mais son événement de lancement Twitter Spaces très médiatisé, avec le gouverneur de Floride Ron DeSantis annonçant sa candidature à la présidence, a été aux prises avec des problèmes techniques et un retard de près d’une demi-heure mardi.'
    const headings = all(headingsOf(text))
    expect(headings.length).toBeGreaterThan(0)
    for (const heading of headings) {
      expect(heading.length).toBeLessThanOrEqual(70)
      expect(heading).toMatch(/^[«\p{Lu}]/u)
      expect(heading).not.toMatch(/\.$/u)
    }
  })

  it('uses each template of the rules at most once per article and gives each an example', () => {
    const ids = fr.HEADING_TEMPLATES.map((template) => template.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const template of fr.HEADING_TEMPLATES) expect(template.example.length).toBeLessThanOrEqual(70)
  })
})
