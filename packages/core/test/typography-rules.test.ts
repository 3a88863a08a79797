import {describe, expect, it} from '@jest/globals'
import {fr} from '@titraille/rules'
import {comparableWords, firstMissingWord, fixTypography, frenchLexicon, gluedSplit, NBSP, NNBSP, type TypographyOptions} from '@titraille/core'

/** Run one rule alone. */
const only = (rule: fr.TypographyRuleId): TypographyOptions => ({disable: [...fr.TYPOGRAPHY_FIX_RULES, ...fr.TYPOGRAPHY_REPORT_RULES].filter((id) => id !== rule)})
const fix = (text: string, rule?: fr.TypographyRuleId) => fixTypography(text, rule ? only(rule) : undefined).text
const findings = (text: string) => fixTypography(text).findings
const N = NBSP
const n = NNBSP

describe('public exports', () => {
  it('lists every rule once, fixing rules first', () => {
    const ids = fr.TYPOGRAPHY_RULES.map((rule) => rule.id)
    expect(ids).toEqual([...fr.TYPOGRAPHY_FIX_RULES, ...fr.TYPOGRAPHY_REPORT_RULES])
    expect(new Set(ids).size).toBe(ids.length)
    for (const rule of fr.TYPOGRAPHY_RULES) expect(rule.fix).toBe((fr.TYPOGRAPHY_FIX_RULES as readonly string[]).includes(rule.id))
  })

  it('keeps its word lists clean: NFC, no duplicates', () => {
    for (const list of [fr.UNIT_SYMBOLS, fr.UNIT_SIGNS, fr.TITLE_ABBREVIATIONS, fr.NUMBER_ABBREVIATIONS, fr.ELIDING_WORDS, fr.PERIOD_ABBREVIATIONS, fr.WELDED_PREFIXES]) {
      expect(new Set(list).size).toBe(list.length)
      for (const word of list) expect(word).toBe(word.normalize('NFC'))
    }
    for (const list of [fr.ELIDING_WORDS, fr.PERIOD_ABBREVIATIONS, fr.WELDED_PREFIXES]) for (const word of list) expect(word).toBe(word.toLowerCase())
  })
})

describe('each fixing rule does what its documented example says', () => {
  it.each(fr.TYPOGRAPHY_RULES.filter((rule) => rule.fix).map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
    const result = fixTypography(rule.example.before)
    expect(result.text).toBe(rule.example.after)
    expect(result.fixes.map((f) => f.rule)).toContain(rule.id)
  })

  it.each(fr.TYPOGRAPHY_RULES.filter((rule) => !rule.fix).map((rule) => [rule.id, rule] as const))('%s is reported, not fixed', (_id, rule) => {
    const result = fixTypography(rule.example.before)
    expect(result.findings.map((f) => f.rule)).toContain(rule.id)
    expect(result.fixes.filter((f) => f.rule === rule.id)).toEqual([])
  })
})

describe('fixing rules, one at a time, on real sentences', () => {
  const invalid: [fr.TypographyRuleId, string, string][] = [
    ['apostrophe', "C'est une première car la capsule et le lanceur ont été mis au point par SpaceX.", 'C’est une première car la capsule et le lanceur ont été mis au point par SpaceX.'],
    ['apostrophe', "la première mission d'un transporteur spatial privé vers l'ISS", 'la première mission d’un transporteur spatial privé vers l’ISS'],
    ['apostrophe', 'en tant qu ‘«absolutiste de la liberté d’expression»', 'en tant qu’«absolutiste de la liberté d’expression»'],
    ['apostrophe', "Il est parti aujourd'hui, jusqu' à demain.", 'Il est parti aujourd’hui, jusqu’à demain.'],
    ['ellipsis', 'Le lancement a été reporté... puis annulé.', 'Le lancement a été reporté… puis annulé.'],
    ['straight-quotes', 'Le mot "DeSaster" était à la mode sur Twitter.', 'Le mot «DeSaster» était à la mode sur Twitter.'],
    ['straight-quotes', '« Il a parlé de "place publique" mardi », dit-elle.', '« Il a parlé de “place publique” mardi », dit-elle.'],
    ['straight-quotes', 'Il a dit : " je reviendrai " puis il est parti.', 'Il a dit : « je reviendrai » puis il est parti.'],
    ['reversed-guillemet', 'nous ferons beaucoup mieux « , dans l’approche classique', 'nous ferons beaucoup mieux » , dans l’approche classique'],
    ['reversed-guillemet', 'il a conclu : « nous verrons bien «', 'il a conclu : « nous verrons bien »'],
    ['stray-space', 'mieux » , dans l’approche classique de la Silicon Valley .', 'mieux », dans l’approche classique de la Silicon Valley.'],
    ['repeated-spaces', 'Le propriétaire  milliardaire de   Twitter', 'Le propriétaire milliardaire de Twitter'],
    ['space-after-punctuation', 'Musk,DeSantis et Sacks ont joué;ils ont ri', 'Musk, DeSantis et Sacks ont joué; ils ont ri'],
    ['space-after-punctuation', 'a tweeté :«Nous avons eu plus de personnes»', 'a tweeté : «Nous avons eu plus de personnes»'],
    ['space-after-punctuation', 'Le chômage a baissé au 2e trimestre.Il atteint 7,4 %. Pourquoi?Parce que.', 'Le chômage a baissé au 2e trimestre. Il atteint 7,4 %. Pourquoi? Parce que.'],
    ['high-punctuation-space', 'a tweeté: « Nous', `a tweeté${N}: « Nous`],
    ['high-punctuation-space', 'Et ce n’est que le candidat ! a déclaré Steven Cheung.', `Et ce n’est que le candidat${n}! a déclaré Steven Cheung.`],
    ['high-punctuation-space', 'Le public viendra-t-il? Rien n’est moins sûr ; on verra !?', `Le public viendra-t-il${n}? Rien n’est moins sûr${n}; on verra${n}!?`],
    ['guillemet-space', '« Il y a tellement de monde », a déclaré l’hôte.', `«${n}Il y a tellement de monde${n}», a déclaré l’hôte.`],
    ['guillemet-space', 'une «application tout-en-un»', `une «${n}application tout-en-un${n}»`],
    ['abbreviation-space', 'M. Musk a rencontré Mme Ocasio-Cortez.', `M.${N}Musk a rencontré Mme${N}Ocasio-Cortez.`],
    ['abbreviation-space', 'la tête de série n°6, voir p. 12', `la tête de série n°${N}6, voir p.${N}12`],
    ['number-grouping', 'le nombre d’auditeurs plafonnait à environ 420 000, loin des millions', `le nombre d’auditeurs plafonnait à environ 420${n}000, loin des millions`],
    ['number-grouping', 'un budget de 1 234 567 euros', `un budget de 1${n}234${n}567 euros`],
    ['unit-space', 'licencié environ 80 % de son personnel', `licencié environ 80${N}% de son personnel`],
    ['unit-space', 'La diffusion devait commencer à 18 h HE ; elle transporte 521 kg et 56% de charge.', `La diffusion devait commencer à 18${N}h HE ; elle transporte 521${N}kg et 56${N}% de charge.`],
    ['unit-space', 'Il devrait faire 38°C à Paris à 18 h 30.', `Il devrait faire 38${N}°C à Paris à 18${N}h${N}30.`]
  ]
  it.each(invalid)('%s: %s', (rule, before, after) => {
    const result = fixTypography(before, only(rule))
    expect(result.text).toBe(after)
    expect(new Set(result.fixes.map((f) => f.rule))).toEqual(new Set([rule]))
  })

  const valid: [string, string][] = [
    ['times and decimals', 'À 10:30, la hausse était de 3,5 points et le score de 6-1, 4-2.'],
    ['URLs', 'Voir https://example.org/page?x=1;y=2&z=a...b ou www.example.fr/a:b, puis twitter.com.'],
    ['e-mail addresses', 'Écrire à jean.dupont@example.fr ou à contact@twitter.com.'],
    ['backtick code in plain text', 'Le code `a = "b" ... c ; d` reste tel quel.'],
    ['an entity and an HTML tag', 'Le texte &amp;co <abbr title="x:y">ISS</abbr> reste.'],
    ['glued number and unit: the word would split', 'Il est 7h44 UTC, la 5G coûte 10kg de promesses.'],
    ['years are not digit groups', 'En 2012 500 personnes sont venues, en 1914 1918 aussi.'],
    ['parenthesised marks', 'Il a dit (!) bonjour et (?) au revoir.'],
    ['a text already right', `«${n}Bonjour${n}», dit-il${N}: «${n}Ça va${n}?${n}» Il gagne 420${n}000${N}€ par an, soit 80${N}%.`],
    ['an ellipsis of four stops', 'Etc.... rien.'],
    ['no-break spaces of the other width, chosen by the author', `«${N}Bonjour${N}», dit-il${n}: «${N}Ça va${N}?${N}» Il gagne 420${N}000${n}€.`],
    ['apostrophes that are quotes', "Le mot 'ISS' est entre apostrophes ' simples '."],
    ['abbreviations and initials glued to a capital', 'Un Ph.D de la S.N.C.F. et un M.Sc ici, av. J.-C. aussi.'],
    ['inch marks', 'Un écran de 32" et un autre de 27".'],
    ['blank straight quotes', 'Il a écrit " " et rien d’autre.']
  ]
  it.each(valid)('leaves %s alone', (_name, text) => {
    const result = fixTypography(text)
    expect(result.text).toBe(text)
    expect(result.fixes).toEqual([])
  })

  it('places each fix at its offset in the input', () => {
    const text = 'Elle a tweeté: «Nous avons eu plus de personnes»'
    const result = fixTypography(text)
    const colon = result.fixes.find((f) => f.rule === 'high-punctuation-space')
    expect(colon).toMatchObject({actual: '', expected: NBSP, place: {line: 1, column: 14, offset: 13}})
    expect(text[colon!.place!.offset]).toBe(':')
    expect(result.fixes.filter((f) => f.rule === 'guillemet-space').map((f) => text[f.place!.offset])).toEqual(['N', '»'])
  })

  it('is idempotent and keeps every word on every example and every pair of examples', () => {
    const samples = [...invalid.map(([, before]) => before), ...valid.map(([, text]) => text)]
    for (const a of samples) {
      for (const b of samples) {
        for (const text of [a === b ? a : `${a} ${b}`]) {
          const once = fix(text)
          expect([text, fix(once)]).toEqual([text, once])
          const missing = firstMissingWord(text, once)
          expect([text, missing === -1 ? null : comparableWords(text)[missing]]).toEqual([text, null])
        }
      }
    }
  })
})

describe('reported faults', () => {
  it('finds the glued words of the seed article, with the split as suggestion', () => {
    const text = 'Depuis, il a bouleversé le système de vérification de la plateformeassoupli sa modération de contenu.'
    const offset = text.indexOf('plateformeassoupli')
    expect(findings(text)).toEqual([expect.objectContaining({rule: 'glued-words', actual: 'plateformeassoupli', expected: 'plateforme assoupli', place: {line: 1, column: offset + 1, offset}})])
  })

  it('does not take welded compounds, prefixed words, names or known words for glued words', () => {
    const lexicon = frenchLexicon()
    for (const word of ['plateforme', 'plateformes', 'weekend', 'anticonstitutionnellement', 'télécharger', 'interceltique', 'téléspectateurs', 'perturbations']) {
      expect([word, gluedSplit(lexicon, word)]).toEqual([word, undefined])
    }
    expect(findings('Ron DeSantis et SpaceX ont parlé de la plateforme numérique.')).toEqual([])
  })

  it('finds a lowercase letter after a full stop, not after abbreviations or initials', () => {
    const found = findings('SpaceX a lancé une fusée qui a explosé. quelques minutes après son lancement.')
    expect(found).toEqual([expect.objectContaining({rule: 'lowercase-after-period', actual: 'explosé. quelques', expected: 'explosé. Quelques'})])
    expect(findings('Il a cité Paris, Lyon, etc. et bien d’autres, dont J. dupont, env. trois fois.')).toEqual([])
  })

  it('finds unbalanced guillemets and parentheses', () => {
    const open = findings('« Glitch. Problèmes techniques. Et ce n’est que le candidat ! a déclaré Steven Cheung.')
    expect(open.map((f) => [f.rule, f.actual, f.place?.offset])).toEqual([['unbalanced-guillemets', '«', 0]])
    const close = findings('une « application tout-en-un ». » pour tout le monde')
    expect(close.map((f) => [f.rule, f.actual])).toEqual([['unbalanced-guillemets', '»']])
    expect(findings('Le lancement (prévu samedi a été reporté.').map((f) => f.rule)).toEqual(['unbalanced-parentheses'])
    expect(findings('Deux points : a) le lancement, b) le retour. Content :)')).toEqual([])
  })

  it('accepts a quotation that runs over several paragraphs', () => {
    expect(findings('« Premier paragraphe de la citation.\n\n« Second et dernier paragraphe. »')).toEqual([])
  })

  it('writes every reason as "Unexpected …, expected …"', () => {
    const all = findings('la plateformeassoupli a explosé. quelques « minutes (après')
    expect(all.map((f) => f.rule).sort()).toEqual(['glued-words', 'lowercase-after-period', 'unbalanced-guillemets', 'unbalanced-parentheses'])
    for (const finding of all) expect(finding.reason).toMatch(/^Unexpected .+, expected .+/)
  })
})
