import {describe, expect, it} from '@jest/globals'
import {fr} from '@titraille/rules'

// Word lists of the language layer: NFC, lowercase, no duplicates, apostrophe ’.
const lowercaseLists: [string, readonly string[]][] = [
  ['STOP_WORDS', fr.STOP_WORDS],
  ['VAGUE_NOUNS', fr.VAGUE_NOUNS],
  ['TIME_WORDS', fr.TIME_WORDS],
  ['NUMBER_WORDS', fr.NUMBER_WORDS],
  ['GENERAL_ADJECTIVES_ADVERBS', fr.GENERAL_ADJECTIVES_ADVERBS],
  ['FREQUENT_VERBS', fr.FREQUENT_VERBS],
  ['FUNCTION_WORDS', fr.FUNCTION_WORDS],
  ['KEYPHRASE_CONNECTORS', fr.KEYPHRASE_CONNECTORS],
  ['CONNECTOR_ARTICLES', fr.CONNECTOR_ARTICLES],
  ['VERB_MARKERS', fr.VERB_MARKERS],
  ['PERSON_TITLES', fr.PERSON_TITLES],
  ['FIRST_NAMES', fr.FIRST_NAMES],
  ['ORGANIZATION_WORDS', fr.ORGANIZATION_WORDS],
  ['PLACE_WORDS', fr.PLACE_WORDS],
  ['PLACE_PREPOSITIONS', fr.PLACE_PREPOSITIONS],
  ['PLACES', fr.PLACES],
  ['NAME_PARTICLES', fr.NAME_PARTICLES],
  ['DETERMINER_WORDS', fr.DETERMINER_WORDS],
  ['PRONOUN_WORDS', fr.PRONOUN_WORDS],
  ['PREPOSITION_WORDS', fr.PREPOSITION_WORDS],
  ['CONJUNCTION_WORDS', fr.CONJUNCTION_WORDS],
  ['AUXILIARY_FORMS', fr.AUXILIARY_FORMS],
  ['ADVERB_WORDS', fr.ADVERB_WORDS],
  ['INVERTED_PRONOUNS', fr.INVERTED_PRONOUNS]
]

// Abbreviations keep their case (`M` is monsieur); the other checks hold.
const caseSensitiveLists: [string, readonly string[]][] = [
  ['SENTENCE_ABBREVIATIONS', fr.SENTENCE_ABBREVIATIONS],
  ['SENTENCE_FINAL_ABBREVIATIONS', fr.SENTENCE_FINAL_ABBREVIATIONS]
]

const duplicates = (list: readonly string[]) => list.filter((word, index) => list.indexOf(word) !== index)

describe('language-layer word lists', () => {
  it.each([...lowercaseLists, ...caseSensitiveLists])('%s is NFC, trimmed, with ’ and no duplicates', (_name, list) => {
    expect(list.length).toBeGreaterThan(0)
    expect(duplicates(list)).toEqual([])
    for (const word of list) {
      expect(word).toBe(word.normalize('NFC'))
      expect(word).toBe(word.trim())
      expect(word).not.toContain("'")
      expect(word).not.toMatch(/\.$/u)
    }
  })

  it.each(lowercaseLists)('%s is lowercase', (_name, list) => {
    for (const word of list) expect(word).toBe(word.toLowerCase())
  })

  it('has a membership set for each of its big lists', () => {
    for (const word of fr.FUNCTION_WORDS) expect(fr.FUNCTION_WORD_SET.has(word)).toBe(true)
    expect(fr.FUNCTION_WORD_SET.has('lancement')).toBe(false)
  })

  it('keeps abbreviations that may end a sentence out of those that never do', () => {
    for (const word of fr.SENTENCE_FINAL_ABBREVIATIONS) expect(fr.SENTENCE_ABBREVIATIONS).not.toContain(word)
  })
})
