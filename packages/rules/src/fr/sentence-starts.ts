/**
 * How the audit reads the first word of a sentence for the
 * `consecutive-sentences` rule: a determiner or a number alone says nothing
 * (`Le chat …`, `Le chien …` start differently), so it is read with the next
 * word, as Yoast's French config does. Lowercase, NFC, apostrophe `’`.
 */
export const SENTENCE_START_EXCEPTIONS: readonly string[] = [
  'le', 'la', 'les', 'l’', 'un', 'une', 'des', 'du', 'de', 'd’', 'ce', 'cet', 'cette', 'ces', 'mon', 'ma', 'mes',
  'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs', 'deux', 'trois',
  'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'quelques', 'plusieurs', 'certains', 'certaines'
]
