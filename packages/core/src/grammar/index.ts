/**
 * French grammar for generated text: determiners, elision, contraction,
 * gender and number of nouns, agreement, capitals and question inversion.
 * Built on RosaeNLG's `french-*` packages; the word tables are in `@titraille/rules/fr`.
 */
export {nounInfo, nounGender, nounNumber, headNoun, isNoun, pluralize} from './lexicon.js'
export type {NounInfo} from './lexicon.js'
export {startsWithVowelSound, elide, contract, applyElisions} from './elision.js'
export {determiner, withDeterminer} from './determiners.js'
export type {DeterminerOptions} from './determiners.js'
export {agree} from './agreement.js'
export type {AgreeOptions} from './agreement.js'
export {invertQuestion} from './question.js'
export type {InvertQuestionOptions} from './question.js'
export {capitalize} from './case.js'
export type {Gender, GrammaticalNumber, DeterminerKind} from '@titraille/rules/fr'
