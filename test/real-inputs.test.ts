import {describe, expect, it} from '@jest/globals'
import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {comparableWords, firstMissingWord, optimize, TitrailleError} from '@titraille/core'
import {SHARED, temporaryFolder, titraille} from './support/cli.js'

// Issue 10: the inputs people really have.
const corpus = (id: string) => readFileSync(join(SHARED, `corpus/wikinews-fr/${id}.md`), 'utf8')
const seed = readFileSync(join(SHARED, 'fixtures/seed-twitter-spaces.txt'), 'utf8')
const headings = (markdown: string) => markdown.split('\n').filter((line) => /^#{1,6} /.test(line))

describe('inputs people really have', () => {
  it('an article that already has subheadings keeps them, in order', async () => {
    // 45513 (Ubuntu 12.10) has two author H2s.
    const text = corpus('45513')
    const authors = headings(text).filter((line) => line.startsWith('## '))
    expect(authors).toHaveLength(2)
    const out = headings((await optimize(text)).markdown).map((line) => line.replace(/[\u00a0\u202f]/g, ' '))
    let at = -1
    for (const heading of authors) {
      const index = out.findIndex((line, i) => i > at && comparableWords(line).join(' ') === comparableWords(heading).join(' '))
      expect(index).toBeGreaterThan(at)
      at = index
    }
  })

  it('Markdown with its own H1 and front matter keeps both, with one H1', async () => {
    const text = `---\ntitle: Mon titre à moi\nauteur: Jeanne Martin\n---\n\n${corpus('44635')}`
    const {markdown, meta} = await optimize(text)
    expect(meta.title).toBe('Mon titre à moi')
    // The author's title wins and is written once, in their front matter as they wrote it.
    expect(markdown.match(/^title:.*$/gm)).toEqual(['title: Mon titre à moi'])
    expect(markdown).toContain('auteur: Jeanne Martin')
    expect(headings(markdown).filter((line) => line.startsWith('# '))).toHaveLength(1)
  })

  it('a 900-word text with no paragraph break is paragraphed and gets subheadings', async () => {
    const block = seed.split('\n').filter((line) => line.trim() !== '').join(' ')
    expect(block.includes('\n')).toBe(false)
    const {markdown} = await optimize(block)
    const body = markdown.slice(markdown.indexOf('\n---\n') + 5)
    const paragraphs = body.split('\n\n').filter((part) => part.trim() !== '' && !part.startsWith('#'))
    expect(paragraphs.length).toBeGreaterThan(5)
    expect(headings(markdown).filter((line) => line.startsWith('## ')).length).toBeGreaterThanOrEqual(3)
    expect(firstMissingWord(block, markdown)).toBe(-1)
  })

  it('a very short text is refused with a clear error, or expanded when padding is allowed', async () => {
    const short = 'Le conseil municipal de Rouen a voté mardi la rénovation du pont Mathilde, fermé depuis l’incendie d’un camion-citerne en octobre. Les travaux dureront deux ans.'
    await expect(optimize(short)).rejects.toMatchObject({code: 'TOO_SHORT', message: expect.stringMatching(/too few to reach 700 words.*--allow-padding/)})
    const {markdown} = await optimize(short, {allowPadding: true})
    expect(firstMissingWord(short, markdown)).toBe(-1)
  })

  it('an English text is refused; a French text quoting English is processed', async () => {
    const english = 'Elon Musk wants to turn Twitter into a digital town square, but his much-hyped Twitter Spaces launch event with Florida Governor Ron DeSantis was plagued by technical problems and a delay of almost half an hour on Tuesday.'
    await expect(optimize(english)).rejects.toBeInstanceOf(TitrailleError)
    const mixed = `${seed}\n« It's a glitch », a écrit un utilisateur en anglais, « we are melting the servers ».`
    const {markdown} = await optimize(mixed)
    expect(markdown).toContain('we are melting the servers')
  })

  it('Windows line endings and a BOM give the same output as the clean file', async () => {
    const clean = (await optimize(corpus('44635'))).markdown
    const windows = new TextEncoder().encode(`\uFEFF${corpus('44635').replace(/\n/g, '\r\n')}`)
    expect((await optimize(windows)).markdown).toBe(clean)
  })

  it('HTML pasted into Markdown passes through byte for byte', async () => {
    const html = '<figure class="photo">\n  <img src="pont.jpg" alt="Le pont Mathilde">\n  <figcaption>Le pont  Mathilde</figcaption>\n</figure>'
    const text = corpus('45736').replace('\n\nSuite à', `\n\n${html}\n\nSuite à`)
    expect(text).toContain(html)
    expect((await optimize(text)).markdown).toContain(html)
  })

  it('a missing input in a batch is reported and the others are written', () => {
    const dir = temporaryFolder()
    writeFileSync(join(dir, 'a.md'), corpus('44635'))
    writeFileSync(join(dir, 'c.md'), corpus('45736'))
    const run = titraille(['a.md', 'absent.md', 'c.md', '--out-dir', 'dist', '--quiet'], {cwd: dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/absent\.md: no such file/)
    expect(readdirSync(join(dir, 'dist')).sort()).toEqual(['a.md', 'c.md'])
  })
})
