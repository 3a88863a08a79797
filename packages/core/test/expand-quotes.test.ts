import {describe, expect, it} from '@jest/globals'
import {analyzeTree, gatherMaterial, parseArticle} from '@titraille/core'
import {readFileSync} from 'node:fs'
import {runPipeline, SHARED} from './expand-pipeline.js'

function quotesOf(text: string) {
  const {tree} = parseArticle(text)
  return gatherMaterial(analyzeTree(tree)).quotes
}

function said(text: string): [string, string][] {
  return quotesOf(text).map((quote) => [quote.speaker, quote.text])
}

const OBAMA =
  '# Obama raille « Coach » Romney\n\n4 septembre 2012. - C\'est dans l\'Ohio que Barack Obama s\'adresse à la foule pour démonter la stratégie de Mitt Romney. Mitt Romney se présentait comme « l\'entraîneur qui ferait triompher les Etats-Unis ». '

describe('expand: quotations whose speaker the article describes instead of naming', () => {
  it('takes the noun phrase after the verb of saying as the speaker', () => {
    const quotes = quotesOf(
      '# Madrid\n\nLa police a procédé à l’évacuation du bâtiment pendant la nuit. « Nous sommes en ce moment même en train de recueillir des témoignages » a ajouté le porte-parole de la police madrilène. L’opération s’est achevée sans incident vers 7 heures.\n'
    )
    expect(quotes.map((quote) => [quote.speaker, quote.text])).toEqual([['le porte-parole de la police madrilène', 'Nous sommes en ce moment même en train de recueillir des témoignages']])
  })

  it('takes no speaker from a phrase that is not introduced by a determiner, nor from a verb that is not of saying', () => {
    expect(quotesOf('# Test\n\nLe chantier avance lentement dans la ville. « Les travaux reprendront bientôt dans le quartier » a ajouté Paris hier soir.\n')).toEqual([])
    expect(quotesOf('# Test\n\nLe chantier avance lentement dans la ville. « Les travaux reprendront bientôt dans le quartier » a surpris les habitants du quartier.\n')).toEqual([])
  })

  it('writes « de Halloween », not « d’Halloween », as the article does', () => {
    const text = '# Madrid : trois morts piétinés à Halloween\n\n1er novembre 2012. - Trois jeunes femmes sont mortes lors d’une célébration de Halloween dans un stade de la capitale espagnole, a indiqué la police. « Nous sommes en ce moment même en train de recueillir des témoignages » a ajouté le porte-parole de la police madrilène. La police a ouvert une enquête sur la bousculade du stade, qui a fait trois morts pendant la célébration de Halloween.\n'
    const {markdown} = runPipeline(text, {allowPadding: true})
    expect(markdown).not.toContain('d’Halloween')
    expect(markdown).toContain('de Halloween')
  })
})

/** One sentence of each form, with the speaker and the excerpt it gives. */
const FORMS: [string, string, string, string][] = [
  ['Pour X, « … » (a whole clause, written with its capital)', `${OBAMA}Mais pour Obama, « le problème est que tout le monde connaît déjà sa stratégie ». Michelle Obama ouvrira la convention.\n`, 'Obama', 'Le problème est que tout le monde connaît déjà sa stratégie'],
  ['Selon <role> X, « … »', '# Jababeka\n\nL’usine de L’Oréal a été inaugurée en Indonésie. Selon le nouveau directeur du site de Jababeka David Quentin, « les machines et les salariés tournent en trois équipes ». L’usine emploie 800 personnes.\n', 'David Quentin', 'Les machines et les salariés tournent en trois équipes'],
  ['D’après <role>, X, « … » ;', '# Budget\n\nLe gouvernement devra trouver 7,2 milliards d’euros. D’après le ministre du budget, Jérôme Cahuzac, « il y a bien une ardoise cachée que nous devons honorer » ; le déficit reste élevé.\n', 'Jérôme Cahuzac', 'Il y a bien une ardoise cachée que nous devons honorer'],
  ['Pour X, <apposition> : « … »', '# Conférence sociale\n\nLa CGT participera à la conférence sociale. Pour Bernard Thibault, son secrétaire général : « C’est un moment important pour le gouvernement ». La conférence aura lieu en juillet.\n', 'Bernard Thibault', 'C’est un moment important pour le gouvernement'],
  ['« … » dénonce <described>', '# Impôts\n\nLe débat sur la fiscalité s’est tenu hier soir. « Lors de la première période, il augmente les impôts des familles » dénonce le Président-candidat. Le débat a duré deux heures.\n', 'le Président-candidat', 'Lors de la première période, il augmente les impôts des familles'],
  ['« … » explique <described> à l’AFP', '# École\n\nLa réforme entrera en vigueur à la rentrée. « Nous voulons que chaque élève trouve sa place à l’école » explique la ministre à l’AFP. Les syndicats restent réservés.\n', 'la ministre', 'Nous voulons que chaque élève trouve sa place à l’école'],
  ['X déclare <…> que « … »', '# Wimbledon\n\nSerena Williams a remporté son cinquième titre à Wimbledon. Submergée par l’émotion, Serena Williams déclare en recevant la coupe que « Je peux à peine décrire ce que je ressens ». Elle rejoint sa sœur au palmarès.\n', 'Serena Williams', 'Je peux à peine décrire ce que je ressens'],
  ['X, <apposition>, raconte : « … »', '# Alger\n\nLa foule a envahi les rues d’Alger en juillet 1962. Michel Guay, jeune appelé et témoin de la scène avec le photographe de son régiment, raconte : « Moi, j’étais dans une voiture avec le photographe ». La journée fut aussi douloureuse.\n', 'Michel Guay', 'Moi, j’étais dans une voiture avec le photographe']
]

describe('expand: the forms of French quotations that name their speaker', () => {
  it.each(FORMS)('%s', (_form, text, speaker, quote) => {
    expect(said(text)).toEqual([[speaker, quote]])
  })
})

describe('expand: quotations whose source opens the sentence (Pour X, Selon X, D’après X)', () => {
  it('takes no speaker from `pour X` inside a sentence, nor a fragment that does not end the sentence', () => {
    // `Pour B. Obama, avec un tel coach, les Américains « … »`: the quotation is a piece of the article's sentence.
    expect(said(`${OBAMA}Pour B. Obama, avec un tel coach, les Américains « ne gagneront pas la saison ».\n`)).toEqual([])
    expect(said(`${OBAMA}Et pour la dernière période, « il veut une apothéose : mettre fin à Medicare » qui plafonneraient les dépenses.\n`)).toEqual([])
    expect(said(`${OBAMA}Pour Barack Obama, « les électeurs de l’Ohio » décideront du scrutin en novembre.\n`)).toEqual([])
    expect(said(`${OBAMA}Les ouvriers de l’Ohio ont voté pour Barack Obama, « le candidat du changement et de l’espoir ».\n`)).toEqual([])
  })
})

describe('expand: quotations with a verb of saying', () => {
  it('gives a quotation that runs over a colon into a second one the speaker of the whole', () => {
    expect(said(`${OBAMA}Mais pour Obama, « le problème est que tout le monde connaît déjà sa stratégie » : « Lors de la première période, il augmente les impôts de près de 2 000 dollars en moyenne sur les foyers avec enfants, pour pouvoir donner des cadeaux fiscaux massifs aux multimillionnaires » dénonce le Président-candidat.\n`)).toEqual([
      ['Obama', 'Le problème est que tout le monde connaît déjà sa stratégie'],
      ['Obama', 'Lors de la première période, il augmente les impôts…']
    ])
    expect(said('# Impôts\n\nLe débat a porté sur la fiscalité. « Tout le monde connaît déjà sa stratégie » : « Lors de la première période, il augmente les impôts sur les foyers » dénonce le Président-candidat.\n')).toEqual([
      ['le Président-candidat', 'Tout le monde connaît déjà sa stratégie'],
      ['le Président-candidat', 'Lors de la première période, il augmente les impôts sur les foyers']
    ])
  })

  it('takes no speaker from an object or a complement before the verb, nor from a name after the next quotation', () => {
    expect(said('# Paris\n\nLe ministre a longuement parlé. Après avoir reçu Jean Dupont, le ministre a déclaré : « Nous ne céderons rien sur ce dossier ». La rencontre a duré une heure.\n')).toEqual([])
    expect(said('# Paris\n\nLe ministre a longuement parlé. Le ministre a dîné avec Jean Dupont et a déclaré : « Nous ne céderons rien sur ce dossier ». La rencontre a duré une heure.\n')).toEqual([])
    const seed = said('# Twitter\n\nElon Musk a lancé Twitter Spaces avec Ron DeSantis. « C’est bien pire pour DeSantis que pour Musk », a déclaré Jo-Ellen Pozner, professeur de commerce. « C’est clairement une situation difficile pour DeSantis », a-t-elle déclaré. « Musk a une solution plus simple en disant simplement que » tout va bien.\n')
    expect(seed.map(([speaker]) => speaker)).toEqual(['Jo-Ellen Pozner', 'Jo-Ellen Pozner'])
  })

  it('knows a speaker by the initial of the first name (`a indiqué V. Sapounov`, `a déclaré B. Obama`)', () => {
    const {tree} = parseArticle(readFileSync(`${SHARED}corpus/wikinews-fr/45619.md`, 'utf8'))
    const yeti = gatherMaterial(analyzeTree(tree)).quotes
    expect(yeti.find((quote) => quote.text.startsWith('Dans le domaine scientifique'))?.speaker).toBe('V. Sapounov')
    // Two Obamas: the initial tells which one.
    expect(said('# Convention\n\nMichelle Obama ouvrira la convention démocrate à Charlotte. Barack Obama était hier dans l’Ohio.\n\n« Nous allons gagner cette élection dans l’Ohio et en Virginie » a déclaré B. Obama.\n')).toEqual([
      ['Barack Obama', 'Nous allons gagner cette élection dans l’Ohio et en Virginie']
    ])
  })
})
