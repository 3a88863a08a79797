/**
 * French typography (Lexique des règles typographiques en usage à
 * l’Imprimerie nationale): the rules Titraille's `typography` stage applies
 * and the lists they read.
 */

/** Ids of the rules the stage applies itself (safe, reversible-looking fixes). */
export const TYPOGRAPHY_FIX_RULES = [
  'apostrophe',
  'ellipsis',
  'straight-quotes',
  'reversed-guillemet',
  'stray-space',
  'repeated-spaces',
  'space-after-punctuation',
  'high-punctuation-space',
  'guillemet-space',
  'abbreviation-space',
  'number-grouping',
  'unit-space'
] as const

/** Ids of the rules the stage only reports: fixing them needs a person. */
export const TYPOGRAPHY_REPORT_RULES = ['glued-words', 'lowercase-after-period', 'unbalanced-guillemets', 'unbalanced-parentheses'] as const

/** A typography rule id. */
export type TypographyRuleId = (typeof TYPOGRAPHY_FIX_RULES)[number] | (typeof TYPOGRAPHY_REPORT_RULES)[number]

/** What a typography rule is about, for docs and reports. */
export interface TypographyRule {
  id: TypographyRuleId
  /** Whether the stage fixes it (`true`) or only reports it. */
  fix: boolean
  /** One line: what the rule checks. */
  summary: string
  /** A faulty French text and what the rule makes (or suggests) of it. */
  example: {before: string; after: string}
}

/** Every typography rule, in the order the stage applies them. */
export const TYPOGRAPHY_RULES: readonly TypographyRule[] = [
  {id: 'apostrophe', fix: true, summary: 'typewriter apostrophe `\'` (or `‘`) inside a word → `’`; elided word cut off by a space (`qu ‘`) → `qu’`', example: {before: "l'ISS, qu ‘«absolutiste»", after: 'l’ISS, qu’«\u202Fabsolutiste\u202F»'}},
  {id: 'ellipsis', fix: true, summary: 'three full stops → one ellipsis character `…`', example: {before: 'et puis...', after: 'et puis…'}},
  {id: 'straight-quotes', fix: true, summary: 'straight double quotes → French guillemets `« »`, or `“ ”` inside guillemets', example: {before: 'le mot "DeSaster"', after: 'le mot «\u202FDeSaster\u202F»'}},
  {id: 'reversed-guillemet', fix: true, summary: 'an opening guillemet used to close a quotation (before `,` `.` `)` or at the end of the paragraph) → `»`', example: {before: 'beaucoup mieux « , dans', after: 'beaucoup mieux\u202F», dans'}},
  {id: 'stray-space', fix: true, summary: 'space before a comma or a full stop removed', example: {before: 'mieux » , dans', after: 'mieux\u202F», dans'}},
  {id: 'repeated-spaces', fix: true, summary: 'several spaces between two words → one', example: {before: 'le  lancement', after: 'le lancement'}},
  {id: 'space-after-punctuation', fix: true, summary: 'missing space after `,` `;` `:` before a word (not in `3,5`, `10:30` or URLs), and after `.` `!` `?` `…` before a capitalised word', example: {before: 'Musk,DeSantis et Sacks.Quelle soirée', after: 'Musk, DeSantis et Sacks. Quelle soirée'}},
  {id: 'high-punctuation-space', fix: true, summary: 'narrow no-break space (U+202F) before `;` `!` `?`, no-break space (U+00A0) before `:`', example: {before: 'a tweeté: « Nous', after: 'a tweeté\u00A0: «\u202FNous'}},
  {id: 'guillemet-space', fix: true, summary: 'narrow no-break space (U+202F) after `«` and before `»`', example: {before: '«application»', after: '«\u202Fapplication\u202F»'}},
  {id: 'abbreviation-space', fix: true, summary: 'no-break space after `M.`, `Mme`, `Dr` … before a name, and after `n°`, `p.`, `art.` … before a number', example: {before: 'M. Musk, n°6', after: 'M.\u00A0Musk, n°\u00A06'}},
  {id: 'number-grouping', fix: true, summary: 'narrow no-break space (U+202F) between the groups of three digits of a large number', example: {before: '420 000', after: '420\u202F000'}},
  {id: 'unit-space', fix: true, summary: 'no-break space (U+00A0) between a number and its unit, `%` or currency sign', example: {before: '80 %, 18 h, 521 kg', after: '80\u00A0%, 18\u00A0h, 521\u00A0kg'}},
  {id: 'glued-words', fix: false, summary: 'a word missing from the French word list that splits into two known words (a lost space)', example: {before: 'la plateformeassoupli', after: 'la plateforme assoupli'}},
  {id: 'lowercase-after-period', fix: false, summary: 'a lowercase letter after a full stop that ends a sentence', example: {before: 'a explosé. quelques minutes', after: 'a explosé quelques minutes'}},
  {id: 'unbalanced-guillemets', fix: false, summary: 'a `«` never closed or a `»` never opened in the paragraph', example: {before: '« Échec complet. Et ce n’est que le candidat !', after: '« Échec complet. Et ce n’est que le candidat ! »'}},
  {id: 'unbalanced-parentheses', fix: false, summary: 'a `(` never closed or a `)` never opened in the paragraph', example: {before: 'le site (SLC-40 de la base', after: 'le site (SLC-40) de la base'}}
]

/**
 * Unit symbols written after a number with a no-break space (`521 kg`).
 * Single letters that are also French words (`a`, `l`, `t`, `y`) are left out.
 */
export const UNIT_SYMBOLS: readonly string[] = [
  'km', 'hm', 'dam', 'm', 'dm', 'cm', 'mm', 'µm', 'nm',
  'km²', 'm²', 'cm²', 'mm²', 'ha', 'm³', 'cm³', 'dm³',
  'kg', 'g', 'mg', 'µg', 'q',
  'hl', 'dl', 'cl', 'ml',
  'h', 'min', 's', 'ms', 'µs', 'ns',
  'km/h', 'm/s', 'kWh', 'MWh', 'GWh', 'TWh', 'kW', 'MW', 'GW', 'TW', 'W', 'kV', 'V', 'mA', 'Hz', 'kHz', 'MHz', 'GHz',
  'dB', 'ko', 'Mo', 'Go', 'To', 'Ko', 'kB', 'MB', 'GB', 'TB', 'kbit/s', 'Mbit/s', 'Gbit/s',
  'mm Hg', 'hPa', 'Pa', 'bar', 'cal', 'kcal', 'J', 'kJ', 'MJ', 'K', 'Mt', 'kt', 'Gt'
]

/** Signs written after a number with a no-break space, inserted even when the author glued them (`80%`). */
export const UNIT_SIGNS: readonly string[] = ['%', '‰', '°C', '°F', '€', '$', '£', '¥', 'M€', 'Md€', 'k€']

/** Titles followed by a no-break space before the name they introduce (`M. Musk`). */
export const TITLE_ABBREVIATIONS: readonly string[] = ['M.', 'MM.', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'Me', 'Mes', 'Mgr', 'Dr', 'Pr', 'St', 'Ste']

/** Abbreviations followed by a no-break space before the number they introduce (`n° 6`, `p. 12`). */
export const NUMBER_ABBREVIATIONS: readonly string[] = ['n°', 'N°', 'p.', 'pp.', 'art.', 'chap.', 'vol.', 'fig.']

/** Words that elide before a vowel (`qu’`, `l’`, `jusqu’`), without their apostrophe. */
export const ELIDING_WORDS: readonly string[] = ['c', 'd', 'j', 'l', 'm', 'n', 's', 't', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu', 'quelqu']

/**
 * Abbreviations whose full stop does not end a sentence, so a lowercase
 * letter may follow (`etc. et`, `env. trois`). Lowercase, without the stop.
 */
export const PERIOD_ABBREVIATIONS: readonly string[] = [
  'etc', 'cf', 'env', 'av', 'apr', 'ex', 'p', 'pp', 'vol', 'art', 'fig', 'chap', 'éd', 'coll', 'min', 'max', 'hab',
  'ibid', 'id', 'op', 'cit', 'resp', 'vs', 'sq', 'sqq', 'al', 'dir', 'trad', 'éds', 'nbr', 'qqn', 'qqch', 'ca', 'approx',
  'no', 'st', 'ste', 'bd', 'fg', 'mr', 'mrs', 'dr', 'pr', 'me', 'mgr', 'sté', 'cie', 'inc', 'ltd', 'co', 'ms', 'jr', 'sr'
]

/**
 * Prefixes that French welds to a word (`télécharger`, `interceltique`): a
 * word that starts with one is a derivation, not two words glued by a lost
 * space. Lowercase, four letters or more (shorter halves are not checked).
 */
export const WELDED_PREFIXES: readonly string[] = [
  'aéro', 'agro', 'anglo', 'anti', 'archi', 'audio', 'auto', 'biblio', 'chrono', 'contre', 'cyber', 'démo', 'électro',
  'entre', 'euro', 'extra', 'franco', 'gastro', 'germano', 'hydro', 'hyper', 'infra', 'inter', 'intra', 'macro', 'maxi',
  'méga', 'micro', 'mini', 'mono', 'moto', 'multi', 'nano', 'narco', 'néo', 'outre', 'para', 'photo', 'pluri', 'poly',
  'porte', 'post', 'pseudo', 'psycho', 'quasi', 'radio', 'rétro', 'semi', 'sino', 'socio', 'sous', 'super', 'supra',
  'télé', 'thermo', 'trans', 'ultra', 'vidéo'
]
