/**
 * Abbreviations that end with a full stop, for sentence splitting. Written as
 * in text, without their final full stop; case matters (`M` is monsieur, `m`
 * is not an abbreviation with a stop).
 */

/**
 * Abbreviations always followed by more of the same sentence: titles before
 * a name (`M. Dupont`, `Dr. Leroy`, `St. Louis`), `av.` / `apr.` before
 * `J.-C.`, references before a number (`p. 12`, `art. 3`, `n° 5`).
 */
export const SENTENCE_ABBREVIATIONS: readonly string[] = [
  'M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'Mgr', 'Dr', 'Pr', 'Me', 'St', 'Ste', 'av', 'apr', 'cf', 'Cf', 'p', 'pp',
  'vol', 'art', 'chap', 'fig', 'coll', 'éd', 'n°', 'no', 'No', 'ex', 'Ex', 'réf', 'tél', 'Tél',
  'Vve', 'Cie', 'Éts', 'bd', 'ch', 'sq', 'sqq', 'op', 'cit', 'ibid', 'id', 'vs'
]

/**
 * Abbreviations that may end a sentence: the sentence goes on only when a
 * lowercase word or a number follows (`etc. et`, `753 av. J.-C. selon`).
 */
export const SENTENCE_FINAL_ABBREVIATIONS: readonly string[] = ['etc', 'J.-C', 'env', 'min', 'max', 'al']
