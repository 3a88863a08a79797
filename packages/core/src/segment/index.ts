/** Topic segmentation: sections by lexical cohesion, re-paragraphing. */
export {segmentUnits} from './units.js'
export type {SegmentUnitsOptions, UnitSegmentation} from './units.js'
export {cohesionCurve, depthScores} from './cohesion.js'
export type {CohesionOptions} from './cohesion.js'
export {contentStems} from './content.js'
export {segmentText} from './text.js'
export type {TextSegment, TextSegmentation} from './text.js'
