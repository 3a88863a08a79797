import type {Element, ElementContent, Root as HastRoot} from 'hast'
import type {Root} from 'mdast'
import {toHtml} from 'hast-util-to-html'
import {toHast} from 'mdast-util-to-hast'
import type {ArticleMeta} from '../types.js'

/** A question and its answer for the FAQPage JSON-LD. */
export interface HtmlFaqEntry {
  question: string
  answer: string
}

/** Options of {@link renderHtml}. */
export interface RenderHtmlOptions {
  meta?: Readonly<ArticleMeta> | null | undefined
  /** Canonical URL, written as `<link rel="canonical">`, `og:url` and in JSON-LD. */
  canonical?: string | null | undefined
  /** The generated FAQ, for the FAQPage JSON-LD. */
  faq?: readonly HtmlFaqEntry[] | null | undefined
  /**
   * Add a FAQPage JSON-LD block when `faq` is not empty.
   * @default false
   */
  faqSchema?: boolean | null | undefined
  /** Word count written in the NewsArticle JSON-LD. */
  words?: number | null | undefined
}

function element(tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element {
  return {type: 'element', tagName, properties, children}
}

/** JSON for a `<script>` element: `<` escaped so that `</script>` cannot close it. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/</gu, '\\u003c')
}

/** Render an article tree as a full HTML document with SEO head tags and JSON-LD. */
export function renderHtml(tree: Root, options?: Readonly<RenderHtmlOptions> | null): string {
  const meta = options?.meta ?? {}
  const canonical = options?.canonical ?? undefined
  const head: ElementContent[] = [element('meta', {charSet: 'utf-8'}), element('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'})]
  if (meta.title) head.push(element('title', {}, [{type: 'text', value: meta.title}]))
  if (meta.description) head.push(element('meta', {name: 'description', content: meta.description}))
  if (meta.keywords && meta.keywords.length > 0) head.push(element('meta', {name: 'keywords', content: meta.keywords.join(', ')}))
  if (canonical) head.push(element('link', {rel: ['canonical'], href: canonical}))
  const og: [string, string | undefined][] = [
    ['og:type', 'article'],
    ['og:locale', 'fr_FR'],
    ['og:title', meta.title],
    ['og:description', meta.description],
    ['og:url', canonical]
  ]
  for (const [property, content] of og) if (content) head.push(element('meta', {property, content}))
  const twitter: [string, string | undefined][] = [
    ['twitter:card', 'summary'],
    ['twitter:title', meta.title],
    ['twitter:description', meta.description]
  ]
  for (const [name, content] of twitter) if (content) head.push(element('meta', {name, content}))
  const article: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: meta.title,
    description: meta.description,
    inLanguage: 'fr',
    keywords: meta.keywords && meta.keywords.length > 0 ? meta.keywords.join(', ') : undefined,
    wordCount: options?.words ?? undefined,
    mainEntityOfPage: canonical ? {'@type': 'WebPage', '@id': canonical} : undefined
  }
  head.push(element('script', {type: 'application/ld+json'}, [{type: 'text', value: scriptJson(article)}]))
  const faq = options?.faq ?? []
  if (options?.faqSchema && faq.length > 0) {
    const page = {
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: faq.map((entry) => ({'@type': 'Question', name: entry.question, acceptedAnswer: {'@type': 'Answer', text: entry.answer}}))
    }
    head.push(element('script', {type: 'application/ld+json'}, [{type: 'text', value: scriptJson(page)}]))
  }
  const body = toHast({...tree, children: tree.children.filter((node) => node.type !== 'yaml')}, {allowDangerousHtml: true}) as HastRoot
  const document: HastRoot = {
    type: 'root',
    children: [
      {type: 'doctype'},
      element('html', {lang: 'fr'}, [element('head', {}, head), element('body', {}, [element('article', {}, body.children as ElementContent[])])])
    ]
  }
  return `${toHtml(document, {allowDangerousHtml: true})}\n`
}
