import {describe, expect, it} from '@jest/globals'
import type {Root} from 'mdast'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {NBSP, NNBSP, remarkTypography, titrailleParse, titrailleStringify, typesetTree, TYPOGRAPHY_DOCS_URL, parseArticle, type TypographyPluginOptions} from '@titraille/core'

const N = NBSP
const n = NNBSP

function run(markdown: string, options?: TypographyPluginOptions) {
  const processor = unified().use(titrailleParse, {langCheck: false, format: 'markdown'}).use(remarkTypography, options).use(titrailleStringify, {h1: false})
  const file = processor.processSync(markdown)
  const output = String(file)
  return {file, output, body: output.replace(/^---\n[\s\S]*?\n---\n\n/, '')}
}

describe('remarkTypography', () => {
  it('fixes running text split across emphasis, links and plain text nodes', () => {
    const {body} = run('Il a dit *bonjour* : puis «*salut*» et [un lien](https://ex.org/a?b=1) ; enfin **fort**!\n')
    expect(body).toBe(`Il a dit _bonjour_${N}: puis «${n}_salut_${n}» et [un lien](https://ex.org/a?b=1)${n}; enfin **fort**${n}!\n`)
    // The emphasis is still emphasis when read again: no space was put inside its markers.
    expect(run(body).body).toBe(body)
  })

  it('fixes headings, list items and block quotes', () => {
    const {body} = run('# Le *mot* : une étude\n\n- un élément de liste: ici\n- et un autre !\n\n> Une citation: « bonjour »\n')
    expect(body).toBe(`# Le _mot_${N}: une étude\n\n- un élément de liste${N}: ici\n- et un autre${n}!\n\n> Une citation${N}: «${n}bonjour${n}»\n`)
  })

  it('never touches code, inline code, URLs, e-mails, HTML, links, images or front matter', () => {
    const kept = [
      '---\ntitle: "L\'été: chaud !"\nnote: "a ... b"\n---',
      '```\ncode : "x" ... l\'a\n```',
      '<div class="encadre">\n  <p>HTML : brut ...</p>\n</div>',
      '| Ville : nom | Habitants |\n|:---|---:|\n| Paris | 2 100 000 |'
    ]
    const inline = ['`npm  install ; x : y`', '[le site : "officiel"](https://example.org/a_b?x=1;y=2)', '![une photo : du pont](images/pont.jpg)', '<span>html : brut ... l\'a</span>', 'https://example.org/x?y=1', 'jean.dupont@example.fr']
    const markdown = [...kept, `Le texte cite ${inline.join(' puis ')} dans une phrase.`].join('\n\n') + '\n'
    const {output} = run(markdown)
    for (const construct of [...kept.slice(1), ...inline]) expect(output).toContain(construct)
    expect(output).toContain('title: "L\'été: chaud !"\nnote: "a ... b"')
  })

  it('stores fixes (with place and rule) on file.data.titraille and reports findings as messages', () => {
    const source = 'Un article.\n\nIl a bouleversé la plateformeassoupli, a-t-elle dit: «absolutiste».\n'
    const {file} = run(source)
    const result = file.data.titraille?.typography
    expect(result?.fixes.map((f) => f.rule)).toEqual(['high-punctuation-space', 'guillemet-space', 'guillemet-space'])
    const colon = result!.fixes[0]!
    expect(colon.place?.line).toBe(3)
    expect(source[colon.place!.offset]).toBe(':')
    // Fixes are not warnings: only the finding is a message.
    expect(file.messages).toHaveLength(1)
    const [message] = file.messages
    expect(message).toMatchObject({
      ruleId: 'glued-words',
      source: 'titraille',
      url: `${TYPOGRAPHY_DOCS_URL}glued-words`,
      actual: 'plateformeassoupli',
      expected: ['plateforme assoupli'],
      line: 3,
      column: source.split('\n')[2]!.indexOf('plateformeassoupli') + 1
    })
    expect(message!.reason).toMatch(/^Unexpected .+, expected .+/)
    expect(message!.url?.startsWith('https://')).toBe(true)
  })

  it('reports without fixing when `fix` is false, and can disable rules', () => {
    const markdown = 'Elle a dit: «bonjour» à la plateformeassoupli.\n'
    const off = run(markdown, {fix: false})
    expect(off.body).toBe(markdown)
    expect(off.file.messages.map((m) => m.ruleId)).toEqual(['glued-words'])
    const noColon = run(markdown, {disable: ['high-punctuation-space', 'glued-words']})
    expect(noColon.body).toBe(`Elle a dit: «${n}bonjour${n}» à la plateformeassoupli.\n`)
    expect(noColon.file.messages).toEqual([])
  })

  it('works in a plain remark pipeline, without Titraille’s parser', () => {
    const markdown = 'Elle a dit: «bonjour» à la plateformeassoupli.\n'
    const file = unified().use(remarkParse).use(remarkTypography).use(remarkStringify).processSync(markdown)
    expect(String(file)).toBe(`Elle a dit${N}: «${n}bonjour${n}» à la plateformeassoupli.\n`)
    expect(file.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['glued-words', 1, 28]])
  })

  it('works on a bare tree without positions or source', () => {
    const tree: Root = {type: 'root', children: [{type: 'paragraph', children: [{type: 'text', value: 'Vraiment? Il a gagné 420 000 €...'}]}]}
    const result = typesetTree(tree)
    expect(tree).toEqual({type: 'root', children: [{type: 'paragraph', children: [{type: 'text', value: `Vraiment${n}? Il a gagné 420${n}000${N}€…`}]}]})
    // Without places, fixes are listed in the order the rules run.
    expect(result.fixes.map((f) => f.rule)).toEqual(['ellipsis', 'high-punctuation-space', 'number-grouping', 'unit-space'])
  })

  it('typesets a plain-text article parsed by parseArticle', () => {
    const {tree} = parseArticle('Le titre de l\'article\n\nLe premier paragraphe: il est là !\nEt une suite ...\n')
    typesetTree(tree)
    const texts = tree.children.map((node) => ('children' in node ? (node.children[0] as {value: string}).value : ''))
    expect(texts).toEqual(['Le titre de l’article', `Le premier paragraphe${N}: il est là${n}!\nEt une suite …`])
  })
})
