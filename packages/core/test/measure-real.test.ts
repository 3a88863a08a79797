import {describe, expect, it} from '@jest/globals'
import {readFileSync} from 'node:fs'
import type {Root} from 'mdast'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {fr} from '@titraille/rules'
import {findPassive, findTransition, kandelMoles, measure, titrailleParse, tokenize} from '@titraille/core'

const shared = (path: string) => readFileSync(new URL(`../../../../shared/${path}`, import.meta.url), 'utf8')

/** Parse an article as the CLI's `audit` does and measure it with a keyphrase. */
function measureArticle(text: string, keyphrase?: string) {
  const file = new VFile({value: text})
  const tree = unified().use(titrailleParse).parse(file) as Root
  const data = file.data.titraille!
  return measure(tree, {source: data.source, meta: data.meta, keyphrase: keyphrase ? {text: keyphrase, source: 'settings'} : undefined})
}

const share = (part: number, whole: number) => Math.round((part / whole) * 1000) / 10

describe('measurements of the seed article (checked by hand)', () => {
  const m = measureArticle(shared('fixtures/seed-twitter-spaces.txt'), 'Twitter Spaces')
  const sentences = m.sentences

  it('counts 960 words: white-space runs holding a letter or digit', () => {
    // An independent count: split on white space, keep runs with a letter or
    // digit. `20 %` is one word, `–` and `«` are none. The seed has no heading.
    const text = shared('fixtures/seed-twitter-spaces.txt')
    expect(text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w))).toHaveLength(960)
    expect(m.words).toBe(960)
    expect(m.headings).toEqual([])
  })

  it('finds 36 sentences, 23 of them over 20 words (63.9 %)', () => {
    // Paragraph by paragraph: 1, 2, 2, 1, 3, 1, 5 (« Glitch. / Problèmes
    // techniques. / Silences inconfortables. / Échec complet du lancement. /
    // Et ce n’est que le candidat ! a déclaré …: a lowercase word after « ! »
    // continues the sentence), 1, 2, 3, 1, 2, 3, 3 (« … qui a explosé.
    // quelques minutes … » is one sentence: lowercase after the stop), 2, 1,
    // 1, 2 = 36. Sentences over 20 words, by hand: 50, 26, 24, 21 (« Nous
    // avons tellement … bon signe. »), 36, 31, 41, 32, 34, 47, 53, 46, 42, 39,
    // 25, 35, 24, 45, 46, 43, 25, 27, 28 = 23 sentences.
    expect(sentences).toHaveLength(36)
    expect(sentences.filter((s) => s.words > 20)).toHaveLength(23)
    expect(share(23, 36)).toBe(63.9)
    const nous = sentences.find((s) => s.text.startsWith('« Nous avons tellement'))
    expect(nous?.words).toBe(21)
    const cheung = sentences.find((s) => s.text.startsWith('Et ce n’est que le candidat'))
    expect(cheung?.text).toContain('a déclaré Steven Cheung')
    expect(cheung?.words).toBe(19)
  })

  it('finds a transition in 15 sentences (41.7 %)', () => {
    // mais ×7 (« mais son événement », « Mais même », « mais près de 30
    // minutes », « Mais il semble », « Mais dans la Silicon Valley », « mais la
    // prochaine fois »), parce que, après que ×2 (« Après qu’il se soit
    // terminé »: the elided qu’ reads as que), depuis que, quant à, bien que
    // (« bien qu’il reste »), par exemple, plutôt que, alors (« alors
    // populaire »). Not transitions: « Après l’explosion » (a preposition),
    // « Et » (coordination, left out as Yoast does).
    const found = sentences.filter((s) => s.transition !== undefined)
    expect(found.map((s) => s.transition)).toEqual([
      'mais', 'parce que', 'mais', 'après que', 'mais', 'depuis que', 'quant à', 'mais', 'bien que', 'par exemple',
      'plutôt que', 'mais', 'alors', 'mais', 'après que'
    ])
    expect(share(found.length, 36)).toBe(41.7)
  })

  it('finds 5 passive sentences (13.9 %) and not the look-alikes', () => {
    // Passive: « ont été lancés », « avaient été interdits », « est souvent
    // considéré », « n’est généralement pas utilisé » (the same sentence also
    // has « ait été entaché »), « sera évalué ». Not passive: « étaient dus
    // à » (dû: an adjective here), « se sont écoulées », « se soit terminé »,
    // « se sont jointes », « se soit déconnecté » (pronominal verbs), « est
    // resté inférieur » (rester takes être in the passé composé).
    expect(sentences.filter((s) => s.passive !== undefined).map((s) => s.passive)).toEqual([
      'été lancés', 'été interdits', 'est souvent considéré', 'est généralement pas utilisé', 'sera évalué'
    ])
    expect(share(5, 36)).toBe(13.9)
  })

  it('computes a Kandel–Moles reading ease of 50.7', () => {
    // 207 − 1.015 × 960/36 − 73.6 × 1686/960 = 207 − 27.07 − 129.26 = 50.67.
    // Syllables checked by hand on two sentences: « Il y a tellement de monde »,
    // a déclaré l’hôte David Sacks au milieu des perturbations. = 1+1+1+3+1+1
    // (mon-de: mute final e) +1+3+1 (l’hô-te) +2+1+1+2 (mi-lieu) +1+4 = 24;
    // « Le public est resté inférieur à 500 000. » = 1+2+1+2+3+1+1+1 = 12.
    expect(sentences.find((s) => s.text.startsWith('« Il y a tellement'))?.syllables).toBe(24)
    expect(sentences.find((s) => s.text.startsWith('Le public est resté'))?.syllables).toBe(12)
    expect(m.readingEase).toEqual({score: 50.7, words: 960, sentences: 36, syllables: 1686})
  })

  it('counts the keyphrase “Twitter Spaces” 4 times (0.4 %)', () => {
    // “Spaces” occurs 4 times, each time after “Twitter”: first paragraph,
    // twice in the 13th (« l’événement Twitter Spaces de mercredi », « Twitter
    // Spaces – que Twitter a lancé », counted once: the rarer word decides),
    // last paragraph. 4 / 960 = 0.42 %.
    expect(m.keyphrase).toMatchObject({count: 4, density: 0.4, firstParagraph: 'sentence', title: 'missing', contentWords: ['twitter', 'spaces']})
  })

  it('places sentences on their line and column in the source', () => {
    const pozner = sentences.find((s) => s.text.startsWith('Pozner a déclaré'))
    expect(pozner?.place?.start).toMatchObject({line: 16, column: 1})
    const problems = sentences.find((s) => s.text === 'Problèmes techniques.')
    expect(problems?.place?.start).toMatchObject({line: 7, column: 11})
  })
})

describe('measurements of Wikinews 43971 (SpaceX Dragon, checked by hand)', () => {
  const m = measureArticle(shared('corpus/wikinews-fr/43971.md'), 'lancement')

  it('counts 275 words, 249 of them in the 9 prose sentences', () => {
    // H1 « États-Unis : Lancement réussi pour Space X Dragon » = 7 words; the
    // H2 lead = 19; the paragraphs 249 (e.g. the first: 33, « pre­mier » with
    // its soft hyphen is one word).
    expect(m.words).toBe(275)
    expect(m.headings.map((h) => [h.depth, h.words])).toEqual([[1, 7], [2, 19]])
    expect(m.sentences.map((s) => s.words)).toEqual([33, 41, 21, 26, 37, 9, 14, 39, 29])
  })

  it('has 7 of 9 sentences over 20 words (77.8 %), 4 with a transition (44.4 %)', () => {
    // Transitions: « suite à la défaillance », « car », « contrairement à »,
    // « mais ». « après le départ » is a preposition.
    expect(m.sentences.filter((s) => s.words > 20)).toHaveLength(7)
    expect(m.sentences.map((s) => s.transition ?? null)).toEqual(['suite à', null, null, null, 'car', null, null, 'contrairement à', 'mais'])
  })

  it('finds 6 passive sentences of 9 (66.7 %)', () => {
    // « a été reporté », « était autrefois utilisé » (and « a été reconverti »),
    // « être arrimée », « ont tous deux été mis au point », « Il est prévu
    // que » (impersonal passive), « est destiné ». « est en orbite avec ses
    // panneaux solaires déployés » has no participle after être.
    expect(m.sentences.map((s) => s.passive ?? null)).toEqual([
      'été reporté', 'était autrefois utilisé', 'être arrimée', null, 'été mis', null, null, 'est prévu', 'est destiné'
    ])
  })

  it('computes a reading ease of 58.3 and counts “lancement” 3 times', () => {
    // 207 − 1.015 × 249/9 − 73.6 × 408/249 = 58.32. « lancement » in the first
    // paragraph, « site de lancement », « un lancement réussi »; « lan­ceur »
    // (soft hyphen) and « lanceur » are other words.
    expect(m.readingEase).toEqual({score: 58.3, words: 249, sentences: 9, syllables: 408})
    expect(m.keyphrase).toMatchObject({count: 3, title: 'anywhere', firstParagraph: 'sentence', subheadings: {with: 0, total: 1}})
  })
})

describe('measurements of Wikinews 44510 (HRW, torture in Syria, checked by hand)', () => {
  const m = measureArticle(shared('corpus/wikinews-fr/44510.md'), 'torture')

  it('counts 510 words, 14 sentences, 12 over 20 words (85.7 %)', () => {
    // H1 = 9 words; paragraphs: 3 + 4 + 4 + 3 sentences; only « L’ONG dénonce
    // également … » (15) and « En outre, plusieurs témoins … » (14) are short.
    expect(m.words).toBe(510)
    expect(m.sentences).toHaveLength(14)
    expect(m.sentences.filter((s) => s.words > 20)).toHaveLength(12)
  })

  it('finds 9 transition sentences (64.3 %), « grâce aux » included', () => {
    // également ×3, en outre ×2, cependant, par conséquent, bien que, and
    // « grâce aux indications » (grâce à + les contracted).
    expect(m.sentences.filter((s) => s.transition !== undefined).map((s) => s.transition)).toEqual([
      'également', 'en outre', 'en outre', 'également', 'grâce à', 'cependant', 'également', 'par conséquent', 'bien que'
    ])
  })

  it('finds 2 passive sentences (14.3 %)', () => {
    // « sont maintenus », and « sont soumis » in the sentence that starts with
    // the adjective « sont surpeuplés ». « est probablement beaucoup plus
    // élevé » is an adjective, « connus sous le nom » has no être.
    expect(m.sentences.filter((s) => s.passive !== undefined)).toHaveLength(2)
  })

  it('computes a reading ease of 40.8 and counts “torture” 10 times (2 %)', () => {
    // 207 − 1.015 × 501/14 − 73.6 × 884/501 = 40.81. « torture(s) »: 1, 1, 2
    // (« l’Archipel des tortures : …, tortures et disparitions »), 1, 1, 1, 1,
    // 2 = 10; 10 / 510 = 1.96 %.
    expect(m.readingEase).toEqual({score: 40.8, words: 501, sentences: 14, syllables: 884})
    expect(m.keyphrase).toMatchObject({count: 10, density: 2})
  })
})

describe('French lexical measures', () => {
  const words = (text: string) => tokenize(text).filter((t) => t.kind === 'word').map((t) => t.lower)

  it('recognises one-word, multi-word and two-part transitions', () => {
    expect(findTransition(words('Cependant, la grève continue.'))).toBe('cependant')
    expect(findTransition(words('Le ministre a cédé par la suite.'))).toBe('par la suite')
    expect(findTransition(words('D’une part les salaires montent, d’autre part les prix baissent.'))).toBe('d’une part … d’autre part')
    expect(findTransition(words('Le train part à huit heures.'))).toBeUndefined()
  })

  it('treats both apostrophes alike', () => {
    expect(findTransition(words("Tout d'abord, il faut partir."))).toBe('tout d’abord')
    expect(findTransition(words('Tout d’abord, il faut partir.'))).toBe('tout d’abord')
  })

  it('tells the periphrastic passive from être + adjective or movement verb', () => {
    const passive = (text: string) => findPassive(tokenize(text), text)
    expect(passive('La loi a été votée par le Parlement.')).toBe('été votée')
    expect(passive('Les routes seront fermées demain.')).toBe('seront fermées')
    expect(passive('Le texte est souvent cité.')).toBe('est souvent cité')
    expect(passive('Le musée est ouvert par le maire.')).toBe('est ouvert')
    expect(passive('Elle est arrivée hier soir.')).toBeUndefined()
    expect(passive('Il est né à Lyon et il est mort à Paris.')).toBeUndefined()
    expect(passive('Ils se sont rencontrés à Paris.')).toBeUndefined()
    expect(passive('Le château est situé sur la colline.')).toBeUndefined()
    expect(passive('Le résultat est bon.')).toBeUndefined()
  })

  it('counts French syllables with the mute e and hiatus rules', () => {
    expect(fr.countSyllables('monde')).toBe(1)
    expect(fr.countSyllables('perturbations')).toBe(4)
    expect(fr.countSyllables('réalité')).toBe(4)
    expect(fr.countSyllables('aujourd’hui')).toBe(3)
    expect(fr.countSyllables('le')).toBe(1)
    expect(fr.countSyllables('2024')).toBe(1)
  })

  it('computes Kandel–Moles from totals', () => {
    // 207 − 1.015 × 10 − 73.6 × 1.5 = 86.45 → 86.5 (one decimal).
    expect(kandelMoles({words: 100, sentences: 10, syllables: 150}).score).toBe(86.5)
    expect(kandelMoles({words: 0, sentences: 0, syllables: 0}).score).toBe(0)
  })
})
