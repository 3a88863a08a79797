/**
 * Templates and constants of the meta stage (SEO title, meta description,
 * slug, reading time). Slots as in `expand.ts`: `{focus}`, `{title}`,
 * `{names}`, `{topics}`, `{sentence}`.
 */

/** Title templates, tried in order until one fits 30–60 characters. */
export const META_TITLES: readonly {readonly id: string; readonly text: string}[] = [
  {id: 'title-1', text: '{focus} : {title}'},
  {id: 'title-2', text: '{focus} : ce qu’il faut savoir'},
  {id: 'title-3', text: '{focus} : les faits, les chiffres, les acteurs'},
  {id: 'title-4', text: '{focus} : l’essentiel en quelques points'}
]

/** Description templates, tried in order until one fits 120–156 characters. */
export const META_DESCRIPTIONS: readonly {readonly id: string; readonly text: string}[] = [
  {id: 'description-1', text: '{sentence}'},
  {id: 'description-2', text: '{sentence} L’essentiel sur {focus}.'},
  {id: 'description-clause-1', text: '{clause}. Retour sur les faits, les chiffres et les déclarations.'},
  {id: 'description-clause-2', text: '{clause}. L’essentiel à savoir, en quelques minutes de lecture.'},
  {id: 'description-clause-3', text: '{clause}. Les faits et les déclarations.'},
  {id: 'description-3', text: 'Tout savoir sur {focus} : {topics}, avec les faits, les chiffres et les déclarations.'},
  {id: 'description-4', text: 'Ce qu’il faut savoir sur {focus}, avec {names} : les faits, les chiffres clés et les déclarations.'},
  {id: 'description-5', text: 'Retour sur {focus} : les faits, les chiffres clés, les acteurs et les déclarations à retenir, en quelques minutes de lecture.'},
  {id: 'description-6', text: 'Retour sur {focus} : les faits, les chiffres clés et les déclarations des principaux acteurs, à lire en quelques minutes seulement.'}
]

/** SEO title length bounds in characters. */
export const TITLE_LENGTH = {min: 30, max: 60} as const

/** Meta description length bounds in characters. */
export const DESCRIPTION_LENGTH = {min: 120, max: 156} as const

/** Words a French reader reads per minute, for the reading time. */
export const READING_WORDS_PER_MINUTE = 230

/** Words of a slug at most. */
export const SLUG_MAX_WORDS = 7
