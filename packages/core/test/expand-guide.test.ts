import {describe, expect, it} from '@jest/globals'
import {readFileSync} from 'node:fs'
import {SHARED, runPipeline} from './expand-pipeline.js'

type Node = {type: string; value?: string; children?: Node[]; data?: {generated?: {by: string; from: number[]}}}
const textOf = (node: Node): string => node.value ?? (node.children ?? []).map(textOf).join('')

describe('expand: « Le fil de l’article »', () => {
  const input = readFileSync(`${SHARED}corpus/wikinews-fr/44939.md`, 'utf8')
  const {tree} = runPipeline(input)
  const children = (tree as unknown as Node).children!
  const at = children.findIndex((node) => node.type === 'heading' && textOf(node) === 'Le fil de l’article')
  const section = children.slice(at + 1, children.findIndex((node, i) => i > at && node.type === 'heading'))

  it('walks through the article in its order, naming its own noun phrases', () => {
    expect(at).toBeGreaterThan(0)
    const steps = textOf(section[1]!)
    // The article speaks of the change of case law (and of the Länder that asked) first and of the
    // Basic Law last; the long phrase may be named in short, the reader has read it whole.
    expect(steps).toMatch(/^[^.]*\bdu revirement(?: de jurisprudence)?\b[^.]*\bdes Länder\./u)
    expect(steps.indexOf('la Loi fondamentale')).toBeGreaterThan(steps.indexOf('du revirement'))
    for (const phrase of ['revirement de jurisprudence', 'Loi fondamentale', 'régime nazi', 'moyens lourds']) expect(input).toContain(phrase)
    expect(steps).toMatch(/^(?:Tout d’abord|Il est d’abord question|Pour commencer)/u)
    // Sentence ids of the steps, in order.
    const from = section[1]!.data!.generated!.from
    expect([...from].sort((a, b) => a - b)).toEqual(from)
    expect(from.length).toBeGreaterThanOrEqual(3)
  })

  it('names the actor whose name holds a keyphrase (`le ministre de la Défense`, not `la Défense`)', () => {
    const steps = textOf(section[1]!)
    expect(steps).toContain('le ministre de la Défense')
    expect(steps).not.toMatch(/(?:: |, | et )la Défense\b/u)
  })

  it('names a person whose first name is also a common noun (`Marc`), wherever the sentence puts him', () => {
    // Vendée Globe, 2012: `Dans l’après-midi, Marc Guillemot a dû faire demi-tour …` is the second step.
    const vendee = readFileSync(`${SHARED}corpus/wikinews-fr/45758.md`, 'utf8')
    const {markdown} = runPipeline(vendee)
    const guide = markdown.slice(markdown.indexOf('## Le fil de l’article'))
    expect(markdown).toContain('## Le fil de l’article')
    expect(guide.slice(0, guide.indexOf('\n## '))).toMatch(/Marc Guillemot et les Sables d’Olonne/u)
  })

  it('names words of a sentence once: no two phrases sharing them, no approximate number', () => {
    // Dana Air, 2012: `Le chef de la direction de l’aviation civile` once, not « le chef de la direction et
    // la direction de l’aviation » (« le chef de la direction », which the length limit cuts from « de
    // l’aviation », is no keyphrase); `une quarantaine de personnes au sol` is no « quarantaine ».
    const {markdown} = runPipeline(readFileSync(`${SHARED}corpus/wikinews-fr/44145.md`, 'utf8'))
    const guide = markdown.slice(markdown.indexOf('## Le fil de l’article'), markdown.indexOf('## Questions'))
    expect(guide).toContain('la direction de l’aviation')
    expect(guide).not.toContain('le chef de la direction')
    expect(markdown).not.toMatch(/\bla quarantaine\b/u)
  })

  it('names no bare capitalised word or acronym a tagger took for a noun', () => {
    const golden = readFileSync(new URL('./fixtures/expand/43971.md', import.meta.url), 'utf8')
    const at = golden.indexOf('## Le fil de l’article')
    const guide = golden.slice(at, golden.indexOf('\n## ', at + 1))
    expect(guide).not.toMatch(/\b(?:Prévu|IV|ISS|Floride)\b/u)
    expect(guide).toContain('la capsule Dragon')
  })
})
