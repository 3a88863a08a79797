import {describe, expect, it} from '@jest/globals'
import {fr} from '@titraille/rules'
import {NgramCounter, elides, fillTemplate, fillVariants, inPlace, inventedIn, joinList, repeatedNgramShare, withPreposition} from '@titraille/core'

type Pool = readonly {readonly id: string; readonly text?: string; readonly question?: string; readonly answer?: string}[]
const pools = Object.entries(fr).filter((entry): entry is [string, Pool] => {
  const value = entry[1] as unknown
  return Array.isArray(value) && value.length > 0 && typeof value[0] === 'object' && value[0] !== null && 'id' in value[0]
})

describe('expand templates (@titraille/rules/fr)', () => {
  it('close the sections one article can hold in words no other closing shares (no two « du premier au dernier … »)', () => {
    // Sections that stand side by side at the end of one article; ACTORS_OUTRO_ONE replaces ACTORS_OUTRO.
    const closings = ['KEY_FIGURES_OUTRO', 'QUOTES_OUTRO', 'CHRONOLOGY_OUTRO', 'KEY_POINTS_OUTRO', 'GUIDE_OUTRO', 'GLOSSARY_OUTRO', 'FAQ_OUTRO', 'ACTORS_OUTRO']
    const owners = new Map<string, Set<string>>()
    for (const name of closings) {
      const pool = pools.find(([key]) => key === name)?.[1]
      expect([name, pool !== undefined]).toEqual([name, true])
      for (const template of pool!) {
        for (const part of (template.text ?? '').split(/\{[^}]*\}/u)) {
          const words = part.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)
          for (let i = 0; i + 4 <= words.length; i++) {
            const gram = words.slice(i, i + 4).join(' ')
            owners.set(gram, (owners.get(gram) ?? new Set()).add(name))
          }
        }
      }
    }
    expect([...owners].filter(([, names]) => names.size > 1).map(([gram, names]) => `${gram}: ${[...names].join(', ')}`)).toEqual([])
  })

  it('have unique ids, NFC text, typographic apostrophes and no straight quotes', () => {
    const ids = pools.flatMap(([, pool]) => pool.map((template) => template.id))
    expect(ids.length).toBeGreaterThan(100)
    expect(new Set(ids).size).toBe(ids.length)
    for (const [, pool] of pools) {
      for (const template of pool) {
        for (const text of [template.text, template.question, template.answer]) {
          if (text === undefined) continue
          expect(text).toBe(text.normalize('NFC'))
          expect(text).not.toMatch(/['"]/u)
        }
      }
    }
  })

  it('fill with contraction, elision, capitals and no-break spaces, and carry no fact of their own', () => {
    const slots = {focus: 'le lancement', topic: 'les skippers', topic2: 'l’hôte', names: ['Alexandria Ocasio-Cortez', 'la NASA'], date: '22 mai 2012', places: ['la Floride', 'le Texas'], figures: ['18 jours', '521 kg'], figure: '18 jours', speaker: 'la NASA', quote: 'Nous avons réussi', name: 'Alexandria Ocasio-Cortez', place: 'la Floride', noun: 'skippers', count: '18 skippers', speakers: ['la NASA', 'Alexandria Ocasio-Cortez'], role: 'une démocrate de New York', clause: 'la capsule restera 18 jours accrochée à la station', section: 'Le départ', value: '18', keywords: ['lancement', 'capsule'], topics: ['les skippers', 'le port'], sentence: 'La capsule restera 18 jours accrochée à la station.', title: 'Le départ', question: 'Pourquoi le départ a-t-il été reporté ?', subject: 'la capsule', anaphor: 'elle', said: 'elle restera 18 jours accrochée à la station', predicate: 'restera 18 jours accrochée à la station', items: ['les skippers', 'le port', 'la NASA'], context: 'le départ des skippers', passage: 'le départ des skippers', headline: 'départ de la capsule', deed: 'a lancé la capsule', agent: 'des ingénieurs de la NASA', reason: 'la capsule restera 18 jours accrochée à la station', times: 'trois fois'}
    const input = '18 skippers le départ des skippers le lancement les skippers l’hôte Alexandria Ocasio-Cortez la NASA 22 mai 2012 la Floride le Texas 18 jours 521 kg Nous avons réussi une démocrate de New York la capsule restera 18 jours accrochée à la station Le départ lancement capsule le port Pourquoi le départ a-t-il été reporté'
    for (const [, pool] of pools) {
      for (const template of pool) {
        for (const text of [template.text, template.question, template.answer]) {
          if (text === undefined) continue
          const filled = fillTemplate(text, slots)
          expect(filled).not.toMatch(/\{|\}|(?<!\p{L})(?:de|à) les? | [:;!?»]|« /u)
          expect(filled).toMatch(/^[«\p{Lu}]/u)
          expect([text, inventedIn(filled, input)]).toEqual([text, []])
        }
      }
    }
  })

  it('ask a co-occurrence in words of its own, since one FAQ may ask a link and a co-occurrence', () => {
    const frame = (question: string) => question.slice(0, question.indexOf('{')).trim()
    const links = new Set(fr.FAQ_LINK.map((template) => frame(template.question)))
    for (const template of fr.FAQ_LINK_SAME_SENTENCE) {
      expect([template.id, links.has(frame(template.question))]).toEqual([template.id, false])
      // It claims only what the sentence proves: that both are named together.
      expect(template.question).toMatch(/-t-il\b/u)
      expect(template.answer).toMatch(/^Oui\b.*\b(?:phrase|passage)\.$/u)
    }
  })

  it('answer on a keyphrase in words that fit a person or a place as well as a notion', () => {
    // A keyphrase may be a name (`Houdré`, `les Sables d’Olonne`): never a « notion », a « concept »,
    // nor an agreement that assumes its gender (`évoquée`, `toutes deux`).
    for (const pool of [fr.FAQ_RECURRING, fr.FAQ_LINK, fr.FAQ_LINK_SAME_SENTENCE]) {
      for (const template of pool) expect([template.id, template.answer]).not.toEqual([template.id, expect.stringMatching(/notion|concept|\b(?:tous|toutes) deux\b|évoquée?s?\b/u)])
    }
  })

  it('answer a question that asks « quand », « qui », « quel » … without confirming it (« En effet », « Effectivement »)', () => {
    // A confirmation follows a statement or a yes-no question (`Oui, en effet`), not a question
    // that asks for something: « De quand datent ces informations ? En effet, … » reads as a slip.
    for (const [, pool] of pools) {
      for (const template of pool) {
        if (template.question === undefined || !/^(?:Qu|Quand|Où|Comment|Combien|Pourquoi|De quand|À quoi|Dans quel|D’où|De quoi)/u.test(template.question)) continue
        expect([template.id, template.answer]).not.toEqual([template.id, expect.stringMatching(/^(?:En effet|Effectivement|Oui|Non)\b/u)])
      }
    }
  })

  it('elides a template’s `que` before a slot that starts with a vowel', () => {
    expect(fillTemplate('L’article indique que {subject} {predicate}.', {subject: 'Alan Turing', predicate: 'lance le programme ACE'})).toBe('L’article indique qu’Alan Turing lance le programme ACE.')
    expect(fillTemplate('Parce que {subject} {predicate}.', {subject: 'le minitel', predicate: 'cessera de fonctionner'})).toBe('Parce que le minitel cessera de fonctionner.')
  })

  it('fill a template once per order of its lists, the given order first, for the draft to keep the one that repeats least', () => {
    const slots = {names: ['Bertrand de Broc', 'Marc Guillemot'], places: ['l’Europe', 'le Japon', 'l’Amérique'], focus: 'la course'}
    expect(fillVariants('Côté géographie : {places}.', slots)).toEqual(['l’Europe, le Japon et l’Amérique', 'le Japon, l’Amérique et l’Europe', 'l’Amérique, l’Europe et le Japon'].map((list) => `Côté géographie\u00a0: ${list}.`))
    // Lists of different lengths turn together; each variant once.
    expect(fillVariants('On retiendra {names}, {de:places}.', slots)).toHaveLength(3)
    expect(fillVariants('Le point sur {focus}.', slots)).toEqual(['Le point sur la course.'])
    // The second order repeats fewer 4-grams of a text that gave the first.
    const counter = new NgramCounter(4)
    counter.add('Les skippers Bertrand de Broc et Marc Guillemot sont rentrés au port.')
    const [given, turned] = fillVariants('Parmi les marins : {names}.', slots)
    expect(counter.shareWith(turned!)).toBeLessThan(counter.shareWith(given!))
  })

  it('contracts and elides prepositions', () => {
    expect(withPreposition('de', 'le lanceur')).toBe('du lanceur')
    expect(withPreposition('à', 'les skippers')).toBe('aux skippers')
    expect(withPreposition('de', 'Alexandria Ocasio-Cortez')).toBe('d’Alexandria Ocasio-Cortez')
    expect(withPreposition('de', 'la NASA')).toBe('de la NASA')
    expect(withPreposition('à', 'l’hôte')).toBe('à l’hôte')
    expect(withPreposition('de', 'Musk')).toBe('de Musk')
    // The preposition of place follows the determiner the article gives the place.
    expect(['la France', 'l’Afghanistan', 'la Grande-Bretagne', 'le Mali', 'les États-Unis', 'le Caire', 'Montréal', 'l’Est de la Libye', 'l’Est', 'le Nord du Mali'].map(inPlace)).toEqual(['en France', 'en Afghanistan', 'en Grande-Bretagne', 'au Mali', 'aux États-Unis', 'au Caire', 'à Montréal', 'dans l’Est de la Libye', 'dans l’Est', 'dans le Nord du Mali'])
    expect(fillTemplate('Le récit nous a menés {en:places}.', {places: ['Lyon', 'la France', 'l’Italie']})).toBe('Le récit nous a menés à Lyon, en France et en Italie.')
    // A region the tables do not know (`la Kapisa`), a site (`la Maison-Blanche`), a building after `l’`.
    expect(['la Kapisa', 'la Maison-Blanche', 'l’Élysée', 'l’Ohio'].map(inPlace)).toEqual(['en Kapisa', 'à la Maison-Blanche', 'dans l’Élysée', 'en Ohio'])
    expect(elides('hôte')).toBe(true)
    expect(elides('héros')).toBe(false)
    expect(joinList(['a', 'b', 'c'])).toBe('a, b et c')
  })

  it('measures repeated 4-grams', () => {
    expect(repeatedNgramShare('un deux trois quatre cinq')).toBe(0)
    expect(repeatedNgramShare('un deux trois quatre\n\nun deux trois quatre')).toBe(0.5)
  })

  it('takes back one sentence of 4-grams exactly (the planner’s undo)', () => {
    const counter = new NgramCounter(4)
    counter.add('un deux trois quatre cinq')
    const before = {total: counter.total, repeated: counter.repeated, next: counter.shareWith('deux trois quatre cinq six')}
    const undo = counter.addUndoable('un deux trois quatre cinq six sept')
    expect(counter.repeated).toBe(2)
    undo()
    expect({total: counter.total, repeated: counter.repeated, next: counter.shareWith('deux trois quatre cinq six')}).toEqual(before)
  })
})
