import {describe, expect, it} from '@jest/globals'
import {analyzeTree, containsPhrase, expandArticle, firstMissingWord, inventedIn, isTitrailleError, parseArticle} from '@titraille/core'
import {fr} from '@titraille/rules'
import {escapeRegExp} from '../src/expand/text.js'
import {corpus, runPipeline} from './expand-pipeline.js'

const articles = corpus()
const runs = articles.map(([name, text]) => ({name, text, ...runPipeline(text)}))
const textOf = (node: {value?: string; children?: unknown[]}): string => node.value ?? ((node.children ?? []) as (typeof node)[]).map(textOf).join('')
const apostrophes = (text: string) => text.replace(/'/gu, '’')

describe('expand on every corpus article and the seed (full pipeline up to meta)', () => {
  it.each(runs.map((run) => [run.name, run] as const))('%s: keeps every original word, invents nothing, repeats nothing', (_name, run) => {
    expect(firstMissingWord(run.text, run.markdown)).toBe(-1)
    for (const sentence of run.expand.sentences) expect([sentence, inventedIn(sentence, apostrophes(run.text))]).toEqual([sentence, []])
    expect(new Set(run.expand.sentences).size).toBe(run.expand.sentences.length)
    const templates = run.expand.strategies.flatMap((strategy) => strategy.templates)
    expect(new Set(templates).size).toBe(templates.length)
    expect(run.expand.repeatedShare).toBeLessThanOrEqual(0.1)
    expect(run.expand.addedShare).toBeCloseTo(run.expand.addedWords / run.expand.outputWords, 6)
  })

  it('speaks of one name in the singular in « Les acteurs » (no « plusieurs personnes », no « ce sont eux »)', () => {
    let single = 0
    for (const run of runs) {
      const section = (run.tree as {children: {type: string; data?: {generated?: {by: string}}; children?: unknown[]}[]}).children.filter((node) => node.data?.generated?.by === 'expand:actors')
      const items = section.filter((node) => node.type === 'list').flatMap((node) => node.children ?? [])
      const prose = section.filter((node) => node.type === 'paragraph').map((node) => textOf(node as never))
      // One name in the list and no sentence naming others.
      if (items.length !== 1 || prose.some((text) => / et /u.test(text))) continue
      single++
      expect([run.name, prose.filter((text) => /plusieurs|\beux\b|ces noms|ces fonctions|protagonistes|principaux acteurs/iu.test(text))]).toEqual([run.name, []])
    }
    expect(single).toBeGreaterThan(0)
  })

  it('never puts a connector inside quoted speech', () => {
    for (const run of runs) {
      let depth = 0
      const walk = (node: {type: string; value?: string; children?: unknown[]; data?: {generated?: {by: string}}}) => {
        if (node.type === 'heading') depth = 0
        if (node.type === 'text' && node.data?.generated?.by === 'expand:transitions') expect([run.name, depth]).toEqual([run.name, 0])
        if (typeof node.value === 'string') for (const char of node.value) depth = char === '«' ? depth + 1 : char === '»' ? Math.max(0, depth - 1) : depth
        for (const child of (node.children ?? []) as (typeof node)[]) walk(child)
      }
      walk(run.tree as never)
    }
  })

  it('keeps the capital of a name a connector comes before (« À cet égard, Bertrand de Broc »), lowers that of a common word', () => {
    const after: string[] = []
    for (const run of runs) {
      const walk = (node: {type: string; value?: string; children?: unknown[]; data?: {generated?: {by: string}}}) => {
        const children = (node.children ?? []) as (typeof node)[]
        children.forEach((child, i) => {
          if (child.type === 'text' && child.data?.generated?.by === 'expand:transitions') after.push(/^[\p{L}’'-]+/u.exec(children[i + 1]?.value ?? '')?.[0] ?? '')
          walk(child)
        })
      }
      walk(run.tree as never)
    }
    expect(after).toEqual(expect.arrayContaining(['Bertrand', 'Mr', 'malgré', 'l’Ohio']))
    for (const word of after) if (fr.FIRST_NAMES.includes(word.replace(/^\p{Ll}/u, (c) => c.toUpperCase()))) expect(word).toMatch(/^\p{Lu}/u)
  })

  it.each(runs.map((run) => [run.name, run] as const))('%s: metadata within bounds, keyphrase in title and description', (_name, run) => {
    const meta = run.data.meta
    const key = meta.keyphrase!
    expect(meta.title!.length).toBeGreaterThanOrEqual(30)
    expect(meta.title!.length).toBeLessThanOrEqual(60)
    expect([meta.title, containsPhrase(meta.title!, key)]).toEqual([meta.title, true])
    expect(meta.description!.length).toBeGreaterThanOrEqual(120)
    expect(meta.description!.length).toBeLessThanOrEqual(156)
    expect([meta.description, containsPhrase(meta.description!, key)]).toEqual([meta.description, true])
    expect(meta.description).toMatch(/[.!?]$/u)
    expect(meta.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u)
  })

  it('does not repeat the title under « Quoi »: the box names the focus only under a question or no title', () => {
    let boxes = 0
    for (const run of runs) {
      const lines = run.markdown.split('\n')
      if (!lines.includes('**L’essentiel**')) continue
      boxes++
      const title = /^# (.*)$/mu.exec(run.text)?.[1]
      const what = lines.find((line) => line.startsWith('- **Quoi**'))
      if (title && !/\?\s*$/u.test(title)) expect([run.name, what]).toEqual([run.name, undefined])
      else if (what) expect([run.name, what.toLowerCase().endsWith(/^keyphrase: (.*)$/mu.exec(run.markdown)![1]!.toLowerCase())]).toEqual([run.name, true])
    }
    expect(boxes).toBeGreaterThan(20)
    // Envoyé spécial, 2012: the title is a question, which does not say what the article is about.
    expect(runs.find((run) => run.name.includes('45764'))!.markdown).toContain('- **Quoi**\u00a0: Wikipédia')
  })

  it('says how many times the text comes back to a keyphrase, as counted in the article', () => {
    const times = new RegExp(`(${fr.TIMES.filter(Boolean).join('|')}|${fr.TIMES_MANY})`, 'u')
    const recurring = fr.FAQ_RECURRING.map((template) => template.answer.slice(0, template.answer.indexOf('{')))
    let checked = 0
    for (const run of runs) {
      for (const entry of run.expand.faq) {
        if (!recurring.some((opening) => entry.answer.startsWith(opening.replace(/ :/u, '\u00a0:')) || entry.answer.startsWith(opening))) continue
        const count = fr.TIMES.indexOf(times.exec(entry.answer)?.[1] ?? '')
        expect([run.name, entry.answer, count >= 2 || entry.answer.includes(fr.TIMES_MANY)]).toEqual([run.name, entry.answer, true])
        // `le texte revient trois fois sur Nintendo`: the name, counted in the body (as « Les mots-clés »
        // count it: not in the title).
        const topic = /revient \S+ fois sur (?:le |la |les |l’)?(.+)\.$/u.exec(entry.answer)?.[1]
        if (!topic || count < 2) continue
        const body = run.text.split('\n').filter((line) => !line.startsWith('#')).join('\n')
        const found = apostrophes(body).toLowerCase().match(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(topic.toLowerCase())}(?![\\p{L}\\p{N}])`, 'gu'))?.length ?? 0
        expect([run.name, topic, found]).toEqual([run.name, topic, count])
        checked++
      }
    }
    expect(checked).toBeGreaterThan(2)
  })

  it('adds words to every article under the target, and only to those', () => {
    for (const run of runs) {
      if (run.expand.inputWords >= 700) expect(run.expand.addedWords).toBe(0)
      else expect(run.expand.addedWords).toBeGreaterThan(100)
    }
  })

  // The issue asks for 700 words everywhere. Honestly derived text does not get there on the
  // shortest articles: their clauses, names and numbers run out (each restated once) before the
  // 10 % ceiling on repeated 4-grams does. What is asserted is what is reached, no more.
  it('reaches 700 words on every article of 224 words or more, and 3 times the input below', () => {
    const short: string[] = []
    for (const run of runs) {
      const {inputWords, outputWords} = run.expand
      if (inputWords >= 224) expect([run.name, outputWords >= 700]).toEqual([run.name, true])
      else expect([run.name, outputWords >= Math.min(700, 3 * inputWords)]).toEqual([run.name, true])
      if (outputWords < 700) short.push(run.name)
    }
    // Every article that falls short is under 224 words (the README lists them with the reason).
    expect(short.every((name) => runs.find((run) => run.name === name)!.expand.inputWords < 224)).toBe(true)
    expect(runs.length - short.length).toBeGreaterThanOrEqual(50)
  })

  it('judges a plan by the repetition of the finished text, not by the margin kept while drafting it', () => {
    // Germany's constitutional court, 2012 (143 words): the plan that reaches 700 repeats more than
    // the drafting margin allows but stays under 10 % once its sections are laid out.
    const court = runs.find((run) => run.name.includes('44939'))!.expand
    expect(court.outputWords).toBeGreaterThanOrEqual(700)
    expect(court.repeatedShare).toBeLessThanOrEqual(0.1)
  })

  it('does not list the numbers a third time in the FAQ once the box and « Les chiffres clés » gave them', () => {
    // Nintendo, 2012 and the Minitel, 2012: both list their numbers in the box and in a key-figures section.
    for (const id of ['44292', '44318']) {
      const run = runs.find((candidate) => candidate.name.includes(id))!
      const templates = run.expand.strategies.flatMap((strategy) => strategy.templates)
      expect(run.expand.strategies.map((strategy) => strategy.by)).toContain('key-figures')
      expect([id, templates.filter((template) => template.startsWith('faq-figures-'))]).toEqual([id, []])
    }
  })

  it('restates a clause of the article at most once (« Les points clés », the recap and the FAQ share none)', () => {
    let keypoints = 0
    let recapPoints = 0
    for (const run of runs) {
      const points: string[] = []
      const walk = (node: {type: string; value?: string; children?: unknown[]; data?: {generated?: {by: string}}}) => {
        if (node.type === 'listItem' && node.data?.generated?.by === 'expand:keypoints') points.push(textOf(node))
        for (const child of (node.children ?? []) as (typeof node)[]) walk(child)
      }
      walk(run.tree as never)
      keypoints += points.length
      for (const point of points) {
        const predicate = point.slice(point.indexOf('\u00a0: ') + 3, -1)
        if (predicate.split(' ').length < 4) continue
        const again = run.expand.sentences.filter((sentence) => sentence !== point && sentence.includes(predicate))
        expect([run.name, predicate, again]).toEqual([run.name, predicate, []])
      }
      // The fact the recap restates (« Parmi les faits rapportés, retenons que … ») is not given again either.
      const prefixes = fr.CONCLUSION_POINT.map((template) => template.text.slice(0, template.text.indexOf('{')))
      for (const sentence of run.expand.sentences.filter((candidate) => prefixes.some((prefix) => candidate.startsWith(prefix)))) {
        recapPoints++
        const tail = sentence.slice(0, -1).split(' ').slice(-5).join(' ')
        const again = run.expand.sentences.filter((other) => other !== sentence && other.includes(tail))
        expect([run.name, tail, again]).toEqual([run.name, tail, []])
      }
    }
    expect(keypoints).toBeGreaterThan(12)
    expect(recapPoints).toBeGreaterThan(12)
  })

  it('asks « how many » only of what a number counts, with the article’s own number and noun', () => {
    const measures = new Set(fr.MEASURE_NOUNS)
    const questions = fr.FAQ_COUNT.map((template) => template.question.slice(0, template.question.indexOf('{')))
    let asked = 0
    for (const run of runs) {
      for (const entry of run.expand.faq.filter((candidate) => questions.some((question) => candidate.question.startsWith(question)))) {
        asked++
        const count = /(\d[\d\s\u202f\u00a0]*) (\p{L}+)\.$/u.exec(entry.answer)
        expect([run.name, entry.answer, count !== null]).toEqual([run.name, entry.answer, true])
        const [, number, noun] = count!
        expect(measures.has(noun!)).toBe(false)
        expect(entry.question).toContain(noun!.slice(1))
        expect(apostrophes(run.text).replace(/[\u202f\u00a0]/gu, ' ')).toContain(`${number!.replace(/[\u202f\u00a0]/gu, ' ')} ${noun}`)
        // A noun the article counts once: « Combien de personnes ? » has no one answer when it gives
        // « neuf personnes », « quatre personnes » and « 28 personnes » (44652).
        const counts = new Set([...run.text.matchAll(new RegExp(String.raw`(\d[\d\s\u202f\u00a0]*|\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|cent)) ${noun}\b`, 'giu'))].map((match) => match[1]!.trim().toLowerCase()))
        expect([run.name, noun, counts.size]).toEqual([run.name, noun, 1])
      }
    }
    expect(asked).toBeGreaterThanOrEqual(5)
  })

  it('opens « Ce qu’ils ont dit » as its lines require: one line, one person several times, or several people', () => {
    const filled = (pool: readonly {text: string}[]) => pool.map((template) => template.text.slice(0, template.text.indexOf('{')))
    const sections = {several: 0, speaker: 0, one: 0}
    for (const run of runs) {
      const section = run.expand.strategies.find((strategy) => strategy.by === 'quotes')
      if (!section) continue
      // Its heading: « Ce qu’ils ont dit » over several speakers, « La parole à X » over one, X speaking in every line.
      const heading = run.tree.children.find((node) => node.type === 'heading' && (node.data as {generated?: {by?: string}} | undefined)?.generated?.by === 'expand:quotes')
      const title = heading ? textOf(heading as never) : ''
      const quoted = run.expand.sentences.filter((sentence) => sentence.includes('«') && !/^(?:Quel|Qui)/u.test(sentence))
      if (title.startsWith('La parole')) {
        const speaker = title.replace(/^La parole (?:à |au |aux )/u, '')
        expect([run.name, quoted.length > 0]).toEqual([run.name, true])
        expect([run.name, title, quoted.some((line) => line.toLowerCase().includes(speaker.toLowerCase()))]).toEqual([run.name, title, true])
      } else expect([run.name, title]).toEqual([run.name, fr.EXPAND_HEADINGS.quotes])
      // The section's sentences: its intro (from one of the three pools), then its lines, each with a quotation.
      const starts = [...filled(fr.QUOTES_INTRO), ...filled(fr.QUOTES_INTRO_ONE), ...filled(fr.QUOTES_INTRO_SPEAKER)]
      const at = run.expand.sentences.findIndex((sentence) => starts.some((start) => sentence.startsWith(start)))
      expect([run.name, at >= 0]).toEqual([run.name, true])
      const intro = run.expand.sentences[at]!
      const rest = run.expand.sentences.slice(at + 1)
      const end = rest.findIndex((sentence) => !sentence.includes('«'))
      const lines = end < 0 ? rest : rest.slice(0, end)
      if (filled(fr.QUOTES_INTRO_ONE).some((start) => intro.startsWith(start))) {
        sections.one++
        expect([run.name, lines.length]).toEqual([run.name, 1])
      } else if (filled(fr.QUOTES_INTRO_SPEAKER).some((start) => intro.startsWith(start))) {
        sections.speaker++
        const speaker = intro.slice(intro.lastIndexOf(' mots ') >= 0 ? intro.lastIndexOf(' mots ') + 6 : intro.lastIndexOf(' propos ') + 8, -1).replace(/^(?:de |d’|du |des )/u, '')
        expect(lines.length).toBeGreaterThanOrEqual(2)
        for (const line of lines) expect([run.name, line.includes(speaker)]).toEqual([run.name, true])
      } else {
        expect([run.name, intro, filled(fr.QUOTES_INTRO).some((start) => intro.startsWith(start))]).toEqual([run.name, intro, true])
        sections.several++
        expect(lines.length).toBeGreaterThanOrEqual(2)
      }
    }
    expect(sections.several + sections.speaker + sections.one).toBeGreaterThanOrEqual(8)
    expect(sections.speaker).toBeGreaterThanOrEqual(1)
  })

  it('uses each glossary link phrase once per article', () => {
    const links = fr.GLOSSARY_LINKS.map((link) => link.slice(0, link.indexOf('{')).trim())
    let entries = 0
    for (const run of runs) {
      const used: string[] = []
      const walk = (node: {type: string; value?: string; children?: unknown[]; data?: {generated?: {by: string}}}) => {
        if (node.type === 'listItem' && node.data?.generated?.by === 'expand:glossary') {
          entries++
          const text = textOf(node)
          for (const link of links) if (text.includes(link)) used.push(link)
        }
        for (const child of (node.children ?? []) as (typeof node)[]) walk(child)
      }
      walk(run.tree as never)
      expect([run.name, used.length]).toEqual([run.name, new Set(used).size])
    }
    expect(entries).toBeGreaterThan(30)
  })

  it('opens added sentences on a given transition once per article (« Ainsi, … » never twice)', () => {
    const transitions = [...fr.TRANSITION_WORDS, ...fr.TRANSITION_PHRASES].map((phrase) => phrase.toLowerCase()).sort((a, b) => b.length - a.length)
    const openerOf = (sentence: string) => {
      const lower = apostrophes(sentence).toLowerCase()
      return transitions.find((phrase) => lower.startsWith(phrase) && /^[\s,]/u.test(lower.slice(phrase.length)))
    }
    let openers = 0
    for (const run of runs) {
      const seen = run.expand.sentences.map(openerOf).filter((opener): opener is string => opener !== undefined)
      openers += seen.length
      expect([run.name, seen.filter((opener, i) => seen.indexOf(opener) !== i)]).toEqual([run.name, []])
    }
    expect(openers).toBeGreaterThan(runs.length)
  })

  it('is deterministic and idempotent', () => {
    for (const run of runs.slice(0, 6)) {
      expect(runPipeline(run.text).markdown).toBe(run.markdown)
      expect(runPipeline(run.markdown).expand.addedWords).toBe(0)
    }
  })

  it('marks every added node with data.generated', () => {
    const {tree} = parseArticle(articles[1]![1])
    const before = new Set(tree.children)
    expandArticle(tree, analyzeTree(tree))
    const added = tree.children.filter((node) => !before.has(node))
    expect(added.length).toBeGreaterThan(0)
    for (const node of added) expect(node.data?.generated?.by).toMatch(/^expand:/u)
  })

  it('refuses an input under 120 words unless allowPadding', () => {
    const short = 'La Croatie a décidé de rendre public les noms de ses plus gros fraudeurs. Une liste de 102 000 contribuables vient d’être publiée.'
    let error: unknown
    try {
      runPipeline(short)
    } catch (caught) {
      error = caught
    }
    expect(isTitrailleError(error) && error.code).toBe('TOO_SHORT')
    expect(runPipeline(short, {allowPadding: true}).expand.addedWords).toBeGreaterThan(0)
  })
})
