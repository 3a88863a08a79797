import {describe, expect, it} from '@jest/globals'
import {readdirSync, readFileSync} from 'node:fs'
import {unified} from 'unified'
import {comparableWords, firstMissingWord, fixTypography, missingNoBreakSpaces, remarkTypography, titrailleParse, titrailleStringify} from '@titraille/core'

const shared = new URL('../../../../shared/', import.meta.url)
const read = (path: string) => readFileSync(new URL(path, shared), 'utf8')
const seed = read('fixtures/seed-twitter-spaces.txt')
const corpusFolder = new URL('corpus/wikinews-fr/', shared)
const corpus = readdirSync(corpusFolder)
  .filter((name) => /^\d+\.md$/.test(name))
  .sort()
  .map((name) => [name, readFileSync(new URL(name, corpusFolder), 'utf8')] as const)

const processor = unified().use(titrailleParse, {langCheck: false}).use(remarkTypography).use(titrailleStringify).freeze()
const typeset = (text: string) => {
  const file = processor.processSync(text)
  return {file, output: String(file)}
}
const body = (markdown: string) => markdown.replace(/^---\n[\s\S]*?\n---\n\n/, '')

describe('the seed article', () => {
  const {file, output} = typeset(seed)

  it('has the missing no-break spaces a grammar checker flags, and none once typeset', () => {
    expect(missingNoBreakSpaces(seed).length).toBeGreaterThanOrEqual(46)
    expect(missingNoBreakSpaces(body(output)).map((fault) => fault.context)).toEqual([])
  })

  it('gets its known faults fixed', () => {
    expect(output).toContain('environ 420\u202F000, loin')
    expect(output).toContain('environ 80\u00A0% de son personnel')
    expect(output).toContain('à 18\u00A0h HE')
    expect(output).toContain('a tweeté\u00A0: «\u202FNous avons eu')
    expect(output).toContain('en tant qu’«\u202Fabsolutiste de la liberté d’expression\u202F»')
    expect(output).toContain('le candidat\u202F! a déclaré')
    expect(output).toContain('beaucoup mieux\u202F», dans l’approche')
  })

  it('reports what needs a person', () => {
    const found = file.messages.map((m) => [m.ruleId, m.actual])
    expect(found).toContainEqual(['glued-words', 'plateformeassoupli'])
    expect(found).toContainEqual(['lowercase-after-period', 'explosé. quelques'])
    expect(found).toContainEqual(['lowercase-after-period', 'apprendre. plus'])
    // « Glitch … never closed; the stray » of « application tout-en-un ». » and of « … mois » dans un tweet.
    expect(found.filter(([rule]) => rule === 'unbalanced-guillemets').length).toBeGreaterThanOrEqual(3)
    for (const message of file.messages) {
      const line = seed.split('\n')[message.line! - 1]!
      if (message.ruleId === 'glued-words') expect(line.slice(message.column! - 1)).toMatch(/^plateformeassoupli/)
    }
  })

  it('comes out the same from the string function, paragraph by paragraph, with the same findings', () => {
    const fixed = fixTypography(seed)
    expect(fixed.text.trimEnd().split('\n')).toEqual(body(output).trimEnd().split('\n\n'))
    expect(fixed.findings.map((f) => [f.rule, f.place?.line, f.place?.column])).toEqual(file.messages.map((m) => [m.ruleId, m.line, m.column]))
  })

  it('keeps every word and is idempotent', () => {
    const missing = firstMissingWord(seed, output)
    expect(missing === -1 ? null : comparableWords(seed)[missing]).toBeNull()
    expect(typeset(output).output).toBe(output)
  })
})

describe('the WikiNews corpus', () => {
  it('has articles to check', () => {
    expect(corpus.length).toBeGreaterThan(40)
  })

  it.each(corpus)('%s keeps every word, is idempotent and has no missing no-break space left', (_name, text) => {
    const {output} = typeset(text)
    const missing = firstMissingWord(text, output)
    expect(missing === -1 ? null : comparableWords(text)[missing]).toBeNull()
    expect(typeset(output).output).toBe(output)
    expect(missingNoBreakSpaces(body(output)).map((fault) => fault.context)).toEqual([])
  })
})
