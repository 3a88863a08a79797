/**
 * French transition words ("connecteurs logiques"), in the three shapes the
 * audit recognises, as Yoast's language configs split them:
 *
 * - {@link TRANSITION_WORDS}: one word (`cependant`, `ensuite`);
 * - {@link TRANSITION_PHRASES}: several words read as one (`en effet`, `par ailleurs`);
 * - {@link TWO_PART_TRANSITIONS}: a pair whose parts both appear in the sentence
 *   (`non seulement … mais aussi`).
 *
 * All lowercase, NFC, apostrophe `’`, no duplicates (a test checks it).
 * The expand stage reads {@link SENTENCE_OPENERS} to start sentences with a
 * transition; the audit reads all three lists.
 */

/** Single-word transitions. Ambiguous coordinators (`et`, `ou`) are left out: they would mark almost every sentence. */
export const TRANSITION_WORDS: readonly string[] = [
  'ainsi', 'alors', 'apparemment', 'assurément', 'aussi', 'auparavant', 'autrement', 'bref', 'car',
  'cependant', 'certes', 'concrètement', 'conséquemment', 'corrélativement', 'd’abord', 'd’ailleurs',
  'décidément', 'dernièrement', 'désormais', 'deuxièmement', 'donc', 'effectivement', 'également', 'enfin',
  'ensuite', 'évidemment', 'finalement', 'globalement', 'inversement', 'jusque-là', 'justement', 'lorsque', 'mais',
  'néanmoins', 'notamment', 'or', 'parallèlement', 'parce', 'pareillement', 'pourtant',
  'premièrement', 'puis', 'puisque', 'quoique', 'réciproquement', 'seulement', 'sinon',
  'soudain', 'surtout', 'tandis', 'toutefois', 'troisièmement', 'voire'
]

/** Multi-word transitions, matched as consecutive words. */
export const TRANSITION_PHRASES: readonly string[] = [
  'à cause de', 'à ce propos', 'à cet égard', 'à condition que', 'à l’inverse', 'à la suite de', 'à mon avis',
  'à partir de', 'à présent', 'à savoir', 'à tel point que', 'à vrai dire', 'afin de', 'afin que',
  'ainsi que', 'alors que', 'après que', 'après quoi', 'au bout du compte', 'au contraire', 'au fait',
  'au final', 'au même titre que', 'au moins', 'au point que', 'au premier abord', 'au total', 'aussi bien que',
  'autrement dit', 'avant que', 'avant tout', 'bien entendu', 'bien que', 'bien sûr', 'c’est pourquoi',
  'c’est-à-dire', 'ce qui explique', 'contrairement à', 'dans ce cas', 'dans l’ensemble', 'dans la mesure où', 'de ce fait',
  'de même', 'de même que', 'de plus', 'de sorte que', 'de toute façon', 'de toute évidence', 'depuis que',
  'dès lors', 'dès que', 'du coup', 'du moins', 'du reste', 'en bref', 'en conclusion', 'en conséquence',
  'en définitive', 'en d’autres termes', 'en effet', 'en fait', 'en outre', 'en particulier', 'en premier lieu',
  'en raison de', 'en réalité', 'en résumé', 'en revanche', 'en second lieu', 'en somme', 'en tout cas', 'en vue de', 'étant donné que', 'grâce à', 'jusqu’à ce que', 'loin de là', 'même si',
  'mis à part', 'non plus', 'par ailleurs', 'par conséquent', 'par contre', 'par exemple', 'par la suite',
  'parce que', 'pendant que', 'plus tard', 'plutôt que', 'pour conclure', 'pour finir', 'pour que', 'pour résumer',
  'pour terminer', 'pour toutes ces raisons', 'pour cette raison', 'quant à', 'sans compter que',
  'sans doute', 'si bien que', 'suite à', 'tout à fait', 'tout compte fait', 'tout d’abord', 'tout de même',
  'vu que'
]

/** Two-part transitions: both parts, in this order, in one sentence. */
export const TWO_PART_TRANSITIONS: readonly (readonly [string, string])[] = [
  ['d’une part', 'd’autre part'],
  ['non seulement', 'mais aussi'],
  ['non seulement', 'mais encore'],
  ['non seulement', 'mais également'],
  ['ni', 'ni'],
  ['soit', 'soit'],
  ['tantôt', 'tantôt'],
  ['autant', 'autant'],
  ['d’un côté', 'de l’autre']
]

/**
 * Transitions that open a sentence naturally, followed by a comma: what the
 * expand stage may prepend to a sentence (`Par ailleurs, …`).
 */
export const SENTENCE_OPENERS: readonly string[] = [
  'ainsi', 'à cet égard', 'au contraire', 'autrement dit', 'cependant', 'd’ailleurs', 'de plus', 'de même',
  'du reste', 'en effet', 'en outre', 'en revanche', 'enfin', 'ensuite', 'finalement', 'néanmoins',
  'par ailleurs', 'par conséquent', 'par exemple', 'pourtant', 'toutefois'
]

/**
 * A phrase ending in `à` or `de` also matches with the article contracted
 * into it: `grâce à` → `grâce au`, `grâce aux`; `à cause de` → `à cause du`, `à cause des`.
 */
export const CONTRACTED_ENDINGS: Readonly<Record<string, readonly string[]>> = {
  à: ['au', 'aux'],
  de: ['du', 'des']
}
