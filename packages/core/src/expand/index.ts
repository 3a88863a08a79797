/** The expand stage: reach `minWords` with text derived from the article. */
export {expandArticle, isExpanded, isGeneratedHeading, STRATEGIES, STRATEGY_ORDER} from './planner.js'
export {gatherMaterial, nounPhrase, clauseAround, firstClause, quotedSentences} from './material.js'
export type {Material, Phrase, Figure, Quote, Actor, DatedEvent} from './material.js'
export {inventedIn, repeatedNgramShare, numbersOf, properNounsOf, NgramCounter} from './honesty.js'
export {withPreposition, inPlace, joinList, elides, frenchSpacing} from './french.js'
export {fillTemplate, fillVariants, hashString, TemplatePicker} from './template.js'
export type {ExpandOptions, ExpandResult, FaqEntry, StrategyName, StrategyReport} from './types.js'
