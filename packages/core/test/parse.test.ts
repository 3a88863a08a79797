import {describe, expect, it} from '@jest/globals'
import {readFileSync} from 'node:fs'
import {looksLikeMarkdown, looksLikeTitle, parseArticle, TitrailleError, optimize} from '@titraille/core'

const seed = readFileSync(new URL('../../../../shared/fixtures/seed-twitter-spaces.txt', import.meta.url), 'utf8')

describe('parseArticle: plain text', () => {
  it('reads every non-empty line of the seed article as a paragraph, with positions', () => {
    const {tree, format} = parseArticle(seed)
    expect(format).toBe('text')
    const lines = seed.split('\n').filter((line) => line.trim() !== '')
    expect(tree.children).toHaveLength(lines.length)
    // The seed's first line is a long sentence, not a title.
    expect(tree.children[0]!.type).toBe('paragraph')
    for (const node of tree.children) {
      const {start, end} = node.position!
      const text = (node as {children: {value: string}[]}).children[0]!.value
      expect(seed.slice(start.offset, end.offset)).toBe(text)
    }
  })

  it('reads blank-line separated paragraphs and takes a headline-like first line as the title', () => {
    const text = 'La grève des contrôleurs aériens perturbe les vols\n\nLes contrôleurs aériens ont cessé le travail mardi matin.\nLa direction générale de l’aviation civile a demandé aux compagnies de réduire leurs programmes.\n\nLes syndicats réclament des embauches.'
    const {tree} = parseArticle(text)
    expect(tree.children.map((n) => n.type)).toEqual(['heading', 'paragraph', 'paragraph'])
    expect(tree.children[0]).toMatchObject({depth: 1})
  })

  it('does not read Markdown syntax in plain text', () => {
    const {tree, format} = parseArticle('Le taux passe de 3 * 2 à _5_ %.\nUne autre ligne, une autre phrase du texte.', {format: 'text'})
    expect(format).toBe('text')
    expect(tree.children[0]).toMatchObject({type: 'paragraph', children: [{type: 'text', value: 'Le taux passe de 3 * 2 à _5_ %.'}]})
  })

  it('tells headlines from sentences', () => {
    expect(looksLikeTitle('Twitter Spaces : un lancement raté pour Ron DeSantis')).toBe(true)
    expect(looksLikeTitle('Le lancement a été retardé de près d’une demi-heure mardi.')).toBe(false)
    expect(looksLikeTitle('une phrase qui commence par une minuscule')).toBe(false)
  })
})

describe('parseArticle: Markdown', () => {
  it('detects Markdown and reads front matter, keeping keys in their order', () => {
    const text = '---\nauteur: Jeanne\ntitle: Un titre\ntags: [a, b]\n---\n\n# Un titre\n\nDu texte.\n'
    expect(looksLikeMarkdown(text)).toBe(true)
    const {format, frontMatter, tree} = parseArticle(text)
    expect(format).toBe('markdown')
    expect(Object.keys(frontMatter.data)).toEqual(['auteur', 'title', 'tags'])
    expect(tree.children.map((n) => n.type)).toEqual(['yaml', 'heading', 'paragraph'])
  })

  it('recognises Markdown by its signs, and plain prose by their absence', () => {
    expect(looksLikeMarkdown('Du texte.\n\n## Un intertitre\n\nSuite.')).toBe(true)
    expect(looksLikeMarkdown('Voir [la page](https://example.org) pour plus.')).toBe(true)
    expect(looksLikeMarkdown('| a | b |\n|---|:-:|\n| 1 | 2 |')).toBe(true)
    expect(looksLikeMarkdown('- un\n- deux')).toBe(true)
    expect(looksLikeMarkdown('1. un\n2. deux')).toBe(true)
    expect(looksLikeMarkdown('Titre\n=====\n\nTexte.')).toBe(true)
    expect(looksLikeMarkdown('<div>bloc</div>')).toBe(true)
    expect(looksLikeMarkdown('Le score est de 3 - 2 [selon la presse] (hier).\nUne autre ligne - avec un tiret.')).toBe(false)
    expect(looksLikeMarkdown('Elon Musk veut transformer Twitter.\nLe propriétaire a déclaré que les problèmes étaient dus aux serveurs.')).toBe(false)
  })

  it('refuses Markdown nested deeper than the limit with a clear error', () => {
    expect(() => parseArticle(`${'>'.repeat(500)} Le pont Mathilde est fermé.\n`)).toThrow(/levels deep .* over the limit of 100/)
    expect(parseArticle(`${'>'.repeat(20)} Le pont Mathilde est fermé.\n`).format).toBe('markdown')
  })

  it('gives a clear error for invalid front matter', () => {
    try {
      parseArticle('---\ntitle: [pas fermé\n---\n\nDu texte.\n')
      throw new Error('no error')
    } catch (error) {
      expect(error).toBeInstanceOf(TitrailleError)
      expect((error as TitrailleError).code).toBe('INVALID_FRONT_MATTER')
      expect((error as TitrailleError).message).toMatch(/YAML front matter is invalid/)
    }
    expect(() => parseArticle('---\n- une\n- liste\n---\n\nDu texte.\n')).toThrow(/not a mapping/)
  })
})

describe('language check', () => {
  it('refuses an English article and accepts it with langCheck off', async () => {
    const english = 'The launch of the new rocket was delayed by half an hour on Tuesday because of technical problems with the servers, the company said in a statement.'
    await expect(optimize(english)).rejects.toMatchObject({code: 'NOT_FRENCH', message: expect.stringMatching(/English/)})
    await expect(optimize(english, {langCheck: false, allowPadding: true})).resolves.toMatchObject({report: {format: 'text'}})
  })
})
