import {describe, expect, it} from '@jest/globals'
import {readFileSync} from 'node:fs'
import {analyzeTree, parseArticle} from '@titraille/core'
import {occurrencesIn} from '../src/expand/glossary.js'
import {contextsOf, pointsOf} from '../src/expand/points.js'
import {SHARED} from './expand-pipeline.js'

function analysis(path: string) {
  const {tree} = parseArticle(readFileSync(`${SHARED}${path}`, 'utf8'))
  return analyzeTree(tree)
}

describe('expand points and glossary material', () => {
  it('cuts clauses into subject and predicate, moving a fronted circumstance after a short predicate', () => {
    const points = pointsOf(analysis('corpus/wikinews-fr/44939.md')).map((point) => `${point.subject} | ${point.predicate}`)
    expect(points).toContain('La Cour constitutionnelle | a procédé ce vendredi à un revirement de jurisprudence')
    expect(points).toContain('aucune intervention sur le territoire allemand des forces armées | n’était autorisée depuis la fin de la Seconde Guerre mondiale'.replace(/’/gu, '\''))
  })

  it('finds the verb past a parenthesis and a relative clause, a mis-tagged finite verb, and a copula with its attribute', () => {
    const points = pointsOf(analysis('corpus/wikinews-fr/44939.md')).map((point) => `${point.subject} | ${point.predicate}`)
    // `datait` is tagged as an adjective; `(Grundgesetz) qui ne prévoit qu’une intervention en dernier recours` lies between.
    expect(points).toContain('Cette interprétation stricte de la Loi fondamentale | datait de la fin du régime nazi')
    expect(points).toContain('Les modalités d\'une telle intervention | restent inchangées')
    // `il appartient seul au gouvernement …` is impersonal: no point.
    expect(points.some((point) => point.includes('appartient'))).toBe(false)
  })

  it('takes the subject before an apposition or a relative clause between commas, and a reflexive verb', () => {
    const algeria = pointsOf(analysis('corpus/wikinews-fr/44545.md')).map((point) => `${point.subject} | ${point.predicate}`)
    expect(algeria).toContain('le président algérien Abdelaziz Bouteflika | a ensuite félicité les artistes')
    const etruscans = pointsOf(analysis('corpus/wikinews-fr/44388.md')).map((point) => `${point.subject} | ${point.predicate}`)
    // `Les Étrusques, un peuple d'agriculteurs, profitèrent de …`
    expect(etruscans).toContain('Les Étrusques | profitèrent de leur facilité à travailler le bronze')
    expect(etruscans).toContain('Le peuple étrusque | s\'intégrera par la suite à l\'empire romain')
    const greece = pointsOf(analysis('corpus/wikinews-fr/44269.md')).map((point) => `${point.subject} | ${point.predicate}`)
    // `Les dirigeants européens, qui ont soutenu …, se sont félicités …`
    expect(greece).toContain('Les dirigeants européens | se sont félicités du résultat des élections')
  })

  it('leaves out a clause whose object lies past a comma, an infinitive for a verb, and a cut score', () => {
    const race = pointsOf(analysis('corpus/wikinews-fr/45774.md'))
    // `il a annoncé ce matin, vers 7h30, son abandon`
    expect(race.some((point) => point.predicate === 'a annoncé ce matin')).toBe(false)
    const campaign = pointsOf(analysis('corpus/wikinews-fr/45643.md')).map((point) => `${point.subject} | ${point.predicate}`)
    expect(campaign).toContain('Les derniers jours de la campagne | vont se dérouler à un rythme infernal')
    const tennis = pointsOf(analysis('corpus/wikinews-fr/44589.md'))
    expect(tennis.some((point) => /6-?$/u.test(point.predicate) || point.predicate.endsWith('6-1'))).toBe(false)
  })

  it('never takes a pronoun as subject, nor a clause of quoted speech, nor a predicate that points past its clause', () => {
    for (const id of ['43971', '44269', '44833', '45643', '45758']) {
      for (const point of pointsOf(analysis(`corpus/wikinews-fr/${id}.md`))) {
        expect(point.subject).not.toMatch(/^(?:il|elle|ils|elles|on|qui)\b/iu)
        expect(point.subject + point.predicate).not.toMatch(/[«»]/u)
        expect(point.predicate).not.toMatch(/\b(?:telle?s?|suivante?s?)$/u)
        expect(point.predicate.split(' ').length).toBeGreaterThanOrEqual(3)
      }
    }
  })

  it('takes `il` for the person named as subject just before, and for nothing else', () => {
    const race = pointsOf(analysis('corpus/wikinews-fr/45758.md')).map((point) => `${point.subject} | ${point.predicate}`)
    expect(race).toContain('Marc Guillemot | annonce son abandon en début de matinée le 11 novembre')
    // `Il est attendu mercredi à Charlotte` follows a sentence on the Ohio: no point.
    const campaign = pointsOf(analysis('corpus/wikinews-fr/45070.md'))
    expect(campaign.some((point) => point.predicate.startsWith('est attendu mercredi'))).toBe(false)
  })

  it('finds the noun phrases a term occurs in, left or right of it, each once', () => {
    const croatia = analysis('corpus/wikinews-fr/44833.md')
    expect(contextsOf(croatia, 'noms').map((context) => context.text)).toEqual(['les noms de ses plus gros fraudeurs'])
    const dragon = analysis('corpus/wikinews-fr/43971.md')
    expect(contextsOf(dragon, 'Dragon').map((context) => context.text)).toContain('la capsule Dragon')
  })

  it('counts whole-word occurrences only', () => {
    expect(occurrencesIn('La torture, les tortures et la Torture.', 'torture')).toBe(2)
    expect(occurrencesIn('Le port du Port-Vendres', 'port')).toBe(2)
    expect(occurrencesIn('rapporte', 'port')).toBe(0)
  })
})
