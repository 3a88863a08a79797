import {describe, expect, it} from '@jest/globals'
import {readFileSync} from 'node:fs'
import {analyzeTree, parseArticle} from '@titraille/core'
import {occurrencesIn} from '../src/expand/glossary.js'
import {contextsOf, definiteSubject, pointsOf} from '../src/expand/points.js'
import {SHARED} from './expand-pipeline.js'

function analysis(path: string) {
  const {tree} = parseArticle(readFileSync(`${SHARED}${path}`, 'utf8'))
  return analyzeTree(tree)
}

function written(points: readonly {subject: string; predicate: string}[]): string[] {
  return points.map((point) => `${point.subject} | ${point.predicate}`)
}

/** The points of a shared text, as `subject | predicate`. */
function clauses(path: string): string[] {
  return written(pointsOf(analysis(path)))
}

/** The points of a text given inline, as `subject | predicate`. */
function inline(text: string): string[] {
  return written(pointsOf(analyzeTree(parseArticle(text).tree)))
}

const LIBYA = 'corpus/wikinews-fr/44585.md'

/**
 * Clause forms, each with the points it yields on real sentences (`found`,
 * as `subject | predicate`), what given texts yield (`inline`), and what no
 * point of a text may read like (`never`).
 */
const FORMS: {form: string; found: [string, string][]; inline?: [string, string[]][]; never?: [string, RegExp][]}[] = [
  {
    form: 'a subject parted from its verb by a stray comma, only at the head of the sentence',
    found: [
      // `Un haut responsable électoral de Tripoli, a confirmé ces incidents à Ajdabiya et un autre à Jalo …`:
      // the cut falls before the `et` whose complement it would part from its preposition.
      [LIBYA, 'Un haut responsable électoral de Tripoli | a confirmé ces incidents à Ajdabiya'],
      // After a fronted circumstance (`Selon d’autres témoignages, …`) the subject is the phrase after it.
      [LIBYA, 'des opposants aux élections | ont volé plusieurs centaines de bulletins à Benghazii']
    ],
    inline: [
      ['Le 4 septembre, le président du conseil régional a inauguré le nouveau pont de la ville.', ['le président du conseil régional | a inauguré le nouveau pont de la ville']],
      // A date is no subject; an inverted `a-t-il` is no verb of the phrase before it.
      ['Le 4 septembre, a eu lieu la cérémonie d’ouverture du festival de musique.', []],
      ['Le directeur, a-t-il précisé aux journalistes du quotidien, a quitté ses fonctions hier soir.', []]
    ]
  },
  {
    form: 'a cleft sentence said plainly when its focus is a name or a circumstance',
    found: [
      ['corpus/wikinews-fr/45070.md', 'Michelle Obama | ouvrira la convention démocrate par un discours très attendu'],
      // `C’est dans l’Ohio, l’Etat qui pourrais faire basculer le scrutin en novembre, que Barack Obama s’adresse …`
      ['corpus/wikinews-fr/45070.md', 'Barack Obama | s\'adresse à la foule pour démonter la stratégie Romney'],
      ['corpus/wikinews-fr/44504.md', 'la firme Idées au cube de Montréal | a réalisé le spectacle au début de 2012'],
      ['corpus/wikinews-fr/44388.md', 'le musée de Pointe-à-Callière de Montréal | inaugurait son nouveau pavillon d\'exposition']
    ],
    inline: [
      ['C’est en 2010 que le gouvernement a lancé ce grand projet ferroviaire.', ['le gouvernement | a lancé ce grand projet ferroviaire']],
      ['C’est une ville qui accueille chaque année des milliers de touristes.', []],
      ['C’est de la folie que de construire ce pont.', []]
    ],
    // `c’est la principale raison qui explique …` points back to what came before: no cleft.
    never: [['corpus/wikinews-fr/45764.md', /^la principale raison/u]]
  },
  {
    form: 'a second clause with its own subject after `car` or `, mais`, never an enumeration nor a pronoun',
    found: [
      // `il n’est pas prévu de reporter le scrutin car 92 % des bureaux de vote restent ouverts` (`ouverts` read as a noun).
      [LIBYA, '92 % des bureaux de vote | restent ouverts'],
      ['corpus/wikinews-fr/45628.md', 'l\'entraineur Jesse Marsch | a mentionné le relâchement des joueurs'],
      ['corpus/wikinews-fr/45513.md', 'les utilisateurs d\'anciens systèmes moins rapides | bénéficieront d\'Unity 2D']
    ],
    // `…, et le maire` ends a list of subjects.
    inline: [['Le ministre, le préfet, et le maire ont visité le chantier du nouveau stade.', []]],
    // `…, et les ont incendiés …`: `les` is no subject; `car la capsule et le lanceur` has two.
    never: [[LIBYA, /^les \|/u], ['corpus/wikinews-fr/43971.md', /capsule et/u]]
  },
  {
    form: 'a subject that opens on a number and says what is counted, a purpose that leads into a quotation',
    found: [
      ['corpus/wikinews-fr/44652.md', 'Quatre personnes | sont toujours recherchées'],
      ['corpus/wikinews-fr/44652.md', '28 personnes de plusieurs nationalités | devaient participer à l\'expédition'],
      // `… sont appelés aux urnes afin de choisir un « Congrès national général » …`
      [LIBYA, 'Quelques 2 700 000 de Libyens | sont appelés aux urnes']
    ],
    // `Sur les neuf dernières enquêtes …, huit donnent …`, `… et deux autres ont été …`: the noun lies elsewhere.
    never: [['corpus/wikinews-fr/45643.md', /^huit \|/u], ['corpus/wikinews-fr/45625.md', /^deux autres \|/u]]
  },
  {
    form: 'a long predicate cut before an `et` that would lose its complement (not inside `entre … et`), no two phrases side by side as a subject',
    found: [
      ['corpus/wikinews-fr/44545.md', 'Le spectacle retraçant la lutte des algériens contre les français | a nécessité l\'action de plus de 800 comédiens'],
      ['corpus/wikinews-fr/44570.md', 'le taux de réussite | a été de 86 % dans l\'ensemble']
    ],
    // `Cette année l’Acadie est mise à l’honneur`, `Musk un jour plus tôt a surnommé …`
    never: [['corpus/wikinews-fr/44570.md', /entre 8 heures pour Strasbourg$/u], ['corpus/wikinews-fr/44860.md', /^Cette année/u], ['fixtures/seed-twitter-spaces.txt', /^Musk un jour/u]]
  }
]

describe('expand points and glossary material', () => {
  it('cuts clauses into subject and predicate, moving a fronted circumstance after a short predicate', () => {
    const points = clauses('corpus/wikinews-fr/44939.md')
    expect(points).toContain('La Cour constitutionnelle | a procédé à un revirement de jurisprudence')
    expect(points).toContain('aucune intervention sur le territoire allemand des forces armées | n’était autorisée depuis la fin de la Seconde Guerre mondiale'.replace(/’/gu, '\''))
  })

  it('leaves out a stressed pronoun after the auxiliary (`est lui obligé`), and resolves `il` to the subject before', () => {
    const points = clauses('corpus/wikinews-fr/45758.md')
    expect(points).toContain('Bertrand de Broc | est obligé de rentrer au port')
    expect(points).toContain('Bertrand de Broc | a finalement pu prendre un départ dans la nuit')
    // An object pronoun still points to a phrase the point does not carry.
    expect(inline('# Test\n\nLe ministre a reçu la lettre. Le président les a lui-même lues devant les députés.').some((point) => point.includes('les a'))).toBe(false)
  })

  it('leaves out a day named from the article’s date and an adverb that adds to an earlier sentence, never a dated day, a degree or the last word', () => {
    expect(inline('# Test\n\nLe festival de Lorient débute ce vendredi avec une grande parade.')).toEqual(['Le festival de Lorient | débute avec une grande parade'])
    expect(inline('# Test\n\nLe quotidien français a publié mardi soir un long entretien.')).toEqual(['Le quotidien français | a publié un long entretien'])
    expect(inline('# Test\n\nDes opposants ont également volé plusieurs centaines de bulletins.')).toEqual(['Des opposants | ont volé plusieurs centaines de bulletins'])
    expect(clauses('corpus/wikinews-fr/44833.md')).toContain('La publication | pourrait s\'avérer inutile')
    // A dated day, a degree and a day that ends the clause stay.
    expect(inline('# Test\n\nLa grande parade défilera le dimanche 5 août dans les rues.')).toEqual(['La grande parade | défilera le dimanche 5 août dans les rues'])
    expect(inline('# Test\n\nLe nouveau stade sera aussi grand et plus moderne.')[0]).toContain('aussi grand')
    expect(inline('# Test\n\nLa grande parade des nations celtes aura lieu dimanche.')).toEqual(['La grande parade des nations celtes | aura lieu dimanche'])
  })

  it('reads a title in guillemets as part of the clause, never cuts a point inside it, and takes superlatives and paired adjectives in a subject', () => {
    const insee = clauses('corpus/wikinews-fr/44522.md')
    // `Selon un rapport … sur « Les revenus et le patrimoine des ménages », la crise économique et financière …`
    expect(insee).toContain('la crise économique et financière de 2009 | a touché principalement les ménages français les plus désargentés')
    expect(insee).toContain('Les 10 % des habitants les plus pauvres | ont vu leur niveau de vie moyen reculer de 2,1 %')
    // `Baptisée « 3DS XL », la machine sera dotée …`
    expect(clauses('corpus/wikinews-fr/44292.md')).toContain('la machine | sera dotée d\'un écran de 5 pouces')
    // A long predicate stops before a purpose (`afin de choisir un « Congrès national général »`).
    expect(clauses('corpus/wikinews-fr/44585.md')).toContain('Quelques 2 700 000 de Libyens | sont appelés aux urnes')
    // Cut at `et` inside the title, the point would read `a publié un rapport sur « Les revenus`.
    expect(inline('# Test\n\nLe ministère a publié un rapport sur « Les revenus et le patrimoine des ménages » pour la première fois depuis dix ans.')).toEqual([])
    // Quoted speech is still no point.
    expect(inline('# Test\n\nLe gouvernement a annoncé que « la réforme sera votée à l’automne ».').join(' ')).not.toContain('réforme')
  })

  it('finds the verb past a parenthesis and a relative clause, a mis-tagged finite verb, and a copula with its attribute', () => {
    const points = clauses('corpus/wikinews-fr/44939.md')
    // `datait` is tagged as an adjective; `(Grundgesetz) qui ne prévoit qu’une intervention en dernier recours` lies between.
    expect(points).toContain('L’interprétation stricte de la Loi fondamentale | datait de la fin du régime nazi')
    expect(points).toContain('Les modalités d\'une telle intervention | restent inchangées')
    // `il appartient seul au gouvernement …` is impersonal: no point.
    expect(points.some((point) => point.includes('appartient'))).toBe(false)
  })

  it('takes the subject before an apposition or a relative clause between commas, and a reflexive verb', () => {
    const algeria = clauses('corpus/wikinews-fr/44545.md')
    expect(algeria).toContain('le président algérien Abdelaziz Bouteflika | a ensuite félicité les artistes')
    const etruscans = clauses('corpus/wikinews-fr/44388.md')
    // `Les Étrusques, un peuple d'agriculteurs, profitèrent de …`
    expect(etruscans).toContain('Les Étrusques | profitèrent de leur facilité à travailler le bronze')
    expect(etruscans).toContain('Le peuple étrusque | s\'intégrera par la suite à l\'empire romain')
    const greece = clauses('corpus/wikinews-fr/44269.md')
    // `Les dirigeants européens, qui ont soutenu …, se sont félicités …`
    expect(greece).toContain('Les dirigeants européens | se sont félicités du résultat des élections')
  })

  it('leaves out a clause whose object lies past a comma, an infinitive for a verb, and a cut score', () => {
    const race = pointsOf(analysis('corpus/wikinews-fr/45774.md'))
    // `il a annoncé ce matin, vers 7h30, son abandon`
    expect(race.some((point) => point.predicate === 'a annoncé ce matin')).toBe(false)
    const campaign = clauses('corpus/wikinews-fr/45643.md')
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

  it('names with the definite article what a demonstrative pointed back to, never a time, and takes no `ces derniers`', () => {
    // `Cette publication pourrait de surcroît s’avérer inutile …`, `cet épisode de forte chaleur pourrait durer …`
    expect(clauses('corpus/wikinews-fr/44833.md')).toContain('La publication | pourrait s\'avérer inutile')
    expect(clauses('corpus/wikinews-fr/44959.md')).toContain('l’épisode de forte chaleur | pourrait durer jusqu\'à mercredi')
    expect(clauses('corpus/wikinews-fr/44570.md')[0]).toMatch(/^les verdicts \| /u)
    expect(definiteSubject('Ce nouvel appareil')).toBe('Le nouvel appareil')
    expect(definiteSubject('Cet événement')).toBe('L’événement')
    expect(definiteSubject('cette hausse des prix')).toBe('la hausse des prix')
    expect(definiteSubject('Cette histoire')).toBe('L’histoire')
    expect(definiteSubject('La Croatie')).toBe('La Croatie')
    // `Les mêmes résultats ont été obtenus …`: the same as what, the sentence before says.
    expect(clauses('corpus/wikinews-fr/45619.md').some((point) => /^les mêmes\b/iu.test(point))).toBe(false)
    // Which year, which day, who: only the sentence before says. No point.
    expect(definiteSubject('Cette année')).toBeUndefined()
    expect(definiteSubject('ce matin')).toBeUndefined()
    expect(definiteSubject('Ces derniers')).toBeUndefined()
    // `Ces derniers souhaitent une sortie du nucléaire`, `cette journée fut la finalisation …`
    expect(clauses('corpus/wikinews-fr/44999.md').some((point) => /^ces derniers\b/iu.test(point))).toBe(false)
    expect(clauses('corpus/wikinews-fr/44545.md').some((point) => /^cette journée\b/iu.test(point))).toBe(false)
    for (const id of ['44292', '44510', '44545', '44833', '44939', '44999', '45611', '45669']) {
      for (const point of clauses(`corpus/wikinews-fr/${id}.md`)) expect(point).not.toMatch(/^(?:ce|cet|cette|ces) /iu)
    }
  })

  it('takes no point from a completive clause past `que,`, but still reads the aside before it', () => {
    // In the subjunctive (`rejoigne`), what is planned is no fact.
    expect(inline('# Test\n\nIl est prévu que, selon le calendrier, la capsule Dragon rejoigne la station spatiale avant la fin du mois.')).toEqual([])
    // `Il est prévu que, contrairement à l’ATV qui se détruit lors de son retour dans l’atmosphère, la capsule Dragon amortisse …`
    const launch = clauses('corpus/wikinews-fr/43971.md')
    expect(launch).toContain('l’ATV | se détruit lors de son retour dans l’atmosphère')
    expect(launch.some((point) => point.includes('amortisse'))).toBe(false)
  })

  it('takes `il` for the person named as subject just before, and for nothing else', () => {
    const race = clauses('corpus/wikinews-fr/45758.md')
    expect(race).toContain('Marc Guillemot | annonce son abandon en début de matinée le 11 novembre')
    // `Il est attendu mercredi à Charlotte` follows a sentence on the Ohio: no point.
    const campaign = pointsOf(analysis('corpus/wikinews-fr/45070.md'))
    expect(campaign.some((point) => point.predicate.startsWith('est attendu mercredi'))).toBe(false)
  })

  it.each(FORMS.map((form) => [form.form, form] as const))('%s', (_form, {found, inline: texts = [], never = []}) => {
    for (const [path, clause] of found) expect(clauses(path)).toContain(clause)
    for (const [text, expected] of texts) expect(inline(text)).toEqual(expected)
    for (const [path, wrong] of never) expect(clauses(path).filter((clause) => wrong.test(clause))).toEqual([])
  })

  it('finds the noun phrases a term occurs in, left or right of it, each once', () => {
    const croatia = analysis('corpus/wikinews-fr/44833.md')
    expect(contextsOf(croatia, 'noms').map((context) => context.text)).toEqual(['les noms de ses plus gros fraudeurs'])
    const dragon = analysis('corpus/wikinews-fr/43971.md')
    expect(contextsOf(dragon, 'Dragon').map((context) => context.text)).toContain('la capsule Dragon')
    // Burma, 2012: `la prix Nobel de la paix Aung San Suu Kyi` gives no `la paix Aung San Suu Kyi`.
    const burma = analysis('corpus/wikinews-fr/44963.md')
    expect(contextsOf(burma, 'Aung San Suu Kyi').map((context) => context.text)).toEqual([])
    expect(contextsOf(burma, 'Nobel').map((context) => context.text)).toEqual(['la prix Nobel'])
  })

  it('ends no phrase on the number its length cut from its noun', () => {
    // Wimbledon, 2012: `la dixième victoire d’une des deux sœurs Williams` (`deux` read as a noun) gave
    // « la dixième victoire d’une des deux ». Nothing shorter holds a complement: no context.
    const wimbledon = analysis('corpus/wikinews-fr/44589.md')
    expect(contextsOf(wimbledon, 'dixième victoire').map((context) => context.text)).toEqual([])
    expect(contextsOf(wimbledon, 'quatorzième titre').map((context) => context.text)).toEqual(['son quatorzième titre du Grand Chelem'])
  })

  it('takes no phrase in which the term is part of a longer name, nor one ending inside a name or on `appelé`', () => {
    // Minitel, 2012: `selon le Groupe France Télécom` is no context for France.
    const minitel = analysis('corpus/wikinews-fr/44318.md')
    expect(contextsOf(minitel, 'France').map((context) => context.text)).toEqual([])
    // PSA, 2012: `l’entreprise PSA Peugeot Citroën` is none for PSA; `un mauvais positionnement de PSA` is.
    const psa = contextsOf(analysis('corpus/wikinews-fr/44635.md'), 'PSA').map((context) => context.text)
    expect(psa.some((text) => /PSA Peugeot|entreprise PSA$/u.test(text))).toBe(false)
    expect(psa).toContain('un mauvais positionnement de PSA')
    // Alpha Centauri, 2012: `un système de trois étoiles proches appelé Alpha Centauri`.
    const stars = contextsOf(analysis('corpus/wikinews-fr/45496.md'), 'système').map((context) => context.text)
    expect(stars).toContain('un système de trois étoiles proches')
    expect(stars.some((text) => /appelé$/u.test(text))).toBe(false)
    // Two names side by side stay two: Serena Williams beat `la Polonaise Agnieszka Radwanska`.
    expect(contextsOf(analysis('corpus/wikinews-fr/44589.md'), 'Agnieszka Radwanska').map((context) => context.text)).toContain('la Polonaise Agnieszka Radwanska')
  })

  it('gives no point whose participle of place lost its place (`était situé au moment de l’assassinat`)', () => {
    // Ajaccio, 2012: « L’ancien bâtonnier était situé au moment de l’assassinat dans une station-service … ».
    const ajaccio = clauses('corpus/wikinews-fr/45467.md')
    expect(ajaccio.filter((clause) => /situé/u.test(clause) && !/\b(?:dans|à|au|en|sur)\b/u.test(clause.slice(clause.indexOf('situé'))))).toEqual([])
    expect(ajaccio).toContain('Antoine Sollacaro | a été abattu par trois balles')
  })

  it('stops a predicate before a subordinate clause cut from its verb', () => {
    // `… ont été avertis de l'accident quand l'un des individus, …, a pu …`
    const alps = clauses('corpus/wikinews-fr/44652.md')
    expect(alps).toContain('Les services d\'urgences | ont été avertis de l\'accident')
    expect(alps.filter((clause) => /\bquand\b[^|]*$/u.test(clause) && !/\b(?:a|ont|est|sont)\b/u.test(clause.slice(clause.indexOf('quand'))))).toEqual([])
  })

  it('takes no phrase opened by the quantifier of a negation', () => {
    // `… il appartient seul au gouvernement d'estimer les cas d'urgences et en aucun cas au ministre de la Défense.`
    const germany = analysis('corpus/wikinews-fr/44939.md')
    expect(contextsOf(germany, 'ministre de la Défense').map((context) => context.text).filter((text) => /^aucun/u.test(text))).toEqual([])
  })

  it('counts whole-word occurrences only', () => {
    expect(occurrencesIn('La torture, les tortures et la Torture.', 'torture')).toBe(2)
    expect(occurrencesIn('Le port du Port-Vendres', 'port')).toBe(2)
    expect(occurrencesIn('rapporte', 'port')).toBe(0)
  })
})
