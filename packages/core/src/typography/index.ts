/** French typography: fixes that are safe, findings for what needs a person. */
export {typesetTree, fixTypography} from './tree.js'
export type {TypographyFix, TypographyFinding, TypographyOptions, TypographyPoint, TypographyResult} from './tree.js'
export {missingNoBreakSpaces} from './faults.js'
export type {SpaceFault} from './faults.js'
export {frenchLexicon, sortedLexicon, isKnownWord} from './lexicon.js'
export type {Lexicon} from './lexicon.js'
export {gluedSplit} from './findings.js'
export {NBSP, NNBSP} from './passes.js'
