/**
 * French grammar tables used by `@titraille/core`'s grammar module: the
 * determiners, elisions, contractions, pronouns and clitics that generated
 * text needs. Mechanism (which form to pick) lives in core; the words live here.
 */

/** Grammatical gender: masculine or feminine. */
export type Gender = 'M' | 'F'
/** Grammatical number: singular or plural. */
export type GrammaticalNumber = 'S' | 'P'

/** The euphonic `t` of an inverted question (`a-t-il`, `va-t-elle`). */
export const EUPHONIC_T = 't'

/** Kinds of determiner the grammar module can put before a noun. */
export type DeterminerKind = 'definite' | 'indefinite' | 'demonstrative' | 'possessive'

/** A determiner's forms: singular by gender, then the plural; `elided` before a vowel sound. */
export interface DeterminerForms {
  M: string
  F: string
  P: string
  /** Singular forms before a vowel or mute h, when they differ (`l’`, `cet`, `son`). */
  beforeVowel?: Readonly<Record<Gender, string>>
}

/**
 * Determiners by kind. Possessive is the third person singular owner
 * (`son`, `sa`, `ses`); a plural owner is in {@link POSSESSIVE_PLURAL_OWNER}.
 */
export const DETERMINERS: Readonly<Record<DeterminerKind, DeterminerForms>> = {
  definite: {M: 'le', F: 'la', P: 'les', beforeVowel: {M: 'l’', F: 'l’'}},
  indefinite: {M: 'un', F: 'une', P: 'des'},
  demonstrative: {M: 'ce', F: 'cette', P: 'ces', beforeVowel: {M: 'cet', F: 'cette'}},
  possessive: {M: 'son', F: 'sa', P: 'ses', beforeVowel: {M: 'son', F: 'son'}}
}

/** Possessive determiners of a plural owner (`leur`, `leurs`). */
export const POSSESSIVE_PLURAL_OWNER: Readonly<DeterminerForms> = {M: 'leur', F: 'leur', P: 'leurs'}

/**
 * Determiners a noun phrase may start with, and the gender / number they
 * show (`null` when they do not tell).
 */
export const DETERMINER_AGREEMENT: Readonly<Record<string, {gender: Gender | null; number: GrammaticalNumber}>> = {
  le: {gender: 'M', number: 'S'},
  la: {gender: 'F', number: 'S'},
  'l’': {gender: null, number: 'S'},
  les: {gender: null, number: 'P'},
  un: {gender: 'M', number: 'S'},
  une: {gender: 'F', number: 'S'},
  des: {gender: null, number: 'P'},
  du: {gender: 'M', number: 'S'},
  ce: {gender: 'M', number: 'S'},
  cet: {gender: 'M', number: 'S'},
  cette: {gender: 'F', number: 'S'},
  ces: {gender: null, number: 'P'},
  son: {gender: null, number: 'S'},
  sa: {gender: 'F', number: 'S'},
  ses: {gender: null, number: 'P'},
  leur: {gender: null, number: 'S'},
  leurs: {gender: null, number: 'P'}
}

/** Indefinite plural before an adjective (`de nouveaux produits`). */
export const INDEFINITE_PLURAL_BEFORE_ADJECTIVE = 'de'

/**
 * Words that lose their final vowel before a vowel sound, with their elided
 * form. `si` only elides before `il` / `ils` (see {@link SI_ELIDES_BEFORE}).
 */
export const ELISIONS: Readonly<Record<string, string>> = {
  le: 'l’',
  la: 'l’',
  de: 'd’',
  que: 'qu’',
  je: 'j’',
  me: 'm’',
  te: 't’',
  se: 's’',
  ne: 'n’',
  ce: 'c’',
  jusque: 'jusqu’',
  lorsque: 'lorsqu’',
  puisque: 'puisqu’',
  quoique: 'quoiqu’',
  si: 's’'
}

/** The only words `si` elides before. */
export const SI_ELIDES_BEFORE: readonly string[] = ['il', 'ils']

/** `ce` elides only before forms of `être` (`c’est`, `c’était`) and `en` (`c’en est trop`). */
export const CE_ELIDES_BEFORE: readonly string[] = ['est', 'était', 'étaient', 'eut', 'eût', 'en']

/**
 * Preposition + definite article contractions (`de le` → `du`). The
 * indefinite `des` after `de` becomes `de` (`beaucoup de problèmes`).
 */
export const CONTRACTIONS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  de: {le: 'du', les: 'des', des: 'de'},
  à: {le: 'au', les: 'aux'}
}

/** Words starting with a vowel or a mute-looking h that do not elide (besides french-contractions' own list): `de Halloween`. */
export const NO_ELISION: readonly string[] = ['onze', 'onzième', 'oui', 'ouistiti', 'yacht', 'yaourt', 'yoga', 'yéti', 'uhlan', 'halloween']

/** Words whose elision french-contractions misses (`l’œuvre`). */
export const FORCE_ELISION: readonly string[] = ['œuvre', 'œil', 'œuf', 'œillet', 'œsophage', 'œcuménisme', 'œnologie', 'ædème']

/** Third-person subject pronouns by gender and number, for question inversion. */
export const SUBJECT_PRONOUNS: Readonly<Record<Gender, Readonly<Record<GrammaticalNumber, string>>>> = {
  M: {S: 'il', P: 'ils'},
  F: {S: 'elle', P: 'elles'}
}

/**
 * Third-person plural verb forms and their singular, for the forms no ending rule gives
 * (`ils ont volé` → `qui a volé`); the imperfect and conditional (`-aient` → `-ait`), the future
 * (`-ront` → `-ra`) and the present of verbs in `-er` (`demandent` → `demande`) follow rules.
 */
export const THIRD_PLURAL_SINGULAR: Readonly<Record<string, string>> = {
  ont: 'a', sont: 'est', vont: 'va', font: 'fait', doivent: 'doit', peuvent: 'peut', veulent: 'veut', savent: 'sait',
  viennent: 'vient', deviennent: 'devient', reviennent: 'revient', tiennent: 'tient', obtiennent: 'obtient',
  maintiennent: 'maintient', soutiennent: 'soutient', prennent: 'prend', comprennent: 'comprend', reprennent: 'reprend',
  apprennent: 'apprend', mettent: 'met', permettent: 'permet', promettent: 'promet', disent: 'dit', lisent: 'lit',
  écrivent: 'écrit', décrivent: 'décrit', voient: 'voit', croient: 'croit', reçoivent: 'reçoit', perçoivent: 'perçoit',
  partent: 'part', sortent: 'sort', sentent: 'sent', dorment: 'dort', servent: 'sert', suivent: 'suit', vivent: 'vit',
  connaissent: 'connaît', reconnaissent: 'reconnaît', paraissent: 'paraît', apparaissent: 'apparaît',
  disparaissent: 'disparaît', naissent: 'naît', meurent: 'meurt', courent: 'court', ouvrent: 'ouvre', offrent: 'offre',
  souffrent: 'souffre', couvrent: 'couvre', découvrent: 'découvre', rendent: 'rend', attendent: 'attend',
  entendent: 'entend', répondent: 'répond', vendent: 'vend', perdent: 'perd', défendent: 'défend', descendent: 'descend',
  dépendent: 'dépend', finissent: 'finit', choisissent: 'choisit', réussissent: 'réussit', agissent: 'agit',
  réagissent: 'réagit', établissent: 'établit', fournissent: 'fournit', réunissent: 'réunit', saisissent: 'saisit',
  construisent: 'construit', produisent: 'produit', conduisent: 'conduit', réduisent: 'réduit', traduisent: 'traduit',
  craignent: 'craint', plaignent: 'plaint', rejoignent: 'rejoint', atteignent: 'atteint', battent: 'bat',
  combattent: 'combat', boivent: 'boit', valent: 'vaut', fuient: 'fuit', concluent: 'conclut', incluent: 'inclut'
}

/** Personal subject pronouns: a subject that is one of these inverts simply (`va-t-il`). */
export const PERSONAL_PRONOUNS: readonly string[] = ['je', 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles']

/** Clitics that stay before the inverted verb (`Pourquoi ne se connecte-t-il pas`). */
export const PREVERBAL_CLITICS: readonly string[] = [
  'ne', 'n’', 'se', 's’', 'me', 'm’', 'te', 't’', 'le', 'la', 'les', 'l’', 'lui', 'leur', 'y', 'en', 'nous', 'vous'
]

/**
 * Interrogative words after which a noun subject cannot be taken up by a
 * pronoun: `que` asks for stylistic inversion (`Que devient Twitter ?`).
 */
export const STYLISTIC_INVERSION_AFTER: readonly string[] = ['que', 'qu’']

/**
 * Noun endings and the gender they usually carry, longest first; used only
 * when the Lefff lexicon does not know a noun.
 */
export const GENDER_BY_ENDING: readonly (readonly [string, Gender])[] = [
  ['ement', 'M'],
  ['ment', 'M'],
  ['tion', 'F'],
  ['sion', 'F'],
  ['isme', 'M'],
  ['ence', 'F'],
  ['ance', 'F'],
  ['ette', 'F'],
  ['euse', 'F'],
  ['rice', 'F'],
  ['ure', 'F'],
  ['ade', 'F'],
  ['age', 'M'],
  ['eau', 'M'],
  ['eur', 'M'],
  ['oir', 'M'],
  ['ier', 'M'],
  ['ail', 'M'],
  ['té', 'F'],
  ['ie', 'F'],
  ['ise', 'F'],
  ['et', 'M']
]

/** Gender of nouns the Lefff lexicon lacks or gets wrong for news text. */
export const NOUN_GENDERS: Readonly<Record<string, Gender>> = {
  espace: 'M',
  tweet: 'M',
  podcast: 'M',
  streaming: 'M',
  smartphone: 'M',
  start: 'F',
  'start-up': 'F',
  startup: 'F',
  newsletter: 'F',
  app: 'F',
  plateforme: 'F',
  'plate-forme': 'F',
  milliard: 'M',
  million: 'M',
  // Missing from the Lefff list.
  voix: 'F',
  croix: 'F',
  noix: 'F'
}

/**
 * Nouns of both genders (`le` or `la journaliste`), which the Lefff gender list leaves out: without
 * them `journaliste`, `responsable` or `contribuables` would not read as nouns. Masculine unless a
 * determiner says otherwise.
 */
export const EPICENE_NOUNS: readonly string[] = [
  'activiste', 'adulte', 'adversaire', 'analyste', 'archéologue', 'architecte', 'artiste', 'astronaute', 'athlète',
  'biologiste', 'bénévole', 'camarade', 'collègue', 'commissaire', 'complice', 'concierge', 'contribuable', 'cycliste',
  'démocrate', 'dentiste', 'diplomate', 'économiste', 'élève', 'enfant', 'fonctionnaire', 'géographe', 'guide',
  'internaute', 'interprète', 'journaliste', 'juriste', 'libraire', 'locataire', 'notaire',
  'otage', 'partenaire', 'philosophe', 'photographe', 'pilote', 'propriétaire', 'psychologue', 'responsable',
  'scientifique', 'secrétaire', 'sociologue', 'spécialiste', 'stagiaire', 'touriste', 'vétérinaire', 'volontaire'
]

/** Nouns that are the same in both numbers (`le prix`, `les prix`). */
export const INVARIABLE_NOUNS: readonly string[] = ['prix', 'temps', 'fois', 'pays', 'mois', 'corps', 'avis', 'choix', 'poids', 'virus', 'bus', 'gaz', 'nez', 'voix', 'croix', 'discours', 'cours', 'succès', 'accès', 'procès', 'progrès', 'propos', 'dos', 'bras', 'repas']
