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

/**
 * Common nouns that name people or a body of people (singular, lowercase; feminine forms listed
 * when they differ): a subject headed by one is asked about with « Qui … ? ». Titles
 * ({@link PERSON_TITLES}) count too.
 */
export const PERSON_NOUNS: readonly string[] = [
  'personne', 'gens', 'homme', 'femme', 'enfant', 'adolescent', 'adolescente', 'jeune', 'bébé', 'habitant', 'habitante',
  'citoyen', 'citoyenne', 'électeur', 'électrice', 'témoin', 'victime', 'blessé', 'blessée', 'passager', 'passagère',
  'touriste', 'visiteur', 'visiteuse', 'spectateur', 'spectatrice', 'supporter', 'supporteur', 'public', 'foule',
  'responsable', 'militant', 'militante', 'manifestant', 'manifestante', 'partisan', 'partisane', 'opposant', 'opposante',
  'rebelle', 'insurgé', 'insurgée', 'combattant', 'combattante', 'soldat', 'militaire', 'officier', 'policier',
  'policière', 'gendarme', 'pompier', 'secouriste', 'sauveteur', 'médecin', 'infirmier', 'infirmière', 'chirurgien',
  'chirurgienne', 'chercheur', 'chercheuse', 'scientifique', 'savant', 'expert', 'experte', 'spécialiste', 'ingénieur',
  'ingénieure', 'technicien', 'technicienne', 'enseignant', 'enseignante', 'professeur', 'professeure', 'élève',
  'étudiant', 'étudiante', 'lycéen', 'lycéenne', 'collégien', 'collégienne', 'journaliste', 'reporter', 'photographe',
  'salarié', 'salariée', 'employé', 'employée', 'ouvrier', 'ouvrière', 'travailleur', 'travailleuse', 'agriculteur',
  'agricultrice', 'paysan', 'paysanne', 'pêcheur', 'commerçant', 'commerçante', 'patron', 'entrepreneur', 'investisseur',
  'actionnaire', 'consommateur', 'consommatrice', 'client', 'cliente', 'utilisateur', 'utilisatrice', 'internaute',
  'abonné', 'abonnée', 'lecteur', 'lectrice', 'auditeur', 'auditrice', 'participant', 'participante', 'organisateur',
  'organisatrice', 'bénévole', 'membre', 'élu', 'élue', 'parlementaire', 'diplomate', 'magistrat', 'magistrate',
  'avocat', 'avocate', 'procureur', 'procureure', 'enquêteur', 'enquêtrice', 'suspect', 'suspecte', 'accusé', 'accusée',
  'prévenu', 'prévenue', 'détenu', 'détenue', 'prisonnier', 'prisonnière', 'otage', 'réfugié', 'réfugiée', 'migrant',
  'migrante', 'marin', 'navigateur', 'navigatrice', 'skipper', 'pilote', 'astronaute', 'cosmonaute', 'athlète', 'sportif',
  'sportive', 'coureur', 'coureuse', 'cycliste', 'nageur', 'nageuse', 'artiste', 'musicien', 'musicienne', 'peintre',
  'sculpteur', 'romancier', 'romancière', 'poète', 'cinéaste', 'réalisateur', 'réalisatrice', 'découvreur', 'découvreuse',
  'inventeur', 'inventrice', 'historien', 'historienne', 'archéologue', 'mathématicien', 'mathématicienne', 'juif', 'juive',
  'chrétien', 'chrétienne', 'musulman', 'musulmane', 'catholique', 'protestant', 'protestante', 'fidèle', 'islamiste',
  'autonomiste', 'indépendantiste', 'séparatiste', 'terroriste', 'djihadiste', 'extrémiste', 'syndicaliste', 'gréviste',
  'écologiste', 'socialiste', 'républicain', 'républicaine', 'démocrate', 'conservateur', 'conservatrice', 'libéral',
  'libérale', 'vainqueur', 'gagnant', 'gagnante', 'perdant', 'perdante', 'héritier', 'héritière', 'famille', 'proche',
  'parent', 'père', 'mère', 'fils', 'fille', 'frère', 'sœur', 'ami', 'amie', 'voisin', 'voisine', 'population',
  'police', 'gendarmerie', 'armée', 'justice', 'direction', 'équipe', 'entraîneur', 'entraineur', 'bâtonnier'
]

/** Frequent French first names: a capitalised word among these starts a person's name. */
export const FIRST_NAMES: readonly string[] = [
  'alain', 'alexandre', 'alexandria', 'alice', 'anne', 'antoine', 'arnaud', 'benoît', 'bernard', 'bruno', 'camille',
  'catherine', 'charles', 'christian', 'christine', 'christophe', 'claude', 'daniel', 'david', 'denis', 'didier',
  'dominique', 'donald', 'édouard', 'élisabeth', 'elon', 'emmanuel', 'éric', 'françois', 'françoise', 'frédéric',
  'gabriel', 'georges', 'gérard', 'hélène', 'henri', 'isabelle', 'jacques', 'jean', 'jeanne', 'jérôme', 'joe',
  'julien', 'laurent', 'louis', 'luc', 'marc', 'marie', 'marine', 'martin', 'michel', 'nathalie', 'nicolas',
  'olivier', 'patrick', 'paul', 'philippe', 'pierre', 'richard', 'robert', 'ron', 'sophie', 'stéphane', 'steven',
  'sylvie', 'thierry', 'thomas', 'valérie', 'vincent', 'xavier', 'yves',
  'adrien', 'agnès', 'armel', 'aurélie', 'aurélien', 'benjamin', 'bertrand', 'brigitte', 'cécile', 'céline', 'chantal',
  'clément', 'corinne', 'cyril', 'damien', 'delphine', 'élodie', 'émilie', 'fabien', 'fabrice', 'florian', 'franck',
  'gilles', 'guillaume', 'hervé', 'hugo', 'jacqueline', 'jean-claude', 'jean-françois', 'jean-louis', 'jean-luc',
  'jean-marc', 'jean-marie', 'jean-michel', 'jean-paul', 'jean-pierre', 'jean-yves', 'joël', 'julie', 'karine', 'laurence',
  'lionel', 'loïc', 'lucas', 'manuel', 'marcel', 'martine', 'mathieu', 'matthieu', 'maxime', 'monique', 'nadine',
  'pascal', 'pascale', 'patricia', 'raymond', 'régis', 'rémi', 'renaud', 'roger', 'romain', 'sandrine', 'sébastien',
  'serge', 'simon', 'stéphanie', 'sylvain', 'valentin', 'véronique', 'yann', 'yannick', 'yvan',
  'anne-marie', 'aurore', 'bernadette', 'cédric', 'charlotte', 'chloé', 'christiane', 'claire', 'emma', 'francine',
  'gaël', 'inès', 'jean-baptiste', 'jean-jacques', 'jean-noël', 'jean-philippe', 'laure', 'léa', 'manon', 'marie-christine',
  'marie-france', 'mathilde', 'najat', 'patrice', 'pierre-yves', 'rachida', 'roch', 'roselyne', 'ségolène', 'valéry',
  // Names of the wider world that French news writes often.
  'abdallah', 'abdel', 'abdelaziz', 'abdelkader', 'abdullah', 'ahmad', 'ahmed', 'aïcha', 'akli', 'alassane', 'amadou',
  'amina', 'ashraf', 'bachar', 'bachir', 'boubacar', 'cheikh', 'farid', 'fatima', 'fatoumata', 'hamid', 'hassan',
  'hosni', 'hussein', 'ibrahim', 'ibrahima', 'idriss', 'ismaïl', 'karim', 'khaled', 'khalil', 'leïla', 'mahmoud',
  'mamadou', 'mohamed', 'mohammad', 'mohammed', 'mouammar', 'moussa', 'moustapha', 'muhammad', 'mustafa', 'nabil',
  'nadia', 'nadim', 'omar', 'oumar', 'ousmane', 'rachid', 'recep', 'saïd', 'salah', 'samir', 'tarek', 'walid',
  'youssef', 'alejandro', 'alessandro', 'álvaro', 'ana', 'andrés', 'antoni', 'antonio', 'carlos', 'carmen', 'cristina',
  'diego', 'dilma', 'enrico', 'enrique', 'evo', 'felipe', 'fernando', 'francesco', 'francisco', 'giorgio', 'giuseppe',
  'gustavo', 'javier', 'jorge', 'josé', 'juan', 'luca', 'luis', 'mariano', 'mario', 'marco', 'massimo', 'matteo',
  'miguel', 'pablo', 'paolo', 'pedro', 'rafael', 'raúl', 'ricardo', 'roberto', 'sergio', 'silvio', 'andrew', 'andy',
  'barack', 'barbara', 'bill', 'chris', 'christopher', 'davy', 'edward', 'elizabeth', 'george', 'gordon', 'harry',
  'henry', 'hillary', 'jack', 'james', 'jeff', 'jennifer', 'jesse', 'joey', 'john', 'joseph', 'kamala', 'kate', 'kevin',
  'mark', 'mary', 'matthew', 'michael', 'mike', 'mitt', 'nancy', 'nelson', 'novak', 'peter', 'ryan', 'sarah', 'serena',
  'steve', 'susan', 'theresa', 'tim', 'tom', 'tony', 'troy', 'venus', 'william', 'angela', 'anders', 'erik', 'frank-walter',
  'gerhard', 'hans', 'helmut', 'horst', 'jens', 'jochen', 'joachim', 'jürgen', 'klaus', 'lars', 'olaf', 'ole', 'stefan',
  'sven', 'ursula', 'wolfgang', 'agnieszka', 'aleksandar', 'alexei', 'alexeï', 'alexis', 'andreas', 'andreï', 'antonis',
  'boris', 'christos', 'dimitris', 'dmitri', 'evangelos', 'goran', 'igor', 'ivan', 'kostas', 'lech', 'mikhaïl', 'nikos',
  'panos', 'sergueï', 'slobodan', 'vassilis', 'viktor', 'vladimir', 'volodymyr', 'zlatko', 'aung', 'benazir', 'imran',
  'joko', 'kim', 'manmohan', 'narendra', 'nawaz', 'rahul', 'shinzo', 'thaksin', 'yingluck', 'kofi', 'jacob'
]

/** Words that make a capitalised sequence an organisation (`Conseil d’État`, `Banque mondiale`). */
export const ORGANIZATION_WORDS: readonly string[] = [
  'agence', 'assemblée', 'association', 'autorité', 'banque', 'bureau', 'cabinet', 'centre', 'chambre', 'club',
  'comité', 'commission', 'compagnie', 'confédération', 'conseil', 'cour', 'école', 'entreprise', 'fédération',
  'fondation', 'fonds', 'gouvernement', 'groupe', 'institut', 'journal', 'ligue', 'lycée', 'ministère',
  'mouvement', 'musée', 'observatoire', 'office', 'organisation', 'parlement', 'parti', 'sénat', 'service',
  'société', 'syndicat', 'tribunal', 'union', 'université', 'inc', 'corp', 'sa', 'sas', 'ltd'
]

/**
 * Heads of the names of institutions, written with a capital after an article
 * (`la Cour constitutionnelle`, `le Parlement européen`, `l’Union européenne`).
 */
export const INSTITUTION_HEADS: readonly string[] = [
  'agence', 'assemblée', 'autorité', 'banque', 'chambre', 'comité', 'commission', 'confédération', 'congrès', 'conseil',
  'cour', 'fédération', 'fondation', 'gouvernement', 'institut', 'ministère', 'office', 'organisation', 'parlement',
  'parti', 'sénat', 'tribunal', 'union', 'université'
]

/** Institutions named by their head alone (`le Sénat`, `le gouvernement`). */
export const INSTITUTIONS_ALONE: readonly string[] = ['congrès', 'gouvernement', 'parlement', 'sénat']

/**
 * Offices and bodies written in lower case, named with a capitalised complement
 * (`le ministre de la Défense`, `le président de la République`).
 */
export const OFFICES: readonly string[] = [
  'chancelier', 'chancelière', 'gouvernement', 'ministre', 'ministère', 'parlement', 'président', 'présidente', 'procureur',
  'procureure', 'secrétaire'
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
  'ukraine', 'washington', 'birmanie', 'croatie', 'indonésie', 'libye', 'mali', 'nigeria', 'niger', 'sénégal', 'liban',
  'pakistan', 'venezuela', 'colombie', 'chili', 'pérou', 'irlande', 'pays-bas', 'suède', 'norvège', 'danemark',
  'hongrie', 'roumanie', 'serbie', 'palestine', 'cambodge', 'vietnam', 'thaïlande', 'philippines',
  'afrique du sud', 'nouvelle-zélande', 'somalie', 'soudan', 'éthiopie', 'kenya', 'cameroun', 'congo', 'haïti', 'cuba',
  'ohio', 'virginie', 'pennsylvanie', 'michigan', 'wisconsin', 'iowa', 'nevada', 'colorado', 'arizona'
]

/**
 * The article a place of {@link PLACES} takes (`l’Allemagne`, `le Mali`); cities
 * and places whose article depends on what is meant (`Québec`) take none here.
 */
export const PLACE_ARTICLES: Readonly<Record<string, 'le' | 'la' | 'les' | 'l’'>> = {
  afghanistan: 'l’', afrique: 'l’', 'afrique du sud': 'l’', algérie: 'l’', allemagne: 'l’', amérique: 'l’', angleterre: 'l’',
  'arabie saoudite': 'l’', argentine: 'l’', asie: 'l’', australie: 'l’', autriche: 'l’', belgique: 'la', birmanie: 'la',
  brésil: 'le', bretagne: 'la', californie: 'la', cambodge: 'le', cameroun: 'le', canada: 'le', chili: 'le', chine: 'la',
  colombie: 'la', congo: 'le', corse: 'la', croatie: 'la', danemark: 'le', égypte: 'l’', espagne: 'l’', 'états-unis': 'les',
  éthiopie: 'l’', europe: 'l’', floride: 'la', france: 'la', grèce: 'la', hongrie: 'la', inde: 'l’', indonésie: 'l’',
  irak: 'l’', iran: 'l’', irlande: 'l’', italie: 'l’', japon: 'le', kenya: 'le', liban: 'le', libye: 'la', mali: 'le',
  maroc: 'le', mexique: 'le', niger: 'le', nigeria: 'le', normandie: 'la', norvège: 'la', 'nouvelle-zélande': 'la',
  pakistan: 'le', palestine: 'la', 'pays-bas': 'les', pérou: 'le', philippines: 'les', pologne: 'la', portugal: 'le',
  roumanie: 'la', 'royaume-uni': 'le', russie: 'la', sénégal: 'le', serbie: 'la', somalie: 'la', soudan: 'le', suède: 'la',
  suisse: 'la', syrie: 'la', texas: 'le', thaïlande: 'la', tunisie: 'la', turquie: 'la', ukraine: 'l’', venezuela: 'le',
  vietnam: 'le', ohio: 'l’', virginie: 'la', pennsylvanie: 'la', michigan: 'le', wisconsin: 'le', iowa: 'l’', nevada: 'le',
  colorado: 'le', arizona: 'l’'
}

/** Particles inside a name (`Charles de Gaulle`, `Ludwig van Beethoven`). */
export const NAME_PARTICLES: readonly string[] = ['de', 'du', 'des', 'd', 'la', 'le', 'van', 'von', 'der', 'da', 'di', 'del', 'bin', 'ben', 'al', 'el']
