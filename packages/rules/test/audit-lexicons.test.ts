import {describe, expect, it} from '@jest/globals'
import {audit, fr, presets} from '@titraille/rules'

/** Lists must be NFC, lowercase, typographic apostrophe, trimmed, without duplicates (what Yoast's lists get wrong). */
function expectClean(name: string, list: readonly string[]): void {
  const seen = new Set<string>()
  for (const entry of list) {
    expect({name, entry, nfc: entry.normalize('NFC')}).toEqual({name, entry, nfc: entry})
    expect({name, entry, lower: entry.toLowerCase()}).toEqual({name, entry, lower: entry})
    expect(entry).not.toMatch(/'/)
    expect(entry).toBe(entry.trim())
    expect(entry).not.toMatch(/\s{2}/)
    expect({name, duplicate: seen.has(entry) ? entry : undefined}).toEqual({name, duplicate: undefined})
    seen.add(entry)
  }
}

describe('French audit lexicons', () => {
  it('are clean lists', () => {
    expectClean('TRANSITION_WORDS', fr.TRANSITION_WORDS)
    expectClean('TRANSITION_PHRASES', fr.TRANSITION_PHRASES)
    expectClean('SENTENCE_OPENERS', fr.SENTENCE_OPENERS)
    expectClean('TWO_PART_TRANSITIONS', fr.TWO_PART_TRANSITIONS.map(([a, b]) => `${a} … ${b}`))
    expectClean('ETRE_FORMS', fr.ETRE_FORMS)
    expectClean('PASSIVE_INSERTS', fr.PASSIVE_INSERTS)
    expectClean('IRREGULAR_PARTICIPLES', fr.IRREGULAR_PARTICIPLES)
    expectClean('NOT_PASSIVE_PARTICIPLES', fr.NOT_PASSIVE_PARTICIPLES)
    expectClean('SENTENCE_START_EXCEPTIONS', fr.SENTENCE_START_EXCEPTIONS)
  })

  it('keep single words single and phrases several words long', () => {
    for (const word of fr.TRANSITION_WORDS) expect(word).not.toMatch(/ /)
    for (const phrase of fr.TRANSITION_PHRASES) expect(phrase).toMatch(/ |’|-/)
    for (const word of fr.TRANSITION_WORDS) expect(fr.TRANSITION_PHRASES).not.toContain(word)
  })

  it('offer only openers that the audit recognises as transitions', () => {
    const all = new Set([...fr.TRANSITION_WORDS, ...fr.TRANSITION_PHRASES])
    for (const opener of fr.SENTENCE_OPENERS) expect(all.has(opener)).toBe(true)
  })
})

describe('audit presets', () => {
  const ids = audit.RULES.map((rule) => rule.id)

  it('name only existing rules, with options the rules know', () => {
    for (const [name, preset] of Object.entries(presets.PRESETS)) {
      for (const [id, setting] of Object.entries(preset)) {
        expect({name, id, known: ids.includes(id)}).toEqual({name, id, known: true})
        if (typeof setting !== 'string') {
          const rule = audit.RULES_BY_ID.get(id)!
          for (const key of Object.keys(setting[1] ?? {})) expect(Object.keys(rule.defaults)).toContain(key)
        }
      }
    }
  })

  it('recommended: every rule listed, at its default severity unless turned off', () => {
    expect(Object.keys(presets.recommended).sort()).toEqual([...ids].sort())
    for (const rule of audit.RULES) {
      const level = presets.recommended[rule.id]
      if (level !== 'off') expect({id: rule.id, level}).toEqual({id: rule.id, level: rule.severity})
    }
  })

  it('yoast-compatible: warnings only, Yoast’s checks only (no structure or typography rules)', () => {
    for (const level of Object.values(presets.yoastCompatible)) expect(level).toBe('warn')
    for (const id of ['heading-increment', 'unique-subheadings', 'empty-section', 'typography', 'slug-format']) expect(presets.yoastCompatible[id]).toBeUndefined()
  })

  it('strict: every rule an error, Titraille’s 700-word target', () => {
    for (const setting of Object.values(presets.strict)) expect(typeof setting === 'string' ? setting : setting[0]).toBe('error')
    expect(presets.strict['text-length']).toEqual(['error', {min: 700, tooShort: 300}])
  })
})
