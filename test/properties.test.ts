import {describe, expect, it} from '@jest/globals'
import fc from 'fast-check'
import {firstMissingWord, comparableWords, isTitrailleError, optimize} from '@titraille/core'
import {corpusSentences} from './support/corpus.js'

// Seeded so that a failure reproduces: fast-check prints the seed and path.
const SEED = 20261124
const sentences = corpusSentences()

/** Sentences from the corpus, decorated with what real articles contain. */
const frenchSentence = fc
  .tuple(
    fc.constantFrom(...sentences),
    fc.constantFrom('', ' 😀', ' « une citation »', ' (3,5 %)', ' M. Dupont l’a dit.', ' 420 000 personnes', ' etc.', ' Dr. Martin', '…'),
    fc.boolean(),
    fc.boolean()
  )
  .map(([sentence, extra, straight, nbsp]) => {
    let s = sentence + extra
    if (straight) s = s.replace(/’/g, "'")
    if (nbsp) s = s.replace(/ ([:;!?»])/g, '\u00a0$1')
    return s
  })

const frenchText = fc
  .tuple(fc.array(frenchSentence, {minLength: 3, maxLength: 30}), fc.array(fc.constantFrom(' ', '\n', '\n\n'), {minLength: 30, maxLength: 30}))
  .map(([parts, separators]) => parts.map((p, i) => (i === 0 ? p : separators[i % separators.length]! + p)).join(''))

function missing(original: string, output: string): string | null {
  const index = firstMissingWord(original, output)
  return index === -1 ? null : comparableWords(original).slice(index, index + 6).join(' ')
}

describe('preservation on generated French texts', () => {
  it('keeps every word in order, or fails with a clear error', async () => {
    await fc.assert(
      fc.asyncProperty(frenchText, async (text) => {
        try {
          const {markdown} = await optimize(text, {allowPadding: true})
          expect(missing(text, markdown)).toBeNull()
        } catch (error) {
          if (!isTitrailleError(error)) throw error
        }
      }),
      {seed: SEED, numRuns: 30}
    )
  })
})

const safeCode = fc.stringMatching(/^[a-z0-9 =+*_(){}<>;'"\\.-]{1,40}$/)
const block = fc.oneof(
  frenchSentence.map((s) => ({kind: 'prose' as const, text: s})),
  fc.tuple(frenchSentence, frenchSentence).map(([a, b]) => ({kind: 'prose' as const, text: `- ${a}\n- ${b}`})),
  safeCode.map((code) => ({kind: 'raw' as const, text: `\`\`\`js\n${code}\n\`\`\``})),
  fc.tuple(fc.integer({min: 0, max: 99999}), fc.constantFrom('Paris', 'Lyon', 'Lille')).map(([n, city]) => ({kind: 'raw' as const, text: `| Ville | Chiffre |\n|:--|--:|\n| ${city} | ${n} |`})),
  fc.constantFrom('<div class="note">\n  <b>brut</b>  \n</div>', '<!-- commentaire  -->').map((html) => ({kind: 'raw' as const, text: html})),
  fc.tuple(frenchSentence, fc.constantFrom('https://example.org/a_b', './page.md', 'https://fr.wikipedia.org/wiki/Rouen')).map(([s, url]) => ({kind: 'inline' as const, text: `${s} Voir [la page](${url}) et ![photo](${url}.png "Titre").`, raw: [`[la page](${url})`, `![photo](${url}.png "Titre")`]}))
)

const markdownDocument = fc
  .tuple(fc.boolean(), fc.array(block, {minLength: 3, maxLength: 12}))
  .map(([frontMatter, blocks]) => {
    const head = frontMatter ? '---\nauteur: "Jeanne"\ndate: 2012-07-12\nlayout: article  # gabarit\n---\n\n' : ''
    return {text: head + blocks.map((b) => b.text).join('\n\n') + '\n', blocks}
  })

describe('preservation on generated Markdown', () => {
  it('copies code, tables, HTML, links and images byte for byte and keeps the words', async () => {
    await fc.assert(
      fc.asyncProperty(markdownDocument, async ({text, blocks}) => {
        let markdown: string
        try {
          markdown = (await optimize(text, {allowPadding: true})).markdown
        } catch (error) {
          if (isTitrailleError(error)) return
          throw error
        }
        for (const b of blocks) {
          if (b.kind === 'raw') expect(markdown).toContain(b.text)
          if (b.kind === 'inline') for (const raw of b.raw) expect(markdown).toContain(raw)
        }
        if (text.startsWith('---\n')) expect(markdown).toContain('auteur: "Jeanne"\ndate: 2012-07-12\nlayout: article  # gabarit\n')
        const prose = text.replace(/^---\n[\s\S]*?\n---\n/, '')
        expect(missing(prose, markdown)).toBeNull()
      }),
      {seed: SEED, numRuns: 30}
    )
  })
})

describe('no crash on arbitrary input', () => {
  it('any string gives output or a TitrailleError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({unit: 'binary', maxLength: 400}), fc.string({unit: 'grapheme', maxLength: 400})), async (text) => {
        try {
          await optimize(text)
        } catch (error) {
          if (!isTitrailleError(error)) throw error
        }
      }),
      {seed: SEED, numRuns: 150}
    )
  })

  it('any bytes give output or a TitrailleError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({maxLength: 400}), async (bytes) => {
        try {
          await optimize(bytes)
        } catch (error) {
          if (!isTitrailleError(error)) throw error
        }
      }),
      {seed: SEED, numRuns: 150}
    )
  })
})

describe('extreme inputs', () => {
  const sentence = 'Le conseil municipal de Rouen a voté mardi la rénovation du pont Mathilde, fermé depuis l’incendie. '

  it('refuses a 5 MB single-line input with a clear size error', async () => {
    const huge = sentence.repeat(Math.ceil((5 * 1024 * 1024) / sentence.length))
    await expect(optimize(huge)).rejects.toMatchObject({code: 'TOO_LARGE'})
  })

  it('handles 50,000 tiny paragraphs', async () => {
    const text = Array.from({length: 50_000}, (_, i) => `Le point ${i + 1} est voté.`).join('\n\n')
    const {markdown} = await optimize(text)
    expect(markdown).toContain('Le point 50000 est voté.')
  })

  it('processes block quotes and lists nested 20 deep', async () => {
    const quotes = `${'>'.repeat(20)} La ville de Rouen rénove le pont Mathilde après l’incendie du camion.\n`
    const lists = Array.from({length: 20}, (_, i) => `${'  '.repeat(i)}- Le point numéro ${i} de la liste est adopté.`).join('\n')
    for (const text of [quotes, lists]) expect(missing(text, (await optimize(text, {allowPadding: true})).markdown)).toBeNull()
  })

  it.each([1_000, 20_000])('handles block quotes and lists nested %i deep', async (depth) => {
    const quotes = `${'>'.repeat(depth)} La ville de Rouen rénove le pont Mathilde après l’incendie du camion.\n`
    const lists = Array.from({length: Math.min(depth, 2_000)}, (_, i) => `${'  '.repeat(i)}- Le point numéro ${i} de la liste est adopté.`).join('\n')
    for (const text of [quotes, lists]) {
      try {
        const {markdown} = await optimize(text, {allowPadding: true})
        expect(missing(text, markdown)).toBeNull()
      } catch (error) {
        // Too deep to process is acceptable only as a clear error, never a stack overflow.
        expect(isTitrailleError(error) ? null : error).toBeNull()
      }
    }
  })
})
