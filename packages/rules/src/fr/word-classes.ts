/**
 * Closed word classes of French, for the part-of-speech tagger that runs when
 * no statistical tagger is loaded. Lowercase, NFC, elided forms without `’`.
 */

/** Determiners (articles, demonstratives, possessives, some quantifiers). */
export const DETERMINER_WORDS: readonly string[] = [
  'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'au', 'aux', 'ce', 'cet', 'cette', 'ces', 'mon', 'ton', 'son',
  'ma', 'ta', 'sa', 'mes', 'tes', 'ses', 'notre', 'votre', 'leur', 'nos', 'vos', 'leurs', 'chaque', 'quelques',
  'plusieurs', 'aucun', 'aucune', 'certains', 'certaines', 'tout', 'toute', 'tous', 'toutes', 'quel', 'quelle',
  'quels', 'quelles'
]

/** Pronouns (personal, reflexive, relative, demonstrative, indefinite). */
export const PRONOUN_WORDS: readonly string[] = [
  'je', 'j', 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'me', 'm', 'te', 't', 'se', 's', 'lui', 'y',
  'en', 'moi', 'toi', 'soi', 'eux', 'qui', 'que', 'qu', 'quoi', 'dont', 'où', 'lequel', 'laquelle', 'lesquels',
  'lesquelles', 'auquel', 'duquel', 'ceci', 'cela', 'ça', 'c', 'celui', 'celle', 'ceux', 'celles', 'chacun',
  'chacune', 'personne', 'rien', 'quelqu’un', 'quelqu’une'
]

/** Prepositions. */
export const PREPOSITION_WORDS: readonly string[] = [
  'à', 'de', 'd', 'en', 'dans', 'par', 'pour', 'sur', 'sous', 'avec', 'sans', 'chez', 'vers', 'entre', 'contre',
  'depuis', 'pendant', 'avant', 'après', 'selon', 'malgré', 'parmi', 'durant', 'dès', 'jusqu', 'jusque', 'envers',
  'hors', 'outre', 'via', 'auprès', 'lors'
]

/** Coordinating and subordinating conjunctions. */
export const CONJUNCTION_WORDS: readonly string[] = [
  'et', 'ou', 'mais', 'donc', 'or', 'ni', 'car', 'que', 'qu', 'quand', 'lorsque', 'lorsqu', 'puisque', 'puisqu',
  'quoique', 'quoiqu', 'si', 'comme', 'tandis', 'parce'
]

/** Forms of the auxiliaries `avoir` and `être`. */
export const AUXILIARY_FORMS: readonly string[] = [
  'ai', 'as', 'a', 'avons', 'avez', 'ont', 'avais', 'avait', 'avions', 'aviez', 'avaient', 'aurai', 'auras', 'aura',
  'aurons', 'aurez', 'auront', 'aurais', 'aurait', 'aurions', 'auriez', 'auraient', 'aie', 'aies', 'ait', 'ayons',
  'ayez', 'aient', 'eu', 'eut', 'eurent', 'avoir', 'ayant', 'suis', 'es', 'est', 'sommes', 'êtes', 'sont', 'étais',
  'était', 'étions', 'étiez', 'étaient', 'serai', 'seras', 'sera', 'serons', 'serez', 'seront', 'serais', 'serait',
  'serions', 'seriez', 'seraient', 'sois', 'soit', 'soyons', 'soyez', 'soient', 'fus', 'fut', 'furent', 'été',
  'être', 'étant'
]

/** Adverbs among the frequent words (`ne`, `pas`, `très` …). */
export const ADVERB_WORDS: readonly string[] = [
  'ne', 'n', 'pas', 'plus', 'très', 'trop', 'bien', 'mal', 'peu', 'beaucoup', 'encore', 'déjà', 'toujours', 'jamais',
  'souvent', 'aussi', 'ainsi', 'alors', 'puis', 'ensuite', 'enfin', 'ici', 'là', 'maintenant', 'hier', 'demain',
  'aujourd’hui', 'non', 'oui', 'même', 'moins', 'tant', 'si', 'environ', 'presque', 'seulement', 'surtout', 'vraiment',
  'également', 'notamment', 'cependant', 'pourtant', 'toutefois', 'désormais', 'peut-être', 'comment', 'pourquoi'
]

/** Subject pronouns written after a verb with a hyphen (`est-il`, `a-t-elle`). */
export const INVERTED_PRONOUNS: readonly string[] = ['je', 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'ce']

/** Forms of the verbs that take an attribute (`restent inchangées`, `semble prêt`). */
export const COPULA_FORMS: readonly string[] = [
  'est', 'sont', 'était', 'étaient', 'sera', 'seront', 'serait', 'seraient', 'fut', 'furent', 'reste', 'restent',
  'restait', 'restaient', 'demeure', 'demeurent', 'semble', 'semblent', 'semblait', 'semblaient', 'devient',
  'deviennent', 'paraît', 'paraissent'
]

/** Participles of verbs of saying and announcing: without what was said, the clause is not over (`il a annoncé ce matin, …`). */
export const SAYING_PARTICIPLES: readonly string[] = [
  'annoncé', 'déclaré', 'dit', 'affirmé', 'expliqué', 'indiqué', 'ajouté', 'précisé', 'souligné', 'estimé', 'révélé',
  'confirmé', 'démenti', 'rappelé', 'assuré', 'reconnu', 'admis', 'promis', 'décidé'
]
