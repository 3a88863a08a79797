import {escapeRegExp} from './text.js'
import {occurrencesIn} from './glossary.js'
import type {Material} from './material.js'

/**
 * A long noun phrase of the article and the shorter form a writer uses once it is known:
 * `la livraison du matériel électoral` → `la livraison`, `le revirement de jurisprudence` →
 * `le revirement`. `pattern` finds the phrase after any form of its article (`du`, `des`, `aux` …).
 */
export interface ShortForm {
  pattern: RegExp
  /** The noun the short form keeps (`livraison`). */
  head: string
}

/** The article's determiners a phrase may stand after, contracted or not. */
const ARTICLE = String.raw`(?<![\p{L}\p{N}%])((?:le|la|les|du|des|au|aux)\s|l’)`

/**
 * Short forms for the keyphrases other than the focus that are a common noun with a complement
 * (`la livraison du matériel électoral`), when the noun names nothing else in the article: each
 * of its occurrences is one of the whole phrase, so `la livraison` can only be that one. Names
 * (`la Loi fondamentale`) are never shortened.
 */
export function shortFormsOf(material: Pick<Material, 'focus' | 'topics' | 'input'>): ShortForm[] {
  const forms: ShortForm[] = []
  // Not the focus: the keyphrase the page is optimised for is written whole.
  for (const phrase of material.topics) {
    if (material.focus && phrase.text === material.focus.text) continue
    const match = /^(?:le |la |les |l’)(.+)$/u.exec(phrase.text)
    if (!match) continue
    const bare = match[1]!
    const words = bare.split(/\s+/u)
    // One noun before its complement (`livraison` of `livraison du matériel électoral`); not an
    // adjective with it (`la meilleure répartition` says less than the phrase does).
    const cut = words.findIndex((word, i) => i > 0 && /^(?:de|du|des|d’.*)$/u.test(word))
    if (cut !== 1 || words.length - cut < 2) continue
    if (words.some((word) => /^\p{Lu}/u.test(word))) continue
    const head = words[0]!
    // The noun names nothing else: each of its occurrences is one of the whole phrase.
    if (occurrencesIn(material.input, head) !== occurrencesIn(material.input, bare)) continue
    // Only where the phrase ends a noun phrase (before punctuation, `et`, `ou` or the end): inside a
    // longer one (`les partisans du vainqueur rassemblés place Tahrir`) the rest would hang.
    forms.push({pattern: new RegExp(`${ARTICLE}${escapeRegExp(bare)}(?=\\s*(?:[.,;:!?)]|$)|\\s+(?:et|ou)\\s)`, 'giu'), head})
  }
  return forms
}

/**
 * `text` with each long phrase of `forms` in its short form (`de la livraison du matériel
 * électoral` → `de la livraison`), except after a number, where the complement says what is
 * counted (`92 % des bureaux de vote`); `undefined` when nothing changes.
 */
export function shortened(text: string, forms: readonly ShortForm[]): string | undefined {
  let out = text
  for (const form of forms) {
    out = out.replace(form.pattern, (whole: string, article: string, at: number) => {
      const before = out.slice(0, at)
      // Not inside the article's quoted words, which are quoted as written.
      const quoting = (before.match(/«/gu) ?? []).length > (before.match(/»/gu) ?? []).length
      return quoting || /\d\s?%?$/u.test(before.trimEnd()) ? whole : `${article}${form.head}`
    })
  }
  return out === text ? undefined : out
}
