/**
 * Audit presets: plain objects of rule id → `off` | `warn` | `error` |
 * `[level, options]`. Rules a preset does not list are off.
 */
import type {Preset} from '../audit/types.js'

/** Every rule at its default severity and French thresholds; link rules off (a news story need not link). */
export const recommended: Preset = {
  'keyphrase-length': 'warn',
  'keyphrase-in-title': 'warn',
  'keyphrase-in-introduction': 'warn',
  'keyphrase-in-meta-description': 'warn',
  'keyphrase-in-slug': 'warn',
  'keyphrase-in-subheadings': 'warn',
  'keyphrase-density': 'warn',
  'keyphrase-in-anchor': 'warn',
  'keyphrase-in-image-alt': 'warn',
  'text-length': 'error',
  'title-length': 'warn',
  'meta-description-length': 'warn',
  'slug-format': 'warn',
  'single-h1': 'error',
  'heading-increment': 'warn',
  'unique-subheadings': 'warn',
  'empty-section': 'warn',
  'image-alt': 'error',
  'internal-links': 'off',
  'outbound-links': 'off',
  'subheading-distribution': 'warn',
  'subheading-length': 'warn',
  'paragraph-length': 'warn',
  'sentence-length': 'warn',
  'transition-words': 'warn',
  'passive-voice': 'warn',
  'consecutive-sentences': 'warn',
  'reading-ease': 'warn',
  typography: 'warn'
}

/** What Yoast SEO's French analysis checks, with its thresholds; rules Yoast lacks are off. */
export const yoastCompatible: Preset = {
  'keyphrase-length': 'warn',
  'keyphrase-in-title': 'warn',
  'keyphrase-in-introduction': 'warn',
  'keyphrase-in-meta-description': 'warn',
  'keyphrase-in-slug': 'warn',
  'keyphrase-in-subheadings': 'warn',
  'keyphrase-density': 'warn',
  'keyphrase-in-anchor': 'warn',
  'keyphrase-in-image-alt': 'warn',
  'text-length': 'warn',
  'title-length': 'warn',
  'meta-description-length': 'warn',
  'single-h1': 'warn',
  'image-alt': 'warn',
  'internal-links': 'warn',
  'outbound-links': 'warn',
  'subheading-distribution': 'warn',
  'paragraph-length': 'warn',
  'sentence-length': 'warn',
  'transition-words': 'warn',
  'passive-voice': 'warn',
  'consecutive-sentences': 'warn',
  'reading-ease': 'warn'
}

/** Every rule is an error, with Titraille's own targets (700 words, shorter paragraphs). */
export const strict: Preset = {
  ...Object.fromEntries(Object.keys(recommended).map((id) => [id, 'error' as const])),
  'text-length': ['error', {min: 700, tooShort: 300}],
  'paragraph-length': ['error', {max: 120, tooLong: 150}],
  'subheading-distribution': ['error', {max: 250, tooMany: 300}],
  'sentence-length': ['error', {words: 20, max: 20, tooMany: 25}]
}

/** The presets by the names the CLI and options accept. */
export const PRESETS: Readonly<Record<'recommended' | 'yoast-compatible' | 'strict', Preset>> = {
  recommended,
  'yoast-compatible': yoastCompatible,
  strict
}
