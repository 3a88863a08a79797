import {defineRule, hasProse, percent} from './define.js'

/** Options of `passive-voice`. */
export interface PassiveVoiceOptions {
  /** Most share of passive sentences, in percent. @default 10 */
  max: number
  /** Above this share it is far too many. @default 15 */
  tooMany: number
}

/** At most 10 % of the sentences are in the passive voice. */
export const passiveVoice = defineRule<PassiveVoiceOptions>({
  id: 'passive-voice',
  category: 'readability',
  description: 'At most 10 % of sentences are passive (être + past participle)',
  severity: 'warn',
  weight: 2,
  defaults: {max: 10, tooMany: 15},
  applies: hasProse,
  check(m, o) {
    const passive = m.sentences.filter((sentence) => sentence.passive !== undefined)
    const share = percent(passive.length, m.sentences.length)
    if (share <= o.max) return []
    return [
      {
        message: `Unexpected ${share} % of passive sentences (${passive.length}/${m.sentences.length}), expected at most ${o.max} %`,
        rating: share > o.tooMany ? 'bad' : 'ok',
        place: passive[0]?.place,
        actual: `${share} %`,
        expected: [`≤ ${o.max} %`],
        fix: `Say who acts: turn passives such as “${passive[0]?.passive ?? ''}” active.`
      }
    ]
  }
})
