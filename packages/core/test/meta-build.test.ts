import {describe, expect, it} from '@jest/globals'
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {analyzeTree, buildMeta, parseArticle, renderHtml, slugify, readingTime, cutAtWord} from '@titraille/core'

const SHARED = fileURLToPath(new URL('../../../../shared/', import.meta.url))
const seed = readFileSync(`${SHARED}fixtures/seed-twitter-spaces.txt`, 'utf8')
const dragon = readFileSync(`${SHARED}corpus/wikinews-fr/43971.md`, 'utf8')

function metaOf(text: string, given = {}) {
  const {tree} = parseArticle(text)
  const analysis = analyzeTree(tree)
  return {tree, meta: buildMeta(analysis, given)}
}

describe('meta', () => {
  it.each([
    ['seed', seed],
    ['43971', dragon]
  ])('%s: title 30–60 with the keyphrase first, description 120–156 with it, slug ASCII', (_name, text) => {
    const {meta} = metaOf(text)
    expect(meta.title!.length).toBeGreaterThanOrEqual(30)
    expect(meta.title!.length).toBeLessThanOrEqual(60)
    const key = meta.keyphrase!.toLowerCase()
    expect(meta.title!.toLowerCase().indexOf(key)).toBeLessThan(10)
    expect(meta.title!.toLowerCase()).toContain(key)
    expect(meta.description!.length).toBeGreaterThanOrEqual(120)
    expect(meta.description!.length).toBeLessThanOrEqual(156)
    expect(meta.description!.toLowerCase()).toContain(key)
    expect(meta.description).toMatch(/[.!?]$/u)
    expect(meta.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u)
    expect(meta.keywords![0]).toBe(key)
    expect(meta.readingTime).toBeGreaterThanOrEqual(1)
  })

  it('writes the description from the author’s keyphrases, not the words of generated sections', async () => {
    // Nintendo, 2012: once expanded, « l’article » (said by many templates) ranked as a keyphrase and the
    // description read « … les souhaits insistants des développeurs et l’article ».
    const {runPipeline} = await import('./expand-pipeline.js')
    const {data} = runPipeline(readFileSync(`${SHARED}corpus/wikinews-fr/44292.md`, 'utf8'))
    expect(data.meta?.description).toBeDefined()
    expect(data.meta!.description).not.toMatch(/l’article/u)
  })

  it('keeps what the author set in front matter', () => {
    const {meta} = metaOf(dragon, {title: 'Mon titre', slug: 'mon-slug', keyphrase: 'capsule Dragon'})
    expect(meta.title).toBe('Mon titre')
    expect(meta.slug).toBe('mon-slug')
    expect(meta.keyphrase).toBe('capsule Dragon')
    expect(meta.description!.toLowerCase()).toContain('capsule dragon')
  })

  it('slugs drop accents and French stop words', () => {
    expect(slugify('Lancement réussi pour la capsule Dragon de l’ISS')).toBe('lancement-reussi-capsule-dragon-iss')
    expect(readingTime(700)).toBe(4)
    expect(cutAtWord('Une phrase assez longue pour être coupée', 20)).toBe('Une phrase assez')
  })
})

describe('renderHtml', () => {
  it('writes title, description, canonical, Open Graph, Twitter and JSON-LD; FAQPage only when asked', () => {
    const {tree, meta} = metaOf(dragon)
    const faq = [{question: 'De quoi parle cet article ?', answer: 'Du lancement </script> de la capsule.'}]
    const html = renderHtml(tree, {meta, canonical: 'https://example.org/a', faq})
    expect(html).toMatch(/<title>[^<]{30,}<\/title>/u)
    expect(html).toContain('<meta name="description"')
    expect(html).toContain('<link rel="canonical" href="https://example.org/a">')
    expect(html).toContain('property="og:title"')
    expect(html).toContain('name="twitter:card" content="summary"')
    expect(html).toContain('"@type": "NewsArticle"')
    expect(html).not.toContain('FAQPage')
    const withFaq = renderHtml(tree, {meta, faq, faqSchema: true})
    expect(withFaq).toContain('"@type": "FAQPage"')
    expect(withFaq).not.toContain('</script> de la capsule')
    expect(withFaq).not.toContain('rel="canonical"')
  })
})
