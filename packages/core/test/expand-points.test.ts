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
