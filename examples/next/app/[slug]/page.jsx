import {readdirSync} from 'node:fs'
import path from 'node:path'

export const dynamicParams = false

/** One page per Markdown article in content/. */
export function generateStaticParams() {
  return readdirSync(path.join(process.cwd(), 'content'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => ({slug: name.slice(0, -'.md'.length)}))
}

/** Title and meta description: the author's front matter, completed by Titraille at build time. */
export async function generateMetadata({params}) {
  const {slug} = await params
  const {frontmatter} = await import(`../../content/${slug}.md`)
  return {title: frontmatter.title, description: frontmatter.description}
}

export default async function Page({params}) {
  const {slug} = await params
  const {default: Article, frontmatter} = await import(`../../content/${slug}.md`)
  return (
    <article>
      <h1>{frontmatter.title}</h1>
      <Article />
    </article>
  )
}
