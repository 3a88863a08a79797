// Benchmark inputs: the seed article, the corpus articles, and long documents
// built by concatenating corpus articles under headings.
import {readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

export const SHARED = new URL('../../shared/', import.meta.url)
export const SEED_PATH = fileURLToPath(new URL('fixtures/seed-twitter-spaces.txt', SHARED))
export const CORPUS_DIR = fileURLToPath(new URL('corpus/wikinews-fr/', SHARED))

/** The corpus articles (`NNNNN.md`, not the README), in code-point order of their file names. */
export function corpusArticles() {
  return readdirSync(CORPUS_DIR)
    .filter((name) => /^\d+\.md$/.test(name))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => ({name, text: readFileSync(CORPUS_DIR + name, 'utf8')}))
}

/** The seed article. */
export function seedArticle() {
  return {name: 'seed-twitter-spaces.txt', text: readFileSync(SEED_PATH, 'utf8')}
}

/** Words as the audit counts them (runs of non-space holding a letter or digit). */
export function countWords(text) {
  let n = 0
  for (const w of text.split(/\s+/u)) if (/[\p{L}\p{N}]/u.test(w)) n++
  return n
}

/** Split an article into its front-matter title and its body. */
export function splitArticle(markdown) {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown)
  if (!match) return {title: undefined, body: markdown.trim()}
  const title = /^title:\s*["']?(.*?)["']?\s*$/m.exec(match[1])?.[1]
  return {title, body: markdown.slice(match[0].length).trim()}
}

/**
 * A Markdown document of at least `target` words: corpus articles, each under
 * an `##` heading (its title), cycling through the corpus as needed.
 */
export function longDocument(target) {
  const articles = corpusArticles().map((article) => splitArticle(article.text))
  const parts = ['# Revue de presse']
  let words = 2
  for (let i = 0; words < target; i++) {
    const {title, body} = articles[i % articles.length]
    const heading = `## ${title ?? `Article ${i + 1}`}`
    // Drop any H1 of the article: the document has one.
    const text = body.replace(/^# .*$/gm, '').trim()
    parts.push(heading, text)
    words += countWords(heading) + countWords(text)
  }
  return parts.join('\n\n') + '\n'
}
