/** The audit rules: one file each; each reads measurements and returns findings. */
import type {AuditRule} from './types.js'
import {keyphraseLength} from './keyphrase-length.js'
import {keyphraseInTitle} from './keyphrase-in-title.js'
import {keyphraseInIntroduction} from './keyphrase-in-introduction.js'
import {keyphraseInMetaDescription} from './keyphrase-in-meta-description.js'
import {keyphraseInSlug} from './keyphrase-in-slug.js'
import {keyphraseInSubheadings} from './keyphrase-in-subheadings.js'
import {keyphraseDensity} from './keyphrase-density.js'
import {keyphraseInAnchor} from './keyphrase-in-anchor.js'
import {keyphraseInImageAlt} from './keyphrase-in-image-alt.js'
import {textLength} from './text-length.js'
import {titleLength} from './title-length.js'
import {metaDescriptionLength} from './meta-description-length.js'
import {slugFormat} from './slug-format.js'
import {singleH1} from './single-h1.js'
import {headingIncrement} from './heading-increment.js'
import {uniqueSubheadings} from './unique-subheadings.js'
import {emptySection} from './empty-section.js'
import {imageAlt} from './image-alt.js'
import {internalLinks} from './internal-links.js'
import {outboundLinks} from './outbound-links.js'
import {subheadingDistribution} from './subheading-distribution.js'
import {subheadingLength} from './subheading-length.js'
import {paragraphLength} from './paragraph-length.js'
import {sentenceLength} from './sentence-length.js'
import {transitionWords} from './transition-words.js'
import {passiveVoice} from './passive-voice.js'
import {consecutiveSentences} from './consecutive-sentences.js'
import {readingEase} from './reading-ease.js'
import {typography} from './typography.js'

export * from './types.js'
export {DOCS_URL, defineRule, percent} from './define.js'
export {
  keyphraseLength, keyphraseInTitle, keyphraseInIntroduction, keyphraseInMetaDescription, keyphraseInSlug,
  keyphraseInSubheadings, keyphraseDensity, keyphraseInAnchor, keyphraseInImageAlt, textLength, titleLength,
  metaDescriptionLength, slugFormat, singleH1, headingIncrement, uniqueSubheadings, emptySection, imageAlt,
  internalLinks, outboundLinks, subheadingDistribution, subheadingLength, paragraphLength, sentenceLength,
  transitionWords, passiveVoice, consecutiveSentences, readingEase, typography
}
export type {KeyphraseLengthOptions} from './keyphrase-length.js'
export type {KeyphraseInMetaDescriptionOptions} from './keyphrase-in-meta-description.js'
export type {KeyphraseInSlugOptions} from './keyphrase-in-slug.js'
export type {KeyphraseInSubheadingsOptions} from './keyphrase-in-subheadings.js'
export type {KeyphraseDensityOptions} from './keyphrase-density.js'
export type {TextLengthOptions} from './text-length.js'
export type {TitleLengthOptions} from './title-length.js'
export type {MetaDescriptionLengthOptions} from './meta-description-length.js'
export type {SlugFormatOptions} from './slug-format.js'
export type {SubheadingDistributionOptions} from './subheading-distribution.js'
export type {SubheadingLengthOptions} from './subheading-length.js'
export type {ParagraphLengthOptions} from './paragraph-length.js'
export type {SentenceLengthOptions} from './sentence-length.js'
export type {TransitionWordsOptions} from './transition-words.js'
export type {PassiveVoiceOptions} from './passive-voice.js'
export type {ConsecutiveSentencesOptions} from './consecutive-sentences.js'
export type {ReadingEaseOptions} from './reading-ease.js'

/** Every rule, SEO first then readability, in the order reports list them. */
export const RULES: readonly AuditRule[] = [
  keyphraseLength, keyphraseInTitle, keyphraseInIntroduction, keyphraseInMetaDescription, keyphraseInSlug,
  keyphraseInSubheadings, keyphraseDensity, keyphraseInAnchor, keyphraseInImageAlt, textLength, titleLength,
  metaDescriptionLength, slugFormat, singleH1, headingIncrement, uniqueSubheadings, emptySection, imageAlt,
  internalLinks, outboundLinks, subheadingDistribution, subheadingLength, paragraphLength, sentenceLength,
  transitionWords, passiveVoice, consecutiveSentences, readingEase, typography
] as readonly AuditRule[]

/** Rules by id. */
export const RULES_BY_ID: ReadonlyMap<string, AuditRule> = new Map(RULES.map((rule) => [rule.id, rule]))
