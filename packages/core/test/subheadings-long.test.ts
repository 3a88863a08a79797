import {describe, expect, it} from '@jest/globals'
import {readdirSync, readFileSync} from 'node:fs'
import {analyzeTree, nameSections, parseArticle, segmentArticle} from '@titraille/core'

const corpus = new URL('../../../../shared/corpus/wikinews-fr/', import.meta.url)

/** A long text: twelve Wikinews stories, their titles and front matter left out. */
function longArticle() {
  const files = readdirSync(corpus)
    .filter((name) => /^\d+\.md$/u.test(name))
    .sort()
    .slice(12, 24)
  const text = files
    .map((name) => readFileSync(new URL(name, corpus), 'utf8').replace(/^---\n[\s\S]*?\n---\n/u, '').replace(/^#.*$/gmu, ''))
    .join('\n\n')
  const {tree} = parseArticle(text)
  const {analysis, segments} = segmentArticle(tree, analyzeTree(tree))
  return {tree, analysis, segments}
}

describe('subheadings of a long article', () => {
  const {tree, analysis, segments} = longArticle()
  const wanted = segments.filter((segment) => !segment.chapeau && !segment.authorHeading).length

  it('never repeats a template when asked not to, leaving sections unnamed instead', () => {
    const headings = nameSections(tree, analysis, segments, {reuseTemplates: false})
    const templates = headings.map((heading) => heading.template)
    expect(new Set(templates).size).toBe(templates.length)
    expect(headings.length).toBeLessThan(wanted)
  })

  it('by default names more sections, never with the template of the heading before', () => {
    const strict = nameSections(tree, analysis, segments, {reuseTemplates: false})
    const headings = nameSections(tree, analysis, segments)
    expect(wanted).toBeGreaterThan(10)
    expect(headings.length).toBeGreaterThan(strict.length)
    for (let i = 1; i < headings.length; i++) {
      if (headings[i]!.section === headings[i - 1]!.section + 1) expect(headings[i]!.template).not.toBe(headings[i - 1]!.template)
    }
    const texts = headings.map((heading) => heading.text.toLowerCase())
    expect(new Set(texts).size).toBe(texts.length)
    for (const heading of headings) expect(heading.text.length).toBeLessThanOrEqual(70)
  })

  it('is deterministic', () => {
    expect(nameSections(tree, analysis, segments)).toEqual(nameSections(tree, analysis, segments))
  })
})
