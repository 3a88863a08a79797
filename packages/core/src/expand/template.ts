import {capitalizeFirst, elides, frenchSpacing, inPlace, joinList, joinListWith, withPreposition} from './french.js'

/** Values of a template's slots: a phrase, or a list joined with `et`. */
export type Slots = Readonly<Record<string, string | readonly string[] | undefined>>

const SLOT = /\{(?:(de|à|en):)?([a-zA-Z0-9]+)\}/gu

/** The slot names a template text needs. */
export function slotsOf(text: string): string[] {
  return [...text.matchAll(SLOT)].map((match) => match[2]!)
}

/** Whether every slot of `text` has a non-empty value. */
export function canFill(text: string, slots: Slots): boolean {
  return slotsOf(text).every((name) => {
    const value = slots[name]
    return typeof value === 'string' ? value.trim() !== '' : Array.isArray(value) && value.length > 0
  })
}

/** Fill a template: slots, prepositions with contraction, capital at the start, French spacing. */
export function fillTemplate(text: string, slots: Slots): string {
  const filled = text.replace(SLOT, (_, prep: 'de' | 'à' | 'en' | undefined, name: string) => {
    const value = slots[name]
    if (value === undefined) throw new Error(`Template slot {${name}} has no value`)
    if (typeof value === 'string') return prep === 'en' ? inPlace(value) : prep ? withPreposition(prep, value) : value
    const list = value as readonly string[]
    return prep ? joinListWith(prep, list) : joinList(list)
  })
  return frenchSpacing(capitalizeFirst(elideQue(filled.trim())))
}

/**
 * The filled template once per order of its lists: as given, then each list
 * turned by one item, two… (`l’Europe, le Japon et l’Amérique`, then `le
 * Japon, l’Amérique et l’Europe`). A list the text already gave in one order
 * reads as well in another and repeats fewer of its words in a row, so the
 * draft keeps the order that repeats least. Without lists, the one text.
 */
export function fillVariants(text: string, slots: Slots): string[] {
  const longest = Math.max(1, ...slotsOf(text).map((name) => (Array.isArray(slots[name]) ? (slots[name] as readonly string[]).length : 1)))
  const variants: string[] = []
  for (let turn = 0; turn < longest; turn++) {
    const turned: Record<string, string | readonly string[] | undefined> = {}
    for (const [name, value] of Object.entries(slots)) {
      turned[name] = Array.isArray(value) ? [...value.slice(turn % value.length), ...value.slice(0, turn % value.length)] : value
    }
    const filled = fillTemplate(text, turned)
    if (!variants.includes(filled)) variants.push(filled)
  }
  return variants
}

/** `que Alan Turing` → `qu’Alan Turing`: a slot may start with a vowel after a template's `que`. */
function elideQue(text: string): string {
  const words = text.split(' ')
  const out: string[] = []
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    const next = words[i + 1]
    if ((word === 'que' || word === 'Que' || word === 'lorsque' || word === 'puisque') && next !== undefined && elides(next)) {
      out.push(`${word.slice(0, -1)}’${next}`)
      i++
      continue
    }
    out.push(word)
  }
  return out.join(' ')
}

/** FNV-1a hash of a string: the article's seed for template choice. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash >>> 0
}

/**
 * Deterministic template choice: variants are tried in an order that
 * depends on the article's seed and the pool, and an id is used at most
 * once per article.
 */
export class TemplatePicker {
  readonly used = new Set<string>()
  constructor(private readonly seed: number) {}

  /** The first unused variant of `pool` (in seeded order) that `ok` accepts, marked used. */
  pick<T extends {readonly id: string}>(pool: readonly T[], ok: (template: T) => boolean = () => true): T | undefined {
    if (pool.length === 0) return undefined
    const offset = hashString(`${this.seed}:${pool[0]!.id}`) % pool.length
    for (let k = 0; k < pool.length; k++) {
      const template = pool[(offset + k) % pool.length]!
      if (this.used.has(template.id) || !ok(template)) continue
      this.used.add(template.id)
      return template
    }
    return undefined
  }
}
