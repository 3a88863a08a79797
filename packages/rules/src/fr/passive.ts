/**
 * What the audit needs to recognise the French periphrastic passive: a form
 * of *être* followed by a past participle (`a été lancé`, `sont interdits`,
 * `sera évalué`). Lowercase, NFC, apostrophe `’`.
 */

/** Every form of *être* that can carry a passive (`été` after *avoir*: `ont été lancés`). */
export const ETRE_FORMS: readonly string[] = [
  'être', 'suis', 'es', 'est', 'sommes', 'êtes', 'sont', 'étais', 'était', 'étions', 'étiez', 'étaient', 'fus',
  'fut', 'fûmes', 'fûtes', 'furent', 'serai', 'seras', 'sera', 'serons', 'serez', 'seront', 'serais', 'serait',
  'serions', 'seriez', 'seraient', 'sois', 'soit', 'soyons', 'soyez', 'soient', 'fusse', 'fût', 'étant', 'été'
]

/** Words that may stand between *être* and the participle (`est souvent cité`, `n’est pas encore connu`). */
export const PASSIVE_INSERTS: readonly string[] = [
  'ne', 'n’', 'pas', 'plus', 'jamais', 'guère', 'point', 'souvent', 'toujours', 'déjà', 'encore', 'aussi', 'bien',
  'mal', 'très', 'trop', 'peu', 'fort', 'parfois', 'rarement', 'notamment', 'également', 'généralement',
  'largement', 'entièrement', 'totalement', 'partiellement', 'rapidement', 'finalement', 'officiellement',
  'désormais', 'ainsi', 'alors', 'donc', 'enfin', 'ensuite', 'récemment', 'longtemps', 'presque',
  'clairement', 'directement', 'immédiatement', 'initialement', 'principalement', 'régulièrement', 'vite',
  'tous', 'toutes', 'tout', 'autrefois', 'jadis', 'aujourd’hui', 'mieux', 'moins', 'actuellement', 'probablement'
]

/** Adverbs in `-ment` may also stand between *être* and the participle (`est massivement utilisé`). */
export const PASSIVE_INSERT_SUFFIX = 'ment'

/**
 * Past participles that do not end in `-é`: irregular verbs and the common
 * second-group ones, masculine singular (`-e`, `-s`, `-es` are added when
 * matching). A word ending in one of them also matches (`prévu`, `interdit`,
 * `reconduit`), so prefixed verbs need no entry of their own.
 */
export const IRREGULAR_PARTICIPLES: readonly string[] = [
  'abattu', 'absous', 'accueilli', 'acquis', 'admis', 'affaibli', 'agi', 'aperçu', 'assailli', 'assis',
  'astreint', 'atteint', 'attendu', 'averti', 'bâti', 'battu', 'choisi', 'combattu', 'commis', 'compris',
  'conclu', 'conçu', 'conduit', 'confondu', 'connu', 'conquis', 'construit', 'contenu', 'contraint',
  'contredit', 'convaincu', 'couvert', 'craint', 'crû', 'cueilli', 'cuit', 'déçu', 'découvert', 'décrit',
  'défendu', 'démenti', 'démoli', 'dépeint', 'descendu', 'détenu', 'détruit', 'dissous', 'dit',
  'élu', 'émis', 'enfoui', 'enfreint', 'enrichi', 'entendu', 'entrepris', 'envahi', 'établi', 'étendu',
  'éteint', 'exclu', 'fait', 'fini', 'fourni', 'franchi', 'garanti', 'inclus', 'induit', 'inscrit',
  'instruit', 'interdit', 'interrompu', 'introduit', 'investi', 'joint', 'lu', 'maintenu', 'mis', 'mordu',
  'mû', 'nourri', 'obtenu', 'offert', 'omis', 'ouvert', 'peint', 'pendu', 'perçu', 'permis', 'perdu',
  'poursuivi', 'prédit', 'prescrit', 'pris', 'produit', 'promis', 'promu', 'puni', 'ralenti', 'rebâti',
  'reconduit', 'reconnu', 'reconstruit', 'recouvert', 'reçu', 'réduit', 'réélu', 'rejoint', 'rempli',
  'remis', 'rendu', 'repris', 'reproduit', 'requis', 'résolu', 'restreint', 'retenu', 'réuni', 'revendu',
  'revu', 'rompu', 'saisi', 'servi', 'soumis', 'soutenu', 'souffert', 'subi', 'suivi', 'surpris',
  'suspendu', 'tenu', 'tendu', 'trahi', 'traduit', 'transmis', 'vaincu', 'vendu', 'vêtu', 'vu'
]

/**
 * Participles that follow *être* without making a passive: verbs conjugated
 * with *être* in the passé composé (`il est arrivé`, `elle est née`) and
 * participles mostly used as attribute adjectives (`il est âgé`, `ils étaient dus à`).
 * Masculine singular.
 */
export const NOT_PASSIVE_PARTICIPLES: readonly string[] = [
  // verbs of movement and state, conjugated with être
  'advenu', 'allé', 'apparu', 'arrivé', 'décédé', 'demeuré', 'descendu', 'devenu', 'entré', 'intervenu',
  'monté', 'mort', 'né', 'parti', 'parvenu', 'passé', 'redescendu', 'redevenu', 'remonté', 'rentré', 'reparti',
  'ressorti', 'resté', 'retombé', 'retourné', 'revenu', 'sorti', 'survenu', 'tombé', 'venu',
  // attribute adjectives in -é / -u
  'âgé', 'aisé', 'désolé', 'doué', 'dû', 'enchanté', 'fâché', 'habitué', 'ravi', 'situé', 'censé', 'prêt', 'issu',
  'absolu', 'parfait', 'imprévu', 'dépourvu', 'point'
]

/** Reflexive pronouns: `se sont écoulées` is pronominal, not passive. */
export const REFLEXIVE_PRONOUNS: readonly string[] = ['se', 's’', 'me', 'm’', 'te', 't’']
