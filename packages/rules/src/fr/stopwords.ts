/**
 * French stop words: determiners, pronouns, prepositions, conjunctions,
 * auxiliaries and very frequent adverbs. Lowercase, NFC, apostrophe `’`.
 * Elided forms (`l’`, `d’`, `qu’`) are listed without their apostrophe.
 */
export const STOP_WORDS: readonly string[] = [
  'a', 'à', 'afin', 'ai', 'aie', 'aient', 'ainsi', 'ait', 'alors', 'as', 'au', 'aucun', 'aucune', 'auquel', 'aura',
  'aurai', 'auraient', 'aurait', 'auront', 'aussi', 'autre', 'autres', 'aux', 'auxquelles', 'auxquels', 'avaient',
  'avais', 'avait', 'avant', 'avec', 'avez', 'aviez', 'avions', 'avoir', 'avons', 'ayant', 'c', 'ça', 'car', 'ce',
  'ceci', 'cela', 'celle', 'celles', 'celui', 'cependant', 'ces', 'cet', 'cette', 'ceux', 'chacun', 'chacune',
  'chaque', 'chez', 'ci', 'comme', 'comment', 'd', 'dans', 'de', 'depuis', 'des', 'desquelles', 'desquels', 'dès',
  'deux', 'doit', 'donc', 'dont', 'du', 'duquel', 'elle', 'elles', 'en', 'encore', 'entre', 'es', 'est', 'et',
  'étaient', 'étais', 'était', 'étant', 'été', 'êtes', 'étions', 'être', 'eu', 'eux', 'furent', 'fut', 'il', 'ils',
  'j', 'je', 'jusqu', 'jusque', 'l', 'la', 'là', 'laquelle', 'le', 'lequel', 'les', 'lesquelles', 'lesquels', 'leur',
  'leurs', 'lors', 'lorsqu', 'lorsque', 'lui', 'm', 'ma', 'mais', 'me', 'même', 'mêmes', 'mes', 'moi', 'mon', 'n',
  'ne', 'ni', 'nos', 'notre', 'nous', 'on', 'ont', 'or', 'ou', 'où', 'par', 'parce', 'pas', 'peu', 'peut', 'plus',
  'pour', 'pourquoi', 'puis', 'puisqu', 'puisque', 'qu', 'quand', 'que', 'quel', 'quelle', 'quelles', 'quels', 'qui',
  'quoi', 's', 'sa', 'sans', 'se', 'selon', 'sera', 'serai', 'seraient', 'serait', 'seront', 'ses', 'si', 'sien',
  'soi', 'soient', 'soit', 'sommes', 'son', 'sont', 'sous', 'suis', 'sur', 't', 'ta', 'tandis', 'te', 'tes', 'toi',
  'ton', 'tous', 'tout', 'toute', 'toutes', 'très', 'tu', 'un', 'une', 'unes', 'uns', 'vers', 'via', 'vos', 'votre',
  'vous', 'y'
]

/** Fast membership test for {@link STOP_WORDS}. */
export const STOP_WORD_SET: ReadonlySet<string> = new Set(STOP_WORDS)
