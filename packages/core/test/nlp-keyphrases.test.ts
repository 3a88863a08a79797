import {describe, expect, it} from '@jest/globals'
import {readFileSync} from 'node:fs'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {analyzeTree, parseArticle, remarkAnalyze, titrailleParse, type Keyphrase} from '@titraille/core'
import {fr} from '@titraille/rules'

const shared = (path: string) => readFileSync(new URL(`../../../../shared/${path}`, import.meta.url), 'utf8')
const seed = shared('fixtures/seed-twitter-spaces.txt')
const analyse = (text: string, options?: {keyphrase?: string; title?: string}) => analyzeTree(parseArticle(text).tree, options)

describe('keyphrases of the seed article', () => {
  const analysis = analyse(seed)
  const texts = analysis.keyphrases.map((k) => k.text)

  it('ranks the article’s topics first', () => {
    expect(texts.slice(0, 5)).toEqual(expect.arrayContaining(['Twitter', 'Twitter Spaces', 'problèmes techniques']))
    expect(texts.slice(0, 10)).toEqual(expect.arrayContaining(['DeSantis', 'Musk', 'lancement']))
  })

  it('makes the best candidate the focus keyphrase', () => {
    expect(analysis.focus).toBe(analysis.keyphrases[0]!.text)
  })

  it('does not focus on an adjective after its noun, which the lexicon also knows as a noun', () => {
    // INSEE, 2012: `France` in the title lifts `français` (same stem), only ever written after a noun.
    const crisis = analyse(shared('corpus/wikinews-fr/44522.md'))
    expect(crisis.keyphrases[0]!.text).toBe('français')
    expect(crisis.focus).toBe('crise')
    // The same word as a noun may be the focus.
    const language = analyse('# Le français\n\nLe français est parlé sur cinq continents. Le français recule pourtant dans les écoles, selon le rapport. Apprendre le français reste un atout.')
    expect(language.focus).toBe('français')
    // Afghanistan, 2012: `afghan(e)(s)` follows a noun (`l’armée afghane`, `forces afghanes`) or an adjective
    // (`responsable afghans`, which the lexicon lacks as a noun); never the focus (headings read « Les afghanes »).
    const kapisa = analyse(shared('corpus/wikinews-fr/44530.md'))
    expect(kapisa.keyphrases[0]!.text).toBe('afghanes')
    expect(kapisa.focus).toBe('armée française')
    // Gilles Jacquier, 2012: `le journaliste de France 2 Gilles Jacquier`: a name is not cut before its
    // number (no « journaliste de France », no « France »), a year is no part of a name (`Vendée Globe 2012-2013`).
    const jacquier = analyse(shared('corpus/wikinews-fr/44672.md')).keyphrases.map((keyphrase) => keyphrase.text)
    expect(jacquier.filter((text) => /France$/u.test(text))).toEqual([])
    expect(jacquier).toContain('journaliste')
    expect(analyse(shared('corpus/wikinews-fr/45758.md')).focus).toBe('Vendée Globe')
    const afterAdjective = analyse('# Les forces\n\nLes forces armées afghanes tiennent la province. Les forces armées afghanes reçoivent du matériel. Les forces armées afghanes recrutent.')
    expect(afterAdjective.focus).not.toBe('afghanes')
  })

  it('focuses on the name the title gives its best common noun (« le projet Wikidata », « le pont Mathilde »)', () => {
    // Wikidata, 2012: « projet » is the best candidate; the title names which project.
    const wikidata = analyse(shared('corpus/wikinews-fr/45611.md'))
    expect(wikidata.keyphrases[0]!.text).toBe('projet')
    expect(wikidata.focus).toBe('Wikidata')
    // Rouen, 2012: the article writes « le pont Mathilde »: the noun and its name.
    const rouen = analyse(shared('corpus/wikinews-fr/45736.md'))
    expect(rouen.keyphrases[0]!.text).toBe('pont')
    expect(rouen.focus).toBe('pont Mathilde')
    // A noun the title follows with a common word keeps the focus.
    const plain = analyse('# Le projet avance\n\nLe projet de loi avance. Le projet sera voté mardi. Les députés discutent du projet.')
    expect(plain.focus).toBe('projet')
  })

  it('takes no phrase the length limit cuts before its complement (« projet de base | de données »)', () => {
    // Wikidata, 2012: « un projet de base de données » (gold: « projet de base de donnée »).
    const wikidata = analyse(shared('corpus/wikinews-fr/45611.md')).keyphrases.map((keyphrase) => keyphrase.text)
    expect(wikidata).not.toContain('projet de base')
    expect(wikidata).toContain('données')
    // A complement that ends within the limit stays (« la livraison du matériel électoral »).
    expect(analyse(shared('corpus/wikinews-fr/44585.md')).keyphrases.map((keyphrase) => keyphrase.text)).toContain('livraison du matériel électoral')
  })

  it('reads a word the noun lexicon does not know, before an adverb in -ment, as a verb', () => {
    // Wimbledon, 2012: « la cadette des Williams domine largement le match » gave « Williams domine ».
    const wimbledon = analyse(shared('corpus/wikinews-fr/44589.md')).keyphrases.map((keyphrase) => keyphrase.text)
    expect(wimbledon.filter((text) => /domine/u.test(text))).toEqual([])
    expect(wimbledon).toContain('Williams')
    // A noun in -ment is no adverb: « le développement durable » stays whole.
    const texts = analyse('# Le développement durable\n\nLe développement durable progresse nettement. La commission du développement durable se réunit mardi.').keyphrases.map((keyphrase) => keyphrase.text)
    expect(texts).toContain('développement durable')
    expect(texts.filter((text) => /progresse/u.test(text))).toEqual([])
  })

  it('only keeps noun-phrase-shaped candidates of 1 to 4 words', () => {
    for (const keyphrase of analysis.keyphrases) {
      const words = keyphrase.text.split(/[\s’']+/u).filter(Boolean)
      expect(words.length).toBeGreaterThanOrEqual(1)
      expect(words.length).toBeLessThanOrEqual(4)
      const first = words[0]!.toLowerCase()
      const last = words[words.length - 1]!.toLowerCase()
      expect(fr.STOP_WORD_SET.has(first)).toBe(false)
      expect(fr.STOP_WORD_SET.has(last)).toBe(false)
      expect(fr.FUNCTION_WORD_SET.has(last)).toBe(false)
    }
    // Clauses and verb forms are not keyphrases.
    expect(texts).not.toContain('déclaré')
    expect(texts.some((t) => /\bdéclaré\b|\ba tweeté\b/u.test(t))).toBe(false)
  })

  it('lists occurrences as sentence ids where the phrase is', () => {
    const phrase = analysis.keyphrases.find((k) => k.text === 'problèmes techniques')!
    expect(phrase.count).toBeGreaterThanOrEqual(4)
    for (const id of phrase.occurrences) expect(analysis.sentences[id]!.text.toLowerCase()).toMatch(/problèmes? techniques?/u)
  })

  it('groups variants under the same stems', () => {
    const retard = analysis.keyphrases.find((k) => k.key === analysis.keyphrases.find((c) => c.text === 'retard')?.key)
    expect(retard?.variants).toEqual(expect.arrayContaining(['retard', 'retardée']))
  })

  it('explains each rank', () => {
    const twitter = analysis.keyphrases.find((k) => k.text === 'Twitter')!
    expect(twitter.why).toEqual(expect.arrayContaining(['a name (capitalised)', 'appears early']))
    expect(twitter.why[0]).toMatch(/^\d+ occurrences$/u)
  })

  it('is deterministic', () => {
    const again = analyse(seed).keyphrases
    expect(JSON.stringify(again)).toBe(JSON.stringify(analysis.keyphrases))
  })
})

describe('keyphrase features', () => {
  const body = [
    'Le conseil municipal a voté le budget de la piscine mardi soir.',
    'Le budget prévoit la rénovation de la piscine et du gymnase.',
    'La piscine fermera pendant les travaux de rénovation.',
    'Le gymnase restera ouvert aux associations sportives.'
  ].join('\n\n')

  it('weighs the title’s words up', () => {
    const without = analyse(body).keyphrases.map((k) => k.text)
    const withTitle = analyse(`# Le gymnase rouvre\n\n${body}`).keyphrases.map((k) => k.text)
    expect(withTitle.indexOf('gymnase')).toBeLessThan(without.indexOf('gymnase'))
  })

  it('keeps a user keyphrase as the focus', () => {
    expect(analyse(body, {keyphrase: 'rénovation du gymnase'}).focus).toBe('rénovation du gymnase')
  })

  it('weighs down a fragment of a longer name', () => {
    const analysis = analyse('Le départ du Vendée Globe a eu lieu aux Sables d’Olonne. Les skippeurs du Vendée Globe ont quitté les Sables d’Olonne sous le soleil.')
    const rank = (text: string) => analysis.keyphrases.findIndex((k: Keyphrase) => k.text === text)
    expect(rank('Vendée Globe')).toBeGreaterThanOrEqual(0)
    expect(rank('Vendée')).toBe(-1)
    expect(rank('Sables d’Olonne')).toBeGreaterThanOrEqual(0)
  })
})

describe('keyphrases on wikinews-fr', () => {
  it('finds most reader-assigned keyphrases of a news article in its top 10', () => {
    const article = shared('corpus/wikinews-fr/44635.md')
    const top = analyse(article).keyphrases.slice(0, 10).map((k) => k.text.toLowerCase())
    expect(top).toEqual(expect.arrayContaining(['psa', 'emplois', 'psa peugeot citroën', 'philippe varin']))
  })
})

describe('remarkAnalyze', () => {
  it('stores the analysis on file.data.titraille, with the front matter keyphrase as focus', () => {
    const file = new VFile({value: `---\nkeyphrase: Twitter Spaces\n---\n\n${seed}`})
    const processor = unified().use(titrailleParse).use(remarkAnalyze)
    processor.runSync(processor.parse(file), file)
    const analysis = file.data.titraille?.analysis
    expect(analysis?.focus).toBe('Twitter Spaces')
    expect(analysis?.sentences.length).toBeGreaterThan(30)
    expect(analysis?.keyphrases[0]?.text).toBe('Twitter')
  })

  it('works in a pipeline without Titraille’s parser', () => {
    const file = new VFile({value: seed})
    const tree = parseArticle(seed).tree
    unified().use(remarkAnalyze).runSync(tree, file)
    expect(file.data.titraille?.analysis?.focus).toBe('Twitter')
  })
})

describe('analyzeTree on edge cases', () => {
  it('gives no keyphrase and no focus for an article with no prose', () => {
    const analysis = analyzeTree(parseArticle('```js\nconst a = 1\n```\n\n<div>HTML</div>\n', {format: 'markdown'}).tree)
    expect(analysis.sentences).toEqual([])
    expect(analysis.keyphrases).toEqual([])
    expect(analysis.focus).toBeUndefined()
  })

  it('reads prose through inline Markdown and leaves code out', () => {
    const analysis = analyse('# Le *pont* Mathilde\n\nLe **pont Mathilde** de Rouen a rouvert après l’incendie du `camion`. Le pont Mathilde est de nouveau ouvert.\n')
    expect(analysis.blocks[1]!.text).toBe('Le pont Mathilde de Rouen a rouvert après l’incendie du . Le pont Mathilde est de nouveau ouvert.')
    expect(analysis.keyphrases[0]!.text).toBe('pont Mathilde')
    expect(analysis.keyphrases.map((k) => k.text)).not.toContain('camion')
  })

  it('writes keyphrases without the soft hyphens of the text', () => {
    const analysis = analyse('Le premier étage du lan\u00adceur a fonctionné. Le lanceur a ensuite largué la capsule.')
    const lanceur = analysis.keyphrases.find((k) => k.text === 'lanceur')
    expect(lanceur?.count).toBe(2)
    expect(lanceur?.variants).toEqual(['lanceur'])
  })
})

describe('keyphrases end on no verb the tagger missed', () => {
  // Titles and sentences of the corpus where a verb or a governing participle follows a noun.
  const cases: [string, string][] = [
    ['fisc défend', '# Croatie : le fisc défend sa liste\n\nLe fisc défend sa liste des fraudeurs. Le fisc a publié la liste des fraudeurs et le fisc la défend.'],
    ['Williams domine', '# Wimbledon\n\nLa cadette des Williams domine la Polonaise en finale. Les Williams domine la saison, disent les journaux. Serena Williams gagne.'],
    ['terminal destiné', '# Minitel\n\nCe terminal destiné à la connexion au service a été vendu en France. Le terminal destiné à la connexion reste célèbre. Le terminal disparaît.'],
    // Pont Mathilde, 2012: a conditional ends in `-it` like a participle (`dit`), and is no adjective.
    ['pont prendrait', '# Rouen\n\nLa reconstruction de ce pont prendrait des mois. Le pont prendrait du temps, selon l’architecte. Le pont reste fermé.'],
    // Adjectives that govern what follows leave a phrase unfinished (baccalauréat and INSEE, 2012).
    ['note inférieure', '# Le bac\n\nLes candidats ayant obtenu une note inférieure à 8 sont recalés. Une note inférieure à 8 ne permet pas l’oral. Les candidats attendent.'],
    ['revenu disponible inférieur', '# La pauvreté\n\nLes ménages ont un revenu disponible inférieur ou égal à 2 200 €. Ce revenu disponible inférieur ou égal au seuil inquiète. Les ménages attendent.']
  ]
  it.each(cases)('not `%s`', (wrong, text) => {
    const texts = analyse(text).keyphrases.map((keyphrase) => keyphrase.text.toLowerCase())
    expect(texts).not.toContain(wrong.toLowerCase())
    expect(texts.length).toBeGreaterThan(2)
  })

  it('reads a participle opening the sentence, after a dateline too, as no name', () => {
    // SpaceX Dragon, 2012: « 22 mai 2012. - Prévu initialement pour samedi dernier, le lancement … ».
    const dragon = analyse(shared('corpus/wikinews-fr/43971.md')).keyphrases.map((keyphrase) => keyphrase.text)
    expect(dragon).not.toContain('Prévu')
    expect(dragon).toContain('SpaceX')
    // A first name opening a sentence stays one.
    const rene = analyse('# René Dumont\n\nRené Dumont a publié un livre. René Dumont défend l’écologie. Le livre de René Dumont paraît.').keyphrases.map((keyphrase) => keyphrase.text)
    expect(rene).toContain('René Dumont')
  })

  it('cuts no phrase at the length limit before its adjective (`le territoire allemand des forces | armées`)', () => {
    const court = analyse(shared('corpus/wikinews-fr/44939.md')).keyphrases.map((keyphrase) => keyphrase.text.toLowerCase())
    expect(court).not.toContain('territoire allemand des forces')
    expect(court).toContain('territoire allemand')
  })

  it('takes an English name whole (`Empress of Ireland`), never a piece of one', () => {
    // Pointe-au-Père, 2012: the liner the readers' keyphrases name « Empress of Ireland ».
    const liner = analyse(shared('corpus/wikinews-fr/44504.md'))
    expect(liner.focus).toBe('Empress of Ireland')
    expect(liner.keyphrases.map((keyphrase) => keyphrase.text)).not.toContain('Ireland')
    // Wikidata, 2012: names too long for a keyphrase give none, not their tail (`Artificial
    // Intelligence`) nor their head with the English word (`Allen Institute for`).
    const wikidata = analyse(shared('corpus/wikinews-fr/45611.md')).keyphrases.map((keyphrase) => keyphrase.text)
    for (const piece of ['Artificial Intelligence', 'Allen Institute for', 'Betty Moore Foundation', 'Allen Institute', 'Gordon']) expect(wikidata).not.toContain(piece)
  })

  it('keeps a noun phrase followed by its complement or by punctuation', () => {
    const texts = analyse('# Élections\n\nLes bureaux de vote de la ville restent ouverts. Les bureaux de vote, selon la commission, ferment à 19 heures. Les bureaux de vote des villages aussi.').keyphrases.map((keyphrase) => keyphrase.text)
    expect(texts).toContain('bureaux de vote')
  })
  it('takes no keyphrase from the noun of a locution (`dans le cadre de`, `à l’occasion d’`), and keeps the noun elsewhere', () => {
    const nintendo = analyse(shared('corpus/wikinews-fr/44292.md')).keyphrases.map((keyphrase) => keyphrase.text.toLowerCase())
    expect(nintendo).toContain('conférence de presse')
    expect(nintendo.some((text) => /\bcadre\b/u.test(text))).toBe(false)
    const court = analyse(shared('corpus/wikinews-fr/44939.md')).keyphrases.map((keyphrase) => keyphrase.text.toLowerCase())
    expect(court.some((text) => /\boccasion\b/u.test(text))).toBe(false)
    const frame = analyse('# Le cadre\n\nLe cadre de vie du quartier change. Le cadre de vie attire les familles, et le cadre de vie reste calme.').keyphrases.map((keyphrase) => keyphrase.text.toLowerCase())
    expect(frame).toContain('cadre de vie')
  })
})
