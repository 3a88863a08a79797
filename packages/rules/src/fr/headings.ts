/**
 * French subheading (intertitre) templates and the word lists the subheadings
 * stage uses to find material for them in a section: noun phrases, quotes and
 * short clauses. Core picks and fills the templates; the French is here.
 */

/** What a heading template is built from. */
export type HeadingTemplateKind = 'noun-phrase' | 'entity-noun-phrase' | 'focus-noun-phrase' | 'speaker-quote' | 'quote' | 'question'

/** One French heading template. */
export interface HeadingTemplate {
  /** Stable id, recorded in `data.generated.template`. */
  id: string
  kind: HeadingTemplateKind
  /** Determiner the noun phrase takes (`noun-phrase`, `entity-noun-phrase`). */
  determiner?: 'definite' | 'indefinite' | 'none'
  /** Question word before the inversion (`question`); none for a yes/no question. */
  interrogative?: string
  /**
   * Which clauses a question is made of: `done` (`a lancé`, `est considéré`),
   * `passive` (a bare passive: `sera évalué`; `comment` asks about nothing
   * else without guessing what the verb means), `modal` (`peut devenir`) or
   * `what` (`ce que l’avenir réserve à Twitter`).
   */
  clause?: 'done' | 'passive' | 'modal' | 'what'
  /** Words the template itself adds: exempt from the rule that a heading's words come from its section. */
  words: readonly string[]
  /** Prior preference (added to the material's score). */
  weight: number
  /** An example, for the README and the tests. */
  example: string
}

/** The templates, each usable once per article. */
export const HEADING_TEMPLATES: readonly HeadingTemplate[] = [
  {id: 'np-indefinite', kind: 'noun-phrase', determiner: 'indefinite', words: [], weight: 0.3, example: 'Un lancement retardé de près d’une demi-heure'},
  {id: 'np-definite', kind: 'noun-phrase', determiner: 'definite', words: [], weight: 0.3, example: 'Les adversaires de DeSantis'},
  {id: 'np-bare', kind: 'noun-phrase', determiner: 'none', words: [], weight: 0.1, example: 'Échec complet du lancement'},
  {id: 'entity-colon-np', kind: 'entity-noun-phrase', determiner: 'indefinite', words: [], weight: 0.2, example: 'DeSantis : une annonce retardée'},
  {id: 'focus-colon-np', kind: 'focus-noun-phrase', words: [], weight: 0.1, example: 'Athènes : la formation d’un gouvernement de coalition'},
  {id: 'speaker-quote', kind: 'speaker-quote', words: [], weight: 0.45, example: 'Jo-Ellen Pozner : « C’est bien pire pour DeSantis que pour Musk »'},
  {id: 'quote', kind: 'quote', words: [], weight: 0.35, example: '« Il y a tellement de monde »'},
  {id: 'question-why', kind: 'question', interrogative: 'pourquoi', clause: 'done', words: ['pourquoi'], weight: 0.35, example: 'Pourquoi Twitter a-t-il subi une foule de problèmes techniques ?'},
  {id: 'question-how', kind: 'question', interrogative: 'comment', clause: 'passive', words: ['comment'], weight: 0.25, example: 'Comment Twitter sera-t-il évalué ?'},
  {id: 'question-what', kind: 'question', interrogative: 'que', clause: 'what', words: ['que'], weight: 0.4, example: 'Que réserve l’avenir à Twitter ?'},
  {id: 'question-yes-no', kind: 'question', clause: 'modal', words: [], weight: 0.35, example: 'La plate-forme peut-elle devenir une destination de choix ?'}
]

/** Auxiliaries of a finished action or a state, followed by a past participle (`a lancé`, `est considéré`, `sera évalué`). */
export const HEADING_DONE_AUXILIARIES: readonly string[] = ['a', 'ont', 'est', 'sont', 'sera', 'seront', 'était', 'étaient', 'avait', 'avaient']

/** Auxiliaries that take a passive participle, whose question needs no object (`Comment Twitter sera-t-il évalué ?`). */
export const HEADING_PASSIVE_AUXILIARIES: readonly string[] = ['est', 'sont', 'sera', 'seront', 'était', 'étaient']

/** Modal verbs followed by an infinitive (`peut devenir`). */
export const HEADING_MODAL_VERBS: readonly string[] = ['peut', 'peuvent', 'pourrait', 'pourraient', 'va', 'vont', 'doit', 'doivent', 'veut', 'veulent', 'devrait', 'devraient']

/** Adverbs that may stand between an auxiliary and its participle or infinitive. */
export const HEADING_MIDDLE_ADVERBS: readonly string[] = ['souvent', 'déjà', 'encore', 'toujours', 'vraiment', 'finalement', 'simplement', 'parfois', 'rarement', 'enfin', 'aussi']

/** Words after which a clause's subject may start (besides the start of a sentence and a comma). */
export const HEADING_SUBJECT_OPENERS: readonly string[] = ['si', 'que', 'qu’', 'mais', 'et', 'donc', 'car', 'dont', 'lorsque', 'quand', 'puisque']

/** Prepositions that join a complement to a noun phrase (`une première historique pour Twitter`). */
export const HEADING_COMPLEMENT_PREPOSITIONS: readonly string[] = ['de', 'd’', 'du', 'des', 'pour', 'sur', 'contre', 'entre']

/** Prepositions an adjective may govern: a phrase ending in an adjective before one of them is unfinished (`inférieur à`). */
export const HEADING_GOVERNED_PREPOSITIONS: readonly string[] = ['à', 'au', 'aux', 'de', 'd’', 'du', 'des']

/** Nouns that cannot head a heading: they only locate another noun (`le sud du Kouzbass`, `la suite des changements`). */
export const HEADING_WEAK_HEADS: readonly string[] = ['nord', 'sud', 'est', 'ouest', 'centre', 'milieu', 'début', 'fin', 'suite', 'reste', 'partie', 'côté', 'cours', 'lors', 'face', 'cadre', 'sein', 'part', 'ensemble', 'plupart']

/** Endings of feminine participles and adjectives: they cannot follow a masculine noun (`le gouvernement malien multiplie`). */
export const FEMININE_ADJECTIVE_ENDING = /(?:ée|ées|ie|ies|(?<!q)ue|(?<!q)ues|ite|ites|ise|ises|erte|ertes|elle|elles|euse|euses|ive|ives|ienne|iennes)$/u

/** Words that open a noun phrase. */
export const HEADING_DETERMINERS: readonly string[] = [
  'le', 'la', 'l’', 'les', 'un', 'une', 'des', 'du', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs',
  'tout', 'toute', 'tous', 'toutes', 'chaque', 'plusieurs', 'quelques', 'aucun', 'aucune'
]

/** Adjectives that stand before the noun (`une grande vision`, `de nouveaux produits`). */
export const PRENOMINAL_ADJECTIVES: readonly string[] = [
  'grand', 'grande', 'grands', 'grandes', 'petit', 'petite', 'petits', 'petites', 'nouveau', 'nouvel', 'nouvelle', 'nouveaux', 'nouvelles',
  'premier', 'première', 'premiers', 'premières', 'dernier', 'dernière', 'derniers', 'dernières', 'bon', 'bonne', 'bons', 'bonnes',
  'mauvais', 'mauvaise', 'mauvaises', 'autre', 'autres', 'seul', 'seule', 'seuls', 'seules', 'vrai', 'vraie', 'vrais', 'vraies',
  'gros', 'grosse', 'grosses', 'haut', 'haute', 'hauts', 'hautes', 'jeune', 'jeunes', 'vieux', 'vieil', 'vieille', 'vieilles',
  'beau', 'bel', 'belle', 'beaux', 'belles', 'long', 'longue', 'longs', 'longues', 'large', 'larges', 'ancien', 'ancienne',
  'anciens', 'anciennes', 'véritable', 'véritables', 'simple', 'simples', 'double', 'doubles'
]

/** Endings of adjectives and past participles that may follow a noun (`techniques`, `retardée`). */
export const POSTNOMINAL_ADJECTIVE_ENDING =
  /(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|al|ale|aux|ales|el|elle|els|elles|ique|iques|ien|ienne|iens|iennes|ais|aise|aises|if|ive|ifs|ives|aire|aires|eux|euse|euses|ant|ante|ants|antes|ible|ibles|able|ables|iste|istes|ier|ière|iers|ières|ain|aine|ains|aines|ert|erte|erts|ertes|in|ine|ins|ines|lique|liques|eur|eure|eurs|eures|ard|arde|ards|ardes|plet|plets|cret|crets|quiet|quiets|muet|muets|ète|ètes)$/u

/** Endings of a past participle (`subi`, `considéré`, `pris`, `ouvert`). */
export const PAST_PARTICIPLE_ENDING = /(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|erts|ertes|int|inte|ints|intes)$/u

/** Endings of an infinitive (`devenir`, `lancer`, `prendre`). */
export const INFINITIVE_ENDING = /(?:er|ir|re|oir)$/u

/** Words that open a `ce que …` clause, the material of a `Que … ?` question. */
export const WHAT_CLAUSE_OPENERS: readonly string[] = ['que', 'qu’']

/** Verbs of saying that tie a quote to its speaker (`a déclaré X`, `selon X`). */
export const HEADING_SPEECH_VERBS: readonly string[] = ['déclaré', 'dit', 'affirmé', 'expliqué', 'ajouté', 'tweeté', 'plaisanté', 'estimé', 'souligné', 'indiqué', 'assuré', 'lancé', 'confié', 'répondu', 'selon']

/** Shortest and longest quote, in words, that makes a heading. */
export const HEADING_QUOTE_WORDS = {min: 3, max: 10} as const

/**
 * French typography of headings: a narrow no-break space (U+202F) before `?`,
 * a no-break space (U+00A0) before `:` and inside guillemets.
 */
export const HEADING_PUNCTUATION = {
  question: '\u202F?',
  colon: '\u00A0: ',
  openQuote: '«\u00A0',
  closeQuote: '\u00A0»'
} as const

/** Words with an adjective's ending that are not adjectives after a noun (`quant à`, `en tant que`). */
export const NOT_ADJECTIVES: readonly string[] = ['quant', 'tant', 'avant', 'pendant', 'durant', 'maintenant', 'cependant', 'autant', 'devant', 'suivant', 'ici', 'aussi', 'ainsi', 'parmi', 'depuis', 'puis', 'lui', 'celui', 'aujourd’hui', 'jusqu’ici', 'environ', 'bien', 'moins', 'plus', 'ensuite', 'désormais', 'jamais', 'mais', 'assez', 'près', 'après', 'toujours', 'ailleurs', 'dessous', 'dessus', 'alors', 'parfois', 'souvent', 'aussitôt', 'sitôt', 'tantôt', 'voici', 'voilà', 'vis-à-vis', 'quasi', 'ni', 'si', 'malgré', 'plusieurs', 'selon', 'hormis', 'parmi']

/** Endings of conjugated verbs that look like adjectives (`plafonnait`, `essayaient`). */
export const CONJUGATED_VERB_ENDING = /(?:ait|aient|èrent|ions|iez|ont|ent)$/u

/**
 * Nouns too vague or too circumstantial to carry a heading (days, moments,
 * `fois`, `façon`): they weigh nothing, and a complement made of one of them
 * (`la campagne de mercredi`) is left out.
 */
export const HEADING_WEAK_NOUNS: readonly string[] = [
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'matin', 'soir', 'nuit', 'jour', 'jours', 'journée',
  'semaine', 'semaines', 'mois', 'an', 'ans', 'année', 'années', 'heure', 'heures', 'minute', 'minutes', 'fois', 'temps', 'moment',
  'façon', 'manière', 'chose', 'choses', 'exemple', 'cas', 'part', 'sorte', 'genre', 'type', 'fait', 'peine', 'prochain', 'prochaine',
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'automne', 'hiver', 'printemps', 'été'
]

/** Determiners of a definite (known, named) noun phrase: its heading keeps a definite article. */
export const DEFINITE_DETERMINERS: readonly string[] = ['le', 'la', 'l’', 'les', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'du']

/** Determiners of an indefinite noun phrase: its heading keeps an indefinite article. */
export const INDEFINITE_DETERMINERS: readonly string[] = ['un', 'une', 'des']
