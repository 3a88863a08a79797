/**
 * French function words beyond the stop words, in the spirit of Yoast's
 * language packs: words that carry little topic of their own, so a keyphrase
 * neither starts nor ends with one. Lowercase, NFC, apostrophe `’`.
 */

/** Vague nouns: they name no topic on their own. */
export const VAGUE_NOUNS: readonly string[] = [
  'chose', 'choses', 'façon', 'façons', 'manière', 'manières', 'sorte', 'sortes', 'genre', 'type', 'types', 'truc',
  'trucs', 'gens', 'fois', 'cas', 'part', 'parts', 'partie', 'parties', 'fait', 'faits', 'point', 'points', 'côté',
  'côtés', 'moment', 'moments', 'reste', 'ensemble', 'exemple', 'exemples', 'question', 'questions', 'nombre',
  'nombres', 'plupart', 'suite', 'lieu', 'raison', 'raisons', 'niveau', 'niveaux', 'ordre', 'début', 'fin', 'milieu',
  'propos', 'sujet', 'sujets', 'total', 'personne', 'personnes', 'monsieur', 'madame', 'mademoiselle', 'messieurs',
  'mesdames', 'm', 'mm', 'mme', 'mmes', 'mlle'
]

/** Words of time and date: days, months, parts of the day, durations. */
export const TIME_WORDS: readonly string[] = [
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'janvier', 'février', 'mars', 'avril', 'mai',
  'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'hier', 'aujourd’hui', 'demain',
  'matin', 'matinée', 'midi', 'après-midi', 'soir', 'soirée', 'nuit', 'veille', 'lendemain', 'jour', 'jours',
  'journée', 'journées', 'semaine', 'semaines', 'week-end', 'mois', 'an', 'ans', 'année', 'années', 'siècle',
  'siècles', 'heure', 'heures', 'minute', 'minutes', 'seconde', 'secondes', 'h', 'min', 'temps', 'date', 'dates',
  'période', 'maintenant', 'désormais', 'bientôt', 'toujours', 'jamais', 'souvent', 'parfois', 'déjà', 'récemment',
  'actuellement', 'prochain', 'prochaine', 'prochains', 'prochaines', 'dernier', 'dernière', 'derniers',
  'dernières', 'précédent', 'précédente', 'tard', 'tôt', 'longtemps', 'ensuite', 'enfin', 'aussitôt'
]

/** Numerals and ordinals written as words. */
export const NUMBER_WORDS: readonly string[] = [
  'zéro', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze',
  'quinze', 'seize', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'cent', 'cents', 'mille', 'million',
  'millions', 'milliard', 'milliards', 'premier', 'première', 'premiers', 'premières', 'deuxième', 'second',
  'seconde', 'troisième', 'quatrième', 'cinquième', 'dizaine', 'dizaines', 'centaine', 'centaines', 'millier',
  'milliers', 'moitié', 'tiers', 'quart', 'pour-cent', 'pourcent', 'environ', 'près',
  // Approximate numbers (`une quarantaine de personnes`), not topics.
  'douzaine', 'douzaines', 'quinzaine', 'quinzaines', 'vingtaine', 'vingtaines', 'trentaine', 'trentaines',
  'quarantaine', 'quarantaines', 'cinquantaine', 'cinquantaines', 'soixantaine', 'soixantaines'
]

/** General adjectives and adverbs that qualify anything. */
export const GENERAL_ADJECTIVES_ADVERBS: readonly string[] = [
  'nouveau', 'nouvel', 'nouvelle', 'nouveaux', 'nouvelles', 'grand', 'grande', 'grands', 'grandes', 'petit',
  'petite', 'petits', 'petites', 'bon', 'bonne', 'bons', 'bonnes', 'mauvais', 'mauvaise', 'mauvaises', 'certain',
  'certaine', 'certains', 'certaines', 'plusieurs', 'quelques', 'quelque', 'divers', 'diverses', 'différent',
  'différente', 'différents', 'différentes', 'seul', 'seule', 'seuls', 'seules', 'tel', 'telle', 'tels', 'telles',
  'propre', 'propres', 'possible', 'possibles', 'important', 'importante', 'importants', 'importantes', 'principal',
  'principale', 'principaux', 'principales', 'actuel', 'actuelle', 'actuels', 'actuelles', 'ancien', 'ancienne',
  'anciens', 'anciennes', 'vrai', 'vraie', 'vrais', 'vraies', 'simple', 'simples', 'long', 'longue', 'longs',
  'longues', 'haut', 'haute', 'hauts', 'hautes', 'bas', 'basse', 'fort', 'forte', 'forts', 'fortes', 'beaucoup',
  'bien', 'mal', 'mieux', 'moins', 'trop', 'assez', 'tant', 'tellement', 'autant', 'vraiment', 'également',
  'notamment', 'seulement', 'simplement', 'surtout', 'plutôt', 'presque', 'environ', 'ailleurs', 'ici', 'partout',
  'ainsi', 'pourtant', 'toutefois', 'néanmoins', 'désormais', 'outre', 'cependant', 'aujourd’hui', 'oui', 'non',
  'celui-ci', 'celle-ci', 'ceux-ci', 'celles-ci', 'celui-là', 'celle-là', 'peut-être', 'afin', 'face', 'grâce',
  'lors', 'autour', 'parmi', 'durant', 'pendant', 'malgré', 'contre', 'depuis', 'après', 'avant', 'auprès', 'suite', 'concernant'
]

/**
 * Frequent verb forms (reporting verbs, auxiliaries, modals, very common
 * verbs): a candidate keyphrase made of these is a verb phrase, not a topic.
 */
export const FREQUENT_VERBS: readonly string[] = [
  'ai', 'as', 'a', 'avons', 'avez', 'ont', 'avait', 'avaient', 'aura', 'auront', 'aurait', 'auraient', 'eu', 'eue',
  'eus', 'avoir', 'suis', 'es', 'est', 'sommes', 'êtes', 'sont', 'était', 'étaient', 'sera', 'seront', 'serait',
  'seraient', 'été', 'être', 'fut', 'soit', 'soient', 'fait', 'faite', 'faits', 'faites', 'faire', 'fais', 'font',
  'faisait', 'faisaient', 'fera', 'feront', 'ferait', 'dit', 'dite', 'dits', 'dire', 'disent', 'disait', 'déclaré',
  'déclare', 'déclarent', 'déclarer', 'déclarait', 'annoncé', 'annonce', 'annoncent', 'annoncer', 'indiqué',
  'indique', 'indiquent', 'indiquer', 'expliqué', 'explique', 'expliquent', 'précisé', 'précise', 'affirmé',
  'affirme', 'estimé', 'estime', 'ajouté', 'ajoute', 'rappelé', 'rappelle', 'souligné', 'souligne', 'assuré',
  'assure', 'confirmé', 'confirme', 'peut', 'peuvent', 'pouvait', 'pouvaient', 'pourra', 'pourront', 'pourrait',
  'pourraient', 'pu', 'pouvoir', 'doit', 'doivent', 'devait', 'devaient', 'devra', 'devront', 'devrait',
  'devraient', 'dû', 'devoir', 'veut', 'veulent', 'voulait', 'voudrait', 'vouloir', 'va', 'vont', 'allait', 'aller',
  'vient', 'viennent', 'venir', 'venu', 'venue', 'semble', 'semblent', 'sembler', 'reste', 'restent', 'rester',
  'permet', 'permettent', 'permettre', 'permis', 'prend', 'prennent', 'prendre', 'pris', 'prise', 'met', 'mettent',
  'mettre', 'mis', 'mise', 'donne', 'donnent', 'donner', 'donné', 'trouve', 'trouvent', 'trouver', 'trouvé', 'voit',
  'voir', 'vu', 'vue', 'sait', 'savoir', 'su', 'passe', 'passer', 'passé', 'devenu', 'devenue', 'devenir', 'agit',
  'agissait', 'compte', 'compter', 'parle', 'parler', 'pense', 'penser', 'crois', 'croit', 'croire', 'selon', 'ya'
]

/** All the function words above, deduplicated, in code-point order. */
export const FUNCTION_WORDS: readonly string[] = [
  ...new Set([...VAGUE_NOUNS, ...TIME_WORDS, ...NUMBER_WORDS, ...GENERAL_ADJECTIVES_ADVERBS, ...FREQUENT_VERBS])
].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))

/** Fast membership test for {@link FUNCTION_WORDS}. */
export const FUNCTION_WORD_SET: ReadonlySet<string> = new Set(FUNCTION_WORDS)

/**
 * Words that may join the nouns of a keyphrase (`fin de service`,
 * `président de l’Égypte`); never first or last. Elided forms without `’`.
 */
export const KEYPHRASE_CONNECTORS: readonly string[] = ['de', 'd', 'du', 'des']

/**
 * Nouns of prepositional locutions (`dans le cadre de`, `à l’occasion de`, `au sein de`): after a
 * preposition or an article and before `de`, they carry no topic and make no keyphrase.
 */
export const LOCUTION_NOUNS: readonly string[] = ['cadre', 'occasion', 'cours', 'sein', 'suite', 'niveau', 'raison', 'lieu', 'faveur', 'terme', 'termes', 'part', 'égard', 'issue', 'instar', 'hauteur', 'insu', 'encontre', 'détriment', 'lendemain', 'veille', 'moyen', 'biais']

/**
 * Comparative adverbs (`les plus pauvres`, `deux mineurs de moins de 14 ans`), which the noun
 * lexicon also lists (`le plus`, `le moins`).
 */
export const COMPARATIVE_ADVERBS: readonly string[] = ['plus', 'moins']

/** Articles allowed right after a connector (`de la`, `de l’`). */
export const CONNECTOR_ARTICLES: readonly string[] = ['la', 'l']

/**
 * Words after which the next word is a verb form: subject and reflexive
 * pronouns, negation, auxiliaries (`il a déclaré`, `se sont réunis`).
 */
export const VERB_MARKERS: readonly string[] = [
  'je', 'j', 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'se', 's', 'ne', 'n', 'me', 'm', 'te', 't', 'a',
  'ai', 'as', 'avons', 'avez', 'ont', 'avait', 'avaient', 'aura', 'auront', 'aurait', 'auraient', 'est', 'sont',
  'était', 'étaient', 'sera', 'seront', 'serait', 'seraient', 'été', 'ayant', 'étant', 'qui', 'pour'
]
