import {describe, expect, it} from '@jest/globals'
import {readFileSync} from 'node:fs'
import {shortFormsOf, shortened} from '../src/expand/short-forms.js'
import {SHARED, runPipeline} from './expand-pipeline.js'

const phrase = (text: string) => ({text, from: [0]})

describe('expand: long phrases named in short once the article has given them whole', () => {
  const input =
    'Des incidents ont eu lieu après des blocages dans la livraison du matériel électoral. La livraison du matériel électoral a repris. ' +
    'Le revirement de jurisprudence surprend. Les bureaux de vote ferment, les bureaux du maire aussi. La Loi fondamentale change.'
  const forms = shortFormsOf({
    focus: phrase('le scrutin'),
    topics: [phrase('la livraison du matériel électoral'), phrase('le revirement de jurisprudence'), phrase('les bureaux de vote'), phrase('la Loi fondamentale'), phrase('la meilleure répartition des sièges')],
    input
  })

  it('keeps the noun of a phrase whose noun names nothing else in the article', () => {
    expect(forms.map((form) => form.head)).toEqual(['livraison', 'revirement'])
    // With any form of the article, contracted or not.
    expect(shortened('Le texte évoque ensuite la livraison du matériel électoral.', forms)).toBe('Le texte évoque ensuite la livraison.')
    expect(shortened('Il est question du revirement de jurisprudence et de la livraison du matériel électoral.', forms)).toBe('Il est question du revirement et de la livraison.')
  })

  it('leaves the phrase whole inside a longer one, after a number, inside the article’s quoted words, and when nothing changes', () => {
    expect(shortened('La livraison du matériel électoral prévue hier a repris.', forms)).toBeUndefined()
    expect(shortened('Le texte cite 3 livraisons, puis « des blocages dans la livraison du matériel électoral ».', forms)).toBeUndefined()
    expect(shortened('Le texte évoque la Loi fondamentale.', forms)).toBeUndefined()
  })

  it('shortens in the sections after the article, never the focus, and only with the article’s words', () => {
    // Libya, 2012: « la livraison du matériel électoral », written whole in the article and its chapeau.
    const libya = readFileSync(`${SHARED}corpus/wikinews-fr/44585.md`, 'utf8')
    const {markdown, expand} = runPipeline(libya)
    const at = markdown.indexOf('## Le fil de l’article')
    expect(at).toBeGreaterThan(0)
    expect(markdown.slice(0, at)).toContain('la livraison du matériel électoral')
    expect(markdown.slice(at)).toMatch(/la livraison(?! du matériel)/u)
    // The focus, `les bureaux de vote`, stays whole everywhere.
    expect(expand.sentences.filter((sentence) => /\bbureaux\b(?! de vote)/u.test(sentence))).toEqual([])
  })
})
