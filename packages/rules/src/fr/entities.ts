/**
 * Clues for named entities in French text. Lowercase, NFC, apostrophe `’`.
 */

/** Titles and roles written before a person's name (`le président Macron`, `Mme Borne`). */
export const PERSON_TITLES: readonly string[] = [
  'm', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'pr', 'me', 'monsieur', 'madame', 'mademoiselle', 'docteur', 'professeur',
  'maître', 'président', 'présidente', 'ministre', 'premier ministre', 'député', 'députée', 'sénateur', 'sénatrice',
  'maire', 'gouverneur', 'gouverneure', 'représentant', 'représentante', 'porte-parole', 'directeur', 'directrice',
  'patron', 'patronne', 'fondateur', 'fondatrice', 'juge', 'général', 'générale', 'colonel', 'capitaine', 'roi',
  'reine', 'prince', 'princesse', 'pape', 'cardinal', 'évêque', 'abbé', 'saint', 'sainte', 'chancelier',
  'chancelière', 'secrétaire', 'ambassadeur', 'ambassadrice', 'entraîneur', 'sélectionneur', 'joueur', 'joueuse',
  'chanteur', 'chanteuse', 'acteur', 'actrice', 'écrivain', 'écrivaine', 'auteur', 'autrice', 'hôte', 'milliardaire',
  'candidat', 'candidate', 'dirigeant', 'dirigeante', 'opposant', 'opposante', 'leader', 'chef'
]

/** Frequent French first names: a capitalised word among these starts a person's name. */
export const FIRST_NAMES: readonly string[] = [
  'alain', 'alexandre', 'alexandria', 'alice', 'anne', 'antoine', 'arnaud', 'benoît', 'bernard', 'bruno', 'camille',
  'catherine', 'charles', 'christian', 'christine', 'christophe', 'claude', 'daniel', 'david', 'denis', 'didier',
  'dominique', 'donald', 'édouard', 'élisabeth', 'elon', 'emmanuel', 'éric', 'françois', 'françoise', 'frédéric',
  'gabriel', 'georges', 'gérard', 'hélène', 'henri', 'isabelle', 'jacques', 'jean', 'jeanne', 'jérôme', 'joe',
  'julien', 'laurent', 'louis', 'luc', 'marc', 'marie', 'marine', 'martin', 'michel', 'nathalie', 'nicolas',
  'olivier', 'patrick', 'paul', 'philippe', 'pierre', 'richard', 'robert', 'ron', 'sophie', 'stéphane', 'steven',
  'sylvie', 'thierry', 'thomas', 'valérie', 'vincent', 'xavier', 'yves'
]

/** Words that make a capitalised sequence an organisation (`Conseil d’État`, `Banque mondiale`). */
export const ORGANIZATION_WORDS: readonly string[] = [
  'agence', 'assemblée', 'association', 'autorité', 'banque', 'bureau', 'cabinet', 'centre', 'chambre', 'club',
  'comité', 'commission', 'compagnie', 'confédération', 'conseil', 'cour', 'école', 'entreprise', 'fédération',
  'fondation', 'fonds', 'gouvernement', 'groupe', 'institut', 'journal', 'ligue', 'lycée', 'ministère',
  'mouvement', 'musée', 'observatoire', 'office', 'organisation', 'parlement', 'parti', 'sénat', 'service',
  'société', 'syndicat', 'tribunal', 'union', 'université', 'inc', 'corp', 'sa', 'sas', 'ltd'
]

/** Words that make a capitalised sequence a place (`Silicon Valley`, `Mont Blanc`). */
export const PLACE_WORDS: readonly string[] = [
  'avenue', 'baie', 'boulevard', 'canal', 'cap', 'col', 'côte', 'fleuve', 'gare', 'golfe', 'île', 'îles', 'lac', 'massif',
  'mer', 'mont', 'montagne', 'océan', 'pic', 'place', 'pointe', 'pont', 'port', 'province', 'quai', 'quartier', 'région',
  'rivière', 'rue', 'square', 'val', 'vallée', 'valley', 'ville'
]

/** Prepositions that introduce a place name (`à Londres`, `en Floride`, `au Texas`). */
export const PLACE_PREPOSITIONS: readonly string[] = ['à', 'en', 'au', 'aux', 'vers', 'depuis']

/** Countries, continents, regions and large cities, as written in French (lowercase). */
export const PLACES: readonly string[] = [
  'afghanistan', 'afrique', 'algérie', 'allemagne', 'amérique', 'angleterre', 'arabie saoudite', 'argentine', 'asie',
  'australie', 'autriche', 'belgique', 'berlin', 'bordeaux', 'brésil', 'bretagne', 'bruxelles', 'californie',
  'canada', 'chine', 'corse', 'égypte', 'espagne', 'états-unis', 'europe', 'floride', 'france', 'genève', 'grèce',
  'inde', 'irak', 'iran', 'israël', 'italie', 'japon', 'lille', 'londres', 'lyon', 'madrid', 'maroc', 'marseille',
  'mexique', 'montréal', 'moscou', 'new york', 'nice', 'normandie', 'paris', 'pékin', 'pologne', 'portugal',
  'québec', 'rome', 'royaume-uni', 'russie', 'suisse', 'syrie', 'texas', 'tokyo', 'toulouse', 'tunisie', 'turquie',
  'ukraine', 'washington'
]

/** Particles inside a name (`Charles de Gaulle`, `Ludwig van Beethoven`). */
export const NAME_PARTICLES: readonly string[] = ['de', 'du', 'des', 'd', 'la', 'le', 'van', 'von', 'der', 'da', 'di', 'del', 'bin', 'ben', 'al', 'el']
