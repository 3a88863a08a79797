import {describe, expect, it} from '@jest/globals'
import {analyzeTree, gatherMaterial, parseArticle} from '@titraille/core'
import {runPipeline} from './expand-pipeline.js'

function quotesOf(text: string) {
  const {tree} = parseArticle(text)
  return gatherMaterial(analyzeTree(tree)).quotes
}

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
