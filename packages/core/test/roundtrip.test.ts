import {describe, expect, it} from '@jest/globals'
import {readFileSync} from 'node:fs'
import {firstMissingWord, optimize, comparableWords, parseArticle, renderMarkdown} from '@titraille/core'

const shared = new URL('../../../../shared/', import.meta.url)
const read = (path: string) => readFileSync(new URL(path, shared), 'utf8')
const corpus = ['43971', '44269', '44510', '45669', '44635'].map((id) => [id, read(`corpus/wikinews-fr/${id}.md`)] as const)

describe('parse → render keeps every word in order', () => {
  it.each([['seed', read('fixtures/seed-twitter-spaces.txt')] as const, ...corpus])('%s', async (_name, text) => {
    // The I/O shell alone: nothing is added, so the text comes back word for word.
    const {tree, frontMatter} = parseArticle(text)
    const rendered = renderMarkdown(tree, {source: text, frontMatter})
    expect(comparableWords(rendered.replace(/^---\n[\s\S]*?\n---\n/, ''))).toEqual(comparableWords(text))
    // And through the whole pipeline, every word still in order.
    const {markdown} = await optimize(text)
    const missing = firstMissingWord(text, markdown)
    expect(missing === -1 ? null : comparableWords(text)[missing]).toBeNull()
  })
})

describe('Markdown constructs the pipeline does not own pass byte for byte', () => {
  const blocks = [
    '```js\nconst  x = 1 // deux espaces\n```',
    '| Ville | Habitants |\n|:---|---:|\n| Paris | 2 100 000 |\n| Lyon | 520 000 |',
    '<div class="encadre">\n  <p>HTML  brut</p>\n</div>',
    '[^note]: Une note de bas de page, avec *emphase*.',
    '***',
    '[ref]: https://example.org/une-page  "Titre"'
  ]
  const inline = ['[le site officiel](https://example.org/a_b*c "Titre")', '![une photo du pont](images/pont.jpg)', '`npm  install`', '<span lang="en">cloud</span>', 'https://example.org/x_y_z', '[^note]']

  it('keeps blocks and inline constructs exactly', async () => {
    const paragraph = `Le texte cite ${inline.join(' puis ')} dans une phrase en français assez longue pour la détection.`
    const text = ['# Un article de test en français', 'Voici un premier paragraphe écrit en français, avec des mots ordinaires pour que la langue soit reconnue.', ...blocks, paragraph].join('\n\n') + '\n'
    const {markdown} = await optimize(text, {allowPadding: true})
    for (const construct of [...blocks, ...inline]) expect(markdown).toContain(construct)
  })

  it('keeps front-matter keys it does not own, in their order, with their comments', async () => {
    const text = '---\n# réglages du site\nlayout: article   # gabarit\ndate: 2012-07-12\ntags:\n  - économie\n  - automobile\n---\n\n# PSA va supprimer des emplois en France\n\nL’entreprise PSA Peugeot Citroën va supprimer 8 000 postes en France, a-t-elle annoncé ce matin.\n'
    const {markdown} = await optimize(text, {allowPadding: true})
    const yaml = markdown.slice(4, markdown.indexOf('\n---\n'))
    expect(yaml).toContain('# réglages du site\nlayout: article   # gabarit\ndate: 2012-07-12\ntags:\n  - économie\n  - automobile')
    expect(yaml).toMatch(/^lang: fr$/m)
  })

  it('keeps inline constructs that span lines, stable inside lists too', async () => {
    const text = '# Un essai sur les listes en français\n\nUn paragraphe avec `du code\ncoupé` et une [référence\ncoupée](https://example.org) ici.\n\n- un élément avec `du code\n  sur deux lignes` et la suite\n- un second élément de la liste\n'
    const first = (await optimize(text, {allowPadding: true})).markdown
    expect(first).toContain('`du code\ncoupé`')
    expect(first).toContain('[référence\ncoupée](https://example.org)')
    expect((await optimize(first, {allowPadding: true})).markdown).toBe(first)
  })

  it('is stable when run on its own output', async () => {
    const first = await optimize(read('corpus/wikinews-fr/45669.md'))
    const second = await optimize(first.markdown)
    expect(second.markdown).toBe(first.markdown)
  })
})
