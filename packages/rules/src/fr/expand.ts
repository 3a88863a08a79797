/**
 * Templates of the expand stage: the French sentences Titraille wraps around
 * material taken from the article (noun phrases, names, roles, numbers,
 * dates, quotations). A template never carries a fact of its own: every name,
 * number and claim comes from a slot filled with the article's own words.
 *
 * Slots: `{name}` is replaced as is; `{de:name}` and `{à:name}` put the
 * preposition before it with elision and contraction (`de le lanceur` →
 * `du lanceur`, `à les skippers` → `aux skippers`, `de Alexandria` →
 * `d’Alexandria`); `{en:name}` puts the preposition of place before a
 * place (`en France`, `au Mali`, `aux États-Unis`, `à Montréal`). The first letter of a sentence is capitalised by core.
 * Spaces before `: ; ! ? »` and after `«` are made non-breaking by core.
 *
 * Every template has an id, unique across this file (a test checks it): the
 * planner uses an id at most once per article.
 */

/** One sentence template. */
export interface ExpandTemplate {
  readonly id: string
  readonly text: string
}

/** A question and its answer, used together. */
export interface FaqTemplate {
  readonly id: string
  readonly question: string
  readonly answer: string
}

/** Headings of the sections the expand stage adds; also how it recognises them on a second run. */
export const EXPAND_HEADINGS = {
  keyFigures: 'Les chiffres clés',
  quotes: 'Ce qu’ils ont dit',
  /** Over the words of one speaker. Slot: speaker. */
  quotesOne: 'La parole {à:speaker}',
  faq: 'Questions fréquentes',
  conclusion: ['En résumé', 'À retenir'],
  actors: 'Les acteurs',
  chronology: 'Chronologie',
  keyPoints: 'Les points clés',
  glossary: 'Les mots-clés',
  guide: 'Le fil de l’article'
} as const

/**
 * Headings that carry the focus keyphrase, used for some of the generated
 * sections so that the keyphrase appears in 30–75 % of the subheadings.
 * Slot: focus (with its determiner). A second run recognises them by
 * {@link EXPAND_HEADING_PATTERNS}.
 */
export const EXPAND_FOCUS_HEADINGS: Readonly<Record<'faq' | 'keyFigures' | 'conclusion' | 'chronology', string>> = {
  faq: 'Questions fréquentes sur {focus}',
  keyFigures: '{focus} : les chiffres clés',
  conclusion: '{focus} : ce qu’il faut retenir',
  chronology: 'Chronologie {de:focus}'
}

/** How a second run recognises a generated heading, whatever its variant (lowercase, `’`). */
export const EXPAND_HEADING_PATTERNS: readonly string[] = [
  '^les chiffres clés$', ' : les chiffres clés$', '^ce qu’ils ont dit$', '^la parole (?:à|aux?) ', '^questions fréquentes', '^en résumé$', '^à retenir$',
  ' : ce qu’il faut retenir$', '^les acteurs$', '^chronologie', '^les points clés$', '^les mots-clés$', '^le fil de l’article$'
]

/** The chapeau's first sentence: what (and when, when a date is known). Slots: focus, date. */
export const CHAPEAU_WHAT: readonly ExpandTemplate[] = [
  {id: 'chapeau-what-date-1', text: 'Le {date}, l’attention se porte sur {focus}.'},
  {id: 'chapeau-what-date-2', text: 'Les faits rapportés ici remontent au {date} et concernent {focus}.'},
  {id: 'chapeau-what-date-3', text: 'C’est le {date} que l’actualité a mis en lumière {focus}.'},
  {id: 'chapeau-what-date-4', text: 'Daté du {date}, ce récit revient sur {focus}.'},
  {id: 'chapeau-what-1', text: 'Retour sur {focus}, au cœur de cet article.'},
  {id: 'chapeau-what-2', text: 'Cet article revient en détail sur {focus}.'},
  {id: 'chapeau-what-3', text: 'Au centre de l’actualité : {focus}.'}
]

/** The chapeau's second sentence: who. Slot: names. */
export const CHAPEAU_WHO: readonly ExpandTemplate[] = [
  {id: 'chapeau-who-1', text: 'On y croise notamment {names}.'},
  {id: 'chapeau-who-2', text: 'Parmi les noms cités figurent notamment {names}.'},
  {id: 'chapeau-who-3', text: 'Plusieurs acteurs sont en première ligne : {names}.'},
  {id: 'chapeau-who-4', text: 'Les protagonistes de cette histoire se nomment {names}.'}
]

/** The chapeau's third sentence: where. Slot: places. */
export const CHAPEAU_WHERE: readonly ExpandTemplate[] = [
  {id: 'chapeau-where-1', text: 'Les lieux à retenir : {places}.'},
  {id: 'chapeau-where-2', text: 'Sur la carte, l’article mentionne {places}.'},
  {id: 'chapeau-where-3', text: 'Côté géographie, il est question {de:places}.'}
]

/** The chapeau's place when the article names one. Slot: place. */
export const CHAPEAU_PLACE: readonly ExpandTemplate[] = [
  {id: 'chapeau-place-1', text: 'Le lieu à retenir : {place}.'},
  {id: 'chapeau-place-2', text: 'Sur la carte, l’article renvoie {à:place}.'},
  {id: 'chapeau-place-3', text: 'Côté géographie, il est question {de:place}.'}
]

/** The chapeau's figure: one number that sums up the story. Slot: figure. */
export const CHAPEAU_FIGURE: readonly ExpandTemplate[] = [
  {id: 'chapeau-figure-1', text: 'Un chiffre donne le ton : {figure}.'},
  {id: 'chapeau-figure-2', text: 'Le chiffre à retenir d’emblée : {figure}.'},
  {id: 'chapeau-figure-3', text: 'En un chiffre : {figure}.'}
]

/** The chapeau's last sentence: what follows. Slots: topic, topic2. */
export const CHAPEAU_ANNOUNCE: readonly ExpandTemplate[] = [
  {id: 'chapeau-announce-1', text: 'Voici l’essentiel à savoir, {de:topic} {à:topic2}.'},
  {id: 'chapeau-announce-2', text: 'Nous faisons ici le point sur {topic}, puis sur {topic2}.'},
  {id: 'chapeau-announce-3', text: 'Les lignes qui suivent détaillent d’abord {topic}, puis {topic2}.'},
  {id: 'chapeau-announce-4', text: 'Faits, chiffres et déclarations : tout ce qu’il faut savoir sur {topic} et {topic2} est réuni ci-dessous.'}
]

/** A sentence that opens a section and says what it covers. Slots: topic, topic2. */
export const SIGNPOSTS: readonly ExpandTemplate[] = [
  {id: 'signpost-1', text: 'Cette partie s’intéresse d’abord {à:topic}, puis {à:topic2}.'},
  {id: 'signpost-2', text: 'Il est ici question notamment {de:topic} et {de:topic2}.'},
  {id: 'signpost-3', text: 'Ce passage se concentre d’abord sur {topic}, puis sur {topic2}.'},
  {id: 'signpost-4', text: 'Penchons-nous à présent sur {topic}, puis sur {topic2}.'},
  {id: 'signpost-5', text: 'Intéressons-nous ensuite {à:topic}, ainsi qu’{à:topic2}.'},
  {id: 'signpost-6', text: 'Voyons maintenant ce qu’il en est {de:topic} et {de:topic2}.'},
  {id: 'signpost-7', text: 'Cette section aborde {topic}, puis {topic2}.'},
  {id: 'signpost-8', text: 'Le point suivant concerne surtout {topic}, sans oublier {topic2}.'},
  {id: 'signpost-9', text: 'Autre aspect important : {topic}, en lien avec {topic2}.'},
  {id: 'signpost-10', text: 'Arrêtons-nous un instant sur {topic} et sur {topic2}.'},
  {id: 'signpost-11', text: 'Place maintenant {à:topic} et {à:topic2}.'},
  {id: 'signpost-12', text: 'Les paragraphes suivants traitent d’abord {de:topic}, ensuite {de:topic2}.'}
]

/** Opening sentence of « Les chiffres clés ». Slot: focus. */
export const KEY_FIGURES_INTRO: readonly ExpandTemplate[] = [
  {id: 'figures-intro-1', text: 'Quelques chiffres permettent de mieux mesurer ce qui est en jeu autour {de:focus}.'},
  {id: 'figures-intro-2', text: 'Concrètement, voici les principaux repères chiffrés cités à propos {de:focus}.'},
  {id: 'figures-intro-3', text: 'Pour y voir plus clair, voici les nombres que l’article associe {à:focus}.'},
  {id: 'figures-intro-4', text: 'En bref, voici en chiffres ce qu’il faut savoir sur {focus}.'}
]

/** Closing sentence of « Les chiffres clés ». Slot: focus. */
export const KEY_FIGURES_OUTRO: readonly ExpandTemplate[] = [
  {id: 'figures-outro-1', text: 'Ainsi, ces chiffres donnent la mesure des enjeux.'},
  {id: 'figures-outro-2', text: 'Mis bout à bout, ces nombres éclairent donc le sujet.'},
  {id: 'figures-outro-3', text: 'Autant de repères utiles pour suivre {focus}.'}
]

/** Closing sentence of « Ce qu’ils ont dit ». Slot: focus. */
export const QUOTES_OUTRO: readonly ExpandTemplate[] = [
  {id: 'quotes-outro-1', text: 'Ces prises de parole montrent combien le sujet fait réagir.'},
  {id: 'quotes-outro-2', text: 'Ces déclarations complètent donc utilement les faits rapportés.'},
  {id: 'quotes-outro-3', text: 'Chacune de ces citations apporte un éclairage différent.'}
]

/** Closing sentence of « Chronologie ». Slot: focus. */
export const CHRONOLOGY_OUTRO: readonly ExpandTemplate[] = [
  {id: 'chronology-outro-1', text: 'Ainsi, ces dates aident à replacer les faits dans leur contexte.'},
  {id: 'chronology-outro-2', text: 'Ce rappel chronologique aide à mieux comprendre l’enchaînement des faits.'}
]

/** Labels of the « L’essentiel » box (the five W of the article). */
export const ESSENTIALS = {
  title: 'L’essentiel',
  what: 'Quoi',
  when: 'Quand',
  where: 'Où',
  who: 'Qui',
  howMany: 'Combien',
  themes: 'Thèmes'
} as const

/** Opening sentence of « Ce qu’ils ont dit ». Slot: focus. */
export const QUOTES_INTRO: readonly ExpandTemplate[] = [
  {id: 'quotes-intro-1', text: 'Plusieurs voix se sont exprimées au sujet {de:focus}.'},
  {id: 'quotes-intro-2', text: 'Les déclarations recueillies éclairent {focus} sous plusieurs angles.'},
  {id: 'quotes-intro-3', text: 'Voici notamment les principales déclarations rapportées à propos {de:focus}.'},
  {id: 'quotes-intro-4', text: 'Les citations suivantes résument les positions en présence sur {focus}.'}
]

/** Opening sentence of « Ce qu’ils ont dit » when the article quotes one person only. Slot: focus. */
export const QUOTES_INTRO_ONE: readonly ExpandTemplate[] = [
  {id: 'quotes-intro-one-1', text: 'Une déclaration retient notamment l’attention au sujet {de:focus}.'},
  {id: 'quotes-intro-one-2', text: 'Une prise de parole éclaire en particulier {focus}.'}
]

/** Opening sentence of « Ce qu’ils ont dit » when the article quotes one person several times. Slot: speaker. */
export const QUOTES_INTRO_SPEAKER: readonly ExpandTemplate[] = [
  {id: 'quotes-intro-speaker-1', text: 'Le texte cite à plusieurs reprises les propos {de:speaker}.'},
  {id: 'quotes-intro-speaker-2', text: 'Plusieurs passages de l’article rapportent les mots {de:speaker}.'}
]

/** A quotation with its speaker. Slots: speaker, quote. */
export const QUOTE_LINES: readonly ExpandTemplate[] = [
  {id: 'quote-1', text: '{speaker} a notamment déclaré : « {quote} ».'},
  {id: 'quote-2', text: 'Ainsi, pour {speaker}, « {quote} ».'},
  {id: 'quote-3', text: 'Du côté {de:speaker}, on retient cette phrase : « {quote} ».'},
  {id: 'quote-4', text: '{speaker} l’a formulé ainsi : « {quote} ».'},
  {id: 'quote-5', text: 'Selon {speaker}, « {quote} ».'},
  {id: 'quote-6', text: 'Citons {speaker} : « {quote} ».'},
  {id: 'quote-7', text: 'On doit {à:speaker} ces mots : « {quote} ».'},
  {id: 'quote-8', text: 'Déclaration marquante, celle {de:speaker} : « {quote} ».'},
  {id: 'quote-9', text: '{speaker} a eu cette formule : « {quote} ».'},
  {id: 'quote-10', text: '{speaker} a surtout affirmé : « {quote} ».'}
]

/** Opening sentence of « Les acteurs ». Slot: focus. */
export const ACTORS_INTRO: readonly ExpandTemplate[] = [
  {id: 'actors-intro-1', text: 'Plusieurs personnes et organisations jouent un rôle dans ce dossier.'},
  {id: 'actors-intro-2', text: 'Voici qui sont les principaux acteurs cités à propos {de:focus}.'},
  {id: 'actors-intro-3', text: 'Concrètement, pour s’y retrouver, voici les noms à connaître.'},
  {id: 'actors-intro-4', text: 'Qui fait quoi ? Voici les protagonistes mentionnés dans l’article.'}
]

/** Intro of « Les acteurs » when it presents one name only. Slot: focus. */
export const ACTORS_INTRO_ONE: readonly ExpandTemplate[] = [
  {id: 'actors-intro-one-1', text: 'L’article précise le rôle de l’un des noms qu’il cite.'},
  {id: 'actors-intro-one-2', text: 'Pour s’y retrouver, voici qui le texte présente, avec sa fonction.'},
  {id: 'actors-intro-one-3', text: 'Un nom cité à propos {de:focus} est présenté avec son rôle.'}
]

/** Names without a role, after the list of « Les acteurs ». Slot: names. */
export const ACTORS_OTHERS: readonly ExpandTemplate[] = [
  {id: 'actors-others-1', text: 'L’article cite également {names}.'},
  {id: 'actors-others-2', text: 'Sont aussi mentionnés : {names}.'},
  {id: 'actors-others-3', text: 'D’autres noms apparaissent au fil du texte : {names}.'}
]

/** Opening sentence of « Chronologie ». Slot: focus. */
export const CHRONOLOGY_INTRO: readonly ExpandTemplate[] = [
  {id: 'chronology-intro-1', text: 'Ainsi, les principales dates permettent de retracer le fil des événements.'},
  {id: 'chronology-intro-2', text: 'Voici, dans l’ordre, les étapes clés de cette histoire.'},
  {id: 'chronology-intro-3', text: 'Pour mieux comprendre {focus}, reprenons les faits dans l’ordre.'}
]

/** Opening sentence of « Questions fréquentes ». Slot: focus. */
export const FAQ_INTRO: readonly ExpandTemplate[] = [
  {id: 'faq-intro-1', text: 'Voici les réponses aux questions que l’on se pose le plus souvent sur {focus}.'},
  {id: 'faq-intro-2', text: 'Quelques questions simples, et leurs réponses, pour faire le tour {de:focus}.'},
  {id: 'faq-intro-3', text: 'Vous vous posez des questions sur {focus} ? Voici l’essentiel.'}
]

/** FAQ on the subject. Slots: focus, topics. */
export const FAQ_TOPIC: readonly FaqTemplate[] = [
  {id: 'faq-topic-1', question: 'De quoi parle cet article ?', answer: 'Il traite principalement {de:focus}, avec un éclairage sur {topics}.'},
  {id: 'faq-topic-2', question: 'Quel est le sujet principal ?', answer: 'Au centre du sujet : {focus} ; il est aussi question {de:topics}.'}
]

/** FAQ on who. Slot: names. */
export const FAQ_WHO: readonly FaqTemplate[] = [
  {id: 'faq-who-1', question: 'Qui sont les principaux acteurs ?', answer: 'Concrètement, les noms qui reviennent sont {names}.'},
  {id: 'faq-who-2', question: 'Quelles personnes ou organisations sont citées ?', answer: 'L’article mentionne notamment {names}.'}
]

/** FAQ on who, when the article names one person or organisation. Slot: name. */
export const FAQ_WHO_ONE: readonly FaqTemplate[] = [
  {id: 'faq-who-one-1', question: 'Quel nom l’article met-il en avant ?', answer: 'Celui {de:name}, que le texte cite nommément.'},
  {id: 'faq-who-one-2', question: 'Qui l’article cite-t-il ?', answer: 'Le nom qui ressort du texte est celui {de:name}.'}
]

/** FAQ on when. Slot: date. */
export const FAQ_WHEN: readonly FaqTemplate[] = [
  {id: 'faq-when-1', question: 'Quand les faits se sont-ils déroulés ?', answer: 'D’après l’article, les faits rapportés datent du {date}.'},
  {id: 'faq-when-2', question: 'De quand datent ces informations ?', answer: 'Elles remontent au {date}, date de l’article.'}
]

/** FAQ on where. Slot: places. */
export const FAQ_WHERE: readonly FaqTemplate[] = [
  {id: 'faq-where-1', question: 'Où les faits se situent-ils ?', answer: 'Concrètement, les lieux mentionnés sont {places}.'},
  {id: 'faq-where-2', question: 'Quels lieux sont évoqués ?', answer: 'Il est question notamment {de:places}.'}
]

/** FAQ on where, when the article names one place. Slot: place. */
export const FAQ_WHERE_ONE: readonly FaqTemplate[] = [
  {id: 'faq-where-one-1', question: 'Quel lieu l’article mentionne-t-il ?', answer: 'Le texte mentionne {place}.'},
  {id: 'faq-where-one-2', question: 'Où se situe le récit ?', answer: 'Le lieu que nomme l’article est {place}.'}
]

/** FAQ on numbers. Slot: figures. */
export const FAQ_FIGURES: readonly FaqTemplate[] = [
  {id: 'faq-figures-1', question: 'Quels sont les chiffres à retenir ?', answer: 'Parmi les chiffres cités, on relève notamment {figures}.'},
  {id: 'faq-figures-2', question: 'Quels ordres de grandeur faut-il garder en tête ?', answer: 'Concrètement, les nombres clés sont {figures}.'}
]

/** FAQ on a person's role. Slots: name, role. */
export const FAQ_ROLE: readonly FaqTemplate[] = [
  {id: 'faq-role-1', question: 'Qui est {name} ?', answer: 'L’article présente {name} comme {role}.'},
  {id: 'faq-role-2', question: 'Quel est le rôle {de:name} ?', answer: 'Autrement dit, son rôle tient en quelques mots : {role}.'},
  {id: 'faq-role-3', question: 'Que sait-on {de:name} ?', answer: 'Sa fonction, d’après le texte : {role}.'},
  {id: 'faq-role-4', question: 'Pourquoi le nom {de:name} apparaît-il ?', answer: 'Parce que l’article lui attribue ce rôle : {role}.'}
]

/**
 * FAQ on a keyphrase, answered by a clause of the article. Slots: topic, clause (as the article
 * writes it: for answers that quote), said (the clause with a pronoun for the topic when it is
 * its subject: `elle a ouvert une enquête` after a question on `la police`).
 */
export const FAQ_FACT: readonly FaqTemplate[] = [
  {id: 'faq-fact-1', question: 'Que faut-il savoir sur {topic} ?', answer: 'D’après l’article, {said}.'},
  {id: 'faq-fact-2', question: 'Que dit l’article à propos {de:topic} ?', answer: 'Il rapporte ceci : {said}.'},
  {id: 'faq-fact-3', question: 'Quel est le point clé concernant {topic} ?', answer: 'Le texte le résume ainsi : {said}.'},
  {id: 'faq-fact-4', question: 'Qu’apprend-on sur {topic} ?', answer: 'On apprend que, selon le texte, {said}.'},
  {id: 'faq-fact-5', question: 'Quelle information retenir au sujet {de:topic} ?', answer: 'Celle-ci : {said}.'},
  {id: 'faq-fact-6', question: 'Quel autre élément l’article apporte-t-il sur {topic} ?', answer: 'Il précise également ceci : {said}.'},
  {id: 'faq-fact-7', question: 'Que dit encore le texte au sujet {de:topic} ?', answer: 'Selon lui, {said}.'},
  {id: 'faq-fact-8', question: 'Quelle précision l’article donne-t-il sur {topic} ?', answer: 'En substance, {said}.'},
  {id: 'faq-fact-9', question: 'Dans quel contexte l’article évoque-t-il {topic} ?', answer: 'Dans ce passage : {clause}.'},
  {id: 'faq-fact-10', question: 'Quel détail le récit livre-t-il sur {topic} ?', answer: 'Le détail est le suivant : {said}.'},
  {id: 'faq-fact-11', question: 'Comment le texte présente-t-il {topic} ?', answer: 'Il le fait en ces termes : {clause}.'},
  {id: 'faq-fact-12', question: 'Qu’est-il rapporté au sujet {de:topic} ?', answer: 'Ceci, en substance : {said}.'}
]

/**
 * FAQ on a subject of the article, answered by what the article says it did.
 * Slots: subject (with its determiner), anaphor (how the answer names it again: its pronoun,
 * `elles` for `les modalités`, or the subject itself when the pronoun is uncertain), predicate
 * (from the verb on).
 */
export const FAQ_POINT: readonly FaqTemplate[] = [
  {id: 'faq-point-1', question: 'Que sait-on {de:subject} ?', answer: 'D’après le récit, {anaphor} {predicate}.'},
  {id: 'faq-point-2', question: 'Quel est le rôle {de:subject} dans ces événements ?', answer: 'Selon le texte, {anaphor} {predicate}.'},
  {id: 'faq-point-3', question: 'Qu’apprend-on au sujet {de:subject} ?', answer: 'L’article indique que {anaphor} {predicate}.'},
  {id: 'faq-point-4', question: 'Que retient-on {de:subject} ?', answer: 'Essentiellement ceci : {anaphor} {predicate}.'},
  {id: 'faq-point-5', question: 'Pourquoi l’article mentionne-t-il {subject} ?', answer: 'Parce que {anaphor} {predicate}, d’après le texte.'},
  {id: 'faq-point-6', question: 'Quelle information concerne {subject} ?', answer: 'Le récit rapporte que {anaphor} {predicate}.'},
  {id: 'faq-point-7', question: 'Que nous dit-on {de:subject} ?', answer: 'On lit dans l’article que {anaphor} {predicate}.'},
  {id: 'faq-point-8', question: 'Quel fait l’article rapporte-t-il à propos {de:subject} ?', answer: 'Celui-ci : {anaphor} {predicate}.'},
  {id: 'faq-point-9', question: 'Que dit le texte {de:subject} ?', answer: 'Le texte le précise : {anaphor} {predicate}.'},
  {id: 'faq-point-10', question: 'Que faut-il noter au sujet {de:subject} ?', answer: 'Que {anaphor} {predicate}, d’après le texte.'}
]

/** FAQ on one number, answered by the clause that holds it. Slots: figure (the number with what it counts), clause. */
export const FAQ_FIGURE: readonly FaqTemplate[] = [
  {id: 'faq-figure-1', question: 'Que désigne le chiffre de {figure} ?', answer: 'Selon le texte, {clause}.'},
  {id: 'faq-figure-2', question: 'D’où vient le chiffre de {figure} ?', answer: 'L’article l’explique ainsi : {clause}.'},
  {id: 'faq-figure-3', question: 'Que recouvre le chiffre de {figure} ?', answer: 'Il renvoie à ce passage de l’article : {clause}.'},
  {id: 'faq-figure-4', question: 'Pourquoi retenir le chiffre de {figure} ?', answer: 'Parce que, d’après l’article, {clause}.'},
  {id: 'faq-figure-5', question: 'Dans quel contexte apparaît le chiffre de {figure} ?', answer: 'Le contexte est le suivant : {clause}.'},
  {id: 'faq-figure-6', question: 'À quoi correspond le nombre de {figure} ?', answer: 'Le texte le situe ainsi : {clause}.'},
  {id: 'faq-figure-7', question: 'Que faut-il comprendre du chiffre de {figure} ?', answer: 'Ceci, d’après le récit : {clause}.'}
]

/** FAQ on a dated event. Slots: date, clause. */
export const FAQ_EVENT: readonly FaqTemplate[] = [
  {id: 'faq-event-1', question: 'Que s’est-il passé le {date} ?', answer: 'À cette date, d’après l’article, {clause}.'},
  {id: 'faq-event-2', question: 'Quel événement marque le {date} ?', answer: 'Le texte le rapporte ainsi : {clause}.'},
  {id: 'faq-event-3', question: 'Quelle est l’importance du {date} ?', answer: 'C’est le moment où, selon l’article, {clause}.'}
]

/**
 * FAQ on what happened on the article's date, answered by its title (the dateline's event).
 * Slots: date, headline (the title as a phrase: `l’armée autorisée à intervenir contre le terrorisme`).
 */
export const FAQ_HEADLINE: readonly FaqTemplate[] = [
  {id: 'faq-headline-1', question: 'Que s’est-il passé le {date} ?', answer: 'Le titre de l’article le dit en une ligne : {headline}.'},
  {id: 'faq-headline-2', question: 'Quelle nouvelle l’article rapporte-t-il à la date du {date} ?', answer: 'Celle que résume son titre : {headline}.'},
  {id: 'faq-headline-3', question: 'Quel événement marque le {date} ?', answer: 'Le titre le résume ainsi : {headline}.'}
]

/**
 * FAQ on who did something: the question gives the fact with its verb in the singular (`a volé
 * plusieurs centaines de bulletins`), the answer the people the article makes its subject.
 * Slots: deed, agent (`des opposants aux élections`, as the article writes them).
 */
export const FAQ_AGENT: readonly FaqTemplate[] = [
  {id: 'faq-agent-1', question: 'Qui {deed} ?', answer: 'D’après l’article, il s’agit {de:agent}.'},
  {id: 'faq-agent-2', question: 'Selon le texte, qui {deed} ?', answer: 'Le texte désigne {agent}.'},
  {id: 'faq-agent-3', question: 'D’après le récit, qui {deed} ?', answer: 'Réponse de l’article : {agent}.'},
  {id: 'faq-agent-4', question: 'Qui, d’après l’article, {deed} ?', answer: 'Le récit cite {agent}.'},
  {id: 'faq-agent-5', question: 'Sait-on qui {deed} ?', answer: 'Oui : {agent}, précise le texte.'},
  {id: 'faq-agent-6', question: 'L’article dit-il qui {deed} ?', answer: 'Oui, il s’agit {de:agent}, selon le récit.'}
]

/** FAQ on a name the article gives no role, answered by a clause about them. Slots: name, clause, said (as for {@link FAQ_FACT}). */
export const FAQ_ACTOR: readonly FaqTemplate[] = [
  {id: 'faq-actor-1', question: 'Quel est le rôle {de:name} dans cette affaire ?', answer: 'Selon l’article, {said}.'},
  {id: 'faq-actor-2', question: 'Que sait-on de l’implication {de:name} ?', answer: 'Le texte précise que, dans ce dossier, {said}.'},
  {id: 'faq-actor-3', question: 'Pourquoi l’article cite-t-il {name} ?', answer: 'Il le fait pour cette raison : {said}.'},
  {id: 'faq-actor-4', question: 'Que retenir à propos {de:name} ?', answer: 'En bref, {said}.'},
  {id: 'faq-actor-5', question: 'À quel titre le nom {de:name} figure-t-il dans le récit ?', answer: 'Voici ce qu’en dit l’article : {said}.'},
  {id: 'faq-actor-6', question: 'Quel passage de l’article concerne {name} ?', answer: 'Celui-ci : {clause}.'}
]

/**
 * FAQ on where a keyphrase appears, answered by the noun phrase of the
 * article it sits in. Slots: topic, context (a noun phrase that holds the topic).
 */
export const FAQ_CONTEXT: readonly FaqTemplate[] = [
  {id: 'faq-context-1', question: 'Dans quel contexte l’article parle-t-il {de:topic} ?', answer: 'Il en est question à propos {de:context}.'},
  {id: 'faq-context-2', question: 'Où l’article évoque-t-il {topic} ?', answer: 'Dans le passage consacré {à:context}.'},
  {id: 'faq-context-3', question: 'À quelle occasion le texte mentionne-t-il {topic} ?', answer: 'Au moment d’évoquer {context}.'},
  {id: 'faq-context-4', question: 'Dans quel passage retrouve-t-on {topic} ?', answer: 'Dans celui qui traite {de:context}.'},
  {id: 'faq-context-5', question: 'Avec quoi l’article relie-t-il {topic} ?', answer: 'Avec {context}, notamment.'},
  {id: 'faq-context-6', question: 'Sous quel angle l’article aborde-t-il {topic} ?', answer: 'Sous celui {de:context}.'},
  {id: 'faq-context-7', question: 'À propos de quoi est-il question {de:topic} ?', answer: 'À propos {de:context}, d’après le texte.'},
  {id: 'faq-context-8', question: 'Quel élément du récit fait apparaître {topic} ?', answer: 'L’élément en question : {context}.'}
]

/**
 * FAQ on a keyphrase the article comes back to (two occurrences or more),
 * answered with how often it does. Slots: topic, focus, times (`trois fois`).
 */
export const FAQ_RECURRING: readonly FaqTemplate[] = [
  {id: 'faq-recurring-1', question: 'Quelle place l’article accorde-t-il {à:topic} ?', answer: 'Une place importante : en effet, le texte revient {times} sur {topic}.'},
  {id: 'faq-recurring-2', question: 'Pourquoi l’article s’attarde-t-il sur {topic} ?', answer: 'Parce que c’est l’un de ses éléments clés : il en est question {times}.'},
  {id: 'faq-recurring-3', question: 'Faut-il voir dans {topic} un point central ?', answer: 'Oui : le texte en parle {times}, ce qui en fait l’un de ses fils conducteurs.'}
]

/**
 * FAQ on two keyphrases the article writes a few words apart, answered by
 * the article's own words from one to the other. Slots: topic, topic2,
 * passage.
 */
export const FAQ_LINK: readonly FaqTemplate[] = [
  {id: 'faq-link-1', question: 'Quel lien entre {topic} et {topic2} ?', answer: 'L’article les réunit dans un même passage : « {passage} ».'},
  {id: 'faq-link-2', question: 'Faut-il rapprocher {topic} et {topic2} ?', answer: 'Le texte les rapproche en effet : « {passage} ».'},
  {id: 'faq-link-3', question: 'Comment s’articulent {topic} et {topic2} ?', answer: 'Le texte les met en relation en ces termes : « {passage} ».'}
]

/**
 * FAQ on two keyphrases found in one sentence too far apart for a passage to
 * link them (or when quoting it would repeat the article too much): it asks
 * only whether the article names them together, which the sentence proves, in
 * words no {@link FAQ_LINK} question uses (a link and a co-occurrence may both
 * be asked). Slots: topic, topic2.
 */
export const FAQ_LINK_SAME_SENTENCE: readonly FaqTemplate[] = [
  {id: 'faq-cooccur-1', question: 'L’article évoque-t-il ensemble {topic} et {topic2} ?', answer: 'Oui : il les nomme tour à tour dans une seule et même phrase.'},
  {id: 'faq-cooccur-2', question: 'Le texte rapproche-t-il {topic} et {topic2} ?', answer: 'Oui, il les évoque ensemble, dans une même phrase.'},
  {id: 'faq-cooccur-3', question: 'L’article associe-t-il {topic} {à:topic2} ?', answer: 'Oui : il les cite côte à côte, au sein d’un même passage.'}
]

/**
 * FAQ on a reason the article gives in so many words (`car`, `parce que`):
 * asked of its clause, answered by the reason. Slots: clause (lower-case, a
 * subject and its verb: `il n’est pas prévu de reporter le scrutin`), reason
 * (a clause: `92 % des bureaux de vote restent ouverts`).
 */
export const FAQ_REASON: readonly FaqTemplate[] = [
  {id: 'faq-reason-1', question: 'Pourquoi est-ce que {clause} ?', answer: 'Parce que {reason}, selon l’article.'},
  {id: 'faq-reason-2', question: 'Selon l’article, pourquoi est-ce que {clause} ?', answer: 'Le texte en donne la raison : {reason}.'},
  {id: 'faq-reason-3', question: 'Quelle raison l’article donne-t-il au fait que {clause} ?', answer: 'Celle-ci : {reason}.'}
]

/** FAQ on what a speaker said, answered by another sentence of their quotation. Slots: speaker, quote. */
export const FAQ_SPEAKER: readonly FaqTemplate[] = [
  {id: 'faq-speaker-1', question: 'Qu’a déclaré {speaker} ?', answer: 'Entre autres propos : « {quote} ».'},
  {id: 'faq-speaker-2', question: 'Quelle est la position {de:speaker} ?', answer: 'Elle tient notamment dans cette phrase : « {quote} ».'},
  {id: 'faq-speaker-3', question: 'Que retenir des propos {de:speaker} ?', answer: 'Ce passage, en particulier : « {quote} ».'}
]

/** FAQ on who speaks in the article, when it quotes several people. Slot: speakers. */
export const FAQ_SPEAKERS: readonly FaqTemplate[] = [
  {id: 'faq-speakers-1', question: 'Qui s’exprime dans l’article ?', answer: 'Le texte rapporte les propos {de:speakers}.'},
  {id: 'faq-speakers-2', question: 'Quelles voix l’article fait-il entendre ?', answer: 'Celles {de:speakers}, dont il cite les propos entre guillemets.'}
]

/** FAQ on who speaks in the article, when it quotes one speaker. Slot: speaker. */
export const FAQ_SPEAKER_ONE: readonly FaqTemplate[] = [
  {id: 'faq-speaker-one-1', question: 'Qui s’exprime dans l’article ?', answer: 'L’article rapporte les propos {de:speaker}.'},
  {id: 'faq-speaker-one-2', question: 'Quelle voix l’article fait-il entendre ?', answer: 'Celle {de:speaker}, citée entre guillemets.'}
]

/** FAQ on how many of something the article counts. Slots: noun (a plural noun), count (the number with it). */
export const FAQ_COUNT: readonly FaqTemplate[] = [
  {id: 'faq-count-1', question: 'Combien {de:noun} l’article mentionne-t-il ?', answer: 'Il fait état {de:count}.'},
  {id: 'faq-count-2', question: 'Quel nombre {de:noun} le texte donne-t-il ?', answer: 'Le texte avance le chiffre {de:count}.'},
  {id: 'faq-count-3', question: 'Quel chiffre l’article donne-t-il pour les {noun} ?', answer: 'D’après le texte, il est question {de:count}.'}
]

/** FAQ on one section of the article, answered by a clause of it. Slots: section, clause. */
export const FAQ_SECTION: readonly FaqTemplate[] = [
  {id: 'faq-section-1', question: 'Que retenir de la partie « {section} » ?', answer: 'L’essentiel tient en une phrase : {clause}.'},
  {id: 'faq-section-2', question: 'De quoi traite la partie « {section} » ?', answer: 'On y lit notamment que, selon l’article, {clause}.'},
  {id: 'faq-section-3', question: 'Quel est le point principal de la partie « {section} » ?', answer: 'Celui-ci : {clause}.'},
  {id: 'faq-section-4', question: 'Que nous apprend la partie « {section} » ?', answer: 'Pour l’essentiel, {clause}.'}
]

/** FAQ on a subheading that is a question, answered by a clause of its section. Slots: question, clause. */
export const FAQ_HEADING: readonly FaqTemplate[] = [
  {id: 'faq-heading-1', question: '{question}', answer: 'D’après l’article, {clause}.'},
  {id: 'faq-heading-2', question: '{question}', answer: 'En bref : {clause}.'},
  {id: 'faq-heading-3', question: '{question}', answer: 'Réponse du texte : {clause}.'}
]

/** « En résumé » / « À retenir »: the main points restated. */
export const CONCLUSION_FOCUS: readonly ExpandTemplate[] = [
  {id: 'conclusion-focus-1', text: 'En résumé, cet article a fait le point sur {focus}.'},
  {id: 'conclusion-focus-2', text: 'Pour conclure, ce récit a pour fil conducteur {focus}.'},
  {id: 'conclusion-focus-3', text: 'Au bout du compte, tout tourne autour {de:focus}.'}
]

/** Conclusion on the topics. Slot: topics. */
export const CONCLUSION_TOPICS: readonly ExpandTemplate[] = [
  {id: 'conclusion-topics-1', text: 'Cet article a également permis de revenir sur {topics}.'},
  {id: 'conclusion-topics-2', text: 'Deux autres thèmes traversent l’article : {topic} et {topic2}.'},
  {id: 'conclusion-topics-3', text: 'Au fil du texte, il a aussi été question {de:topics}.'}
]

/** Conclusion on the people. Slot: names. */
export const CONCLUSION_NAMES: readonly ExpandTemplate[] = [
  {id: 'conclusion-names-1', text: 'Par ailleurs, les acteurs clés de ce dossier restent {names}.'},
  {id: 'conclusion-names-2', text: 'Côté protagonistes, on retiendra surtout {names}.'},
  {id: 'conclusion-names-3', text: 'Parmi les personnes citées, on retiendra {names}.'}
]

/** Conclusion on the one person or organisation the article names. Slot: name. */
export const CONCLUSION_NAME: readonly ExpandTemplate[] = [
  {id: 'conclusion-name-1', text: 'Côté protagonistes, un nom se détache : {name}.'},
  {id: 'conclusion-name-2', text: 'Parmi les noms cités, on retiendra celui {de:name}.'}
]

/** Conclusion on the main fact: who did what, from a clause of the article. Slots: subject, predicate. */
export const CONCLUSION_POINT: readonly ExpandTemplate[] = [
  {id: 'conclusion-point-1', text: 'Parmi les faits rapportés, retenons que {subject} {predicate}.'},
  {id: 'conclusion-point-2', text: 'À noter : {subject} {predicate}.'},
  {id: 'conclusion-point-3', text: 'Le récit retient notamment que {subject} {predicate}.'}
]

/** Conclusion on the numbers. Slot: figures. */
export const CONCLUSION_FIGURES: readonly ExpandTemplate[] = [
  {id: 'conclusion-figures-1', text: 'Côté chiffres, on gardera notamment en tête {figures}.'},
  {id: 'conclusion-figures-2', text: 'Quelques chiffres résument la situation : {figures}.'},
  {id: 'conclusion-figures-3', text: 'De plus, les chiffres parlent d’eux-mêmes : {figures}.'}
]

/** Conclusion on the places. Slot: places. */
export const CONCLUSION_PLACES: readonly ExpandTemplate[] = [
  {id: 'conclusion-places-1', text: 'Côté lieux, le récit nous a menés {en:places}.'},
  {id: 'conclusion-places-2', text: 'Sur le plan géographique, retenons {places}.'}
]

/** Conclusion on the one place the article names. Slot: place. */
export const CONCLUSION_PLACE: readonly ExpandTemplate[] = [
  {id: 'conclusion-place-1', text: 'Côté géographie, le récit a pour cadre {place}.'},
  {id: 'conclusion-place-2', text: 'Quant au lieu, l’article nomme {place}.'}
]

/** Conclusion on the date. Slot: date. */
export const CONCLUSION_DATE: readonly ExpandTemplate[] = [
  {id: 'conclusion-date-1', text: 'Pour mémoire, les faits rapportés datent du {date}.'},
  {id: 'conclusion-date-2', text: 'Rappelons par ailleurs la date des faits : le {date}.'}
]

/** Conclusion listing the keywords. Slot: keywords. */
export const CONCLUSION_KEYWORDS: readonly ExpandTemplate[] = [
  {id: 'conclusion-keywords-1', text: 'Bref, les mots-clés à retenir : {keywords}.'},
  {id: 'conclusion-keywords-2', text: 'En quelques mots-clés, ce dossier se résume ainsi : {keywords}.'}
]

/** Conclusion's closing sentence. Slot: focus. */
export const CONCLUSION_END: readonly ExpandTemplate[] = [
  {id: 'conclusion-end-1', text: 'Voilà, en quelques lignes, l’essentiel à retenir sur {focus}.'},
  {id: 'conclusion-end-2', text: 'Ainsi se referme ce tour d’horizon consacré {à:focus}.'},
  {id: 'conclusion-end-3', text: 'Finalement, ces éléments donnent une vue d’ensemble {de:focus}.'}
]

/**
 * Sentence openers by the relation they mark, for the transitions strategy.
 * Only openers the audit also counts (`SENTENCE_OPENERS`) are used.
 */
export const TRANSITIONS_BY_RELATION: Readonly<Record<'addition' | 'time' | 'contrast' | 'consequence', readonly string[]>> = {
  addition: ['par ailleurs', 'en outre', 'de plus', 'd’ailleurs', 'du reste', 'à cet égard'],
  time: ['ensuite', 'enfin'],
  contrast: ['cependant', 'toutefois', 'pourtant', 'néanmoins', 'en revanche'],
  consequence: ['ainsi', 'par conséquent']
}

/** Words that, opening a sentence, already mark a transition: no opener is added before them. */
export const TRANSITION_BLOCKERS: readonly string[] = [
  'mais', 'et', 'ou', 'donc', 'or', 'ni', 'car', 'puis', 'alors', 'ainsi', 'enfin', 'ensuite', 'cependant', 'toutefois',
  'pourtant', 'néanmoins', 'désormais', 'depuis', 'après', 'avant', 'selon', 'pour', 'par', 'en', 'dans', 'de', 'du',
  'd’', 'au', 'aux', 'à', 'si', 'quand', 'lorsque', 'lorsqu’', 'comme', 'moins', 'plus', 'prévu', 'prévue', 'c’est', 'il', 'elle', 'ils', 'elles', 'on'
]

/** Words that open a sentence and stay lowercase after a transition (`Par ailleurs, le …`). */
export const LOWERCASE_AFTER_TRANSITION: readonly string[] = [
  'le', 'la', 'les', 'l’', 'un', 'une', 'des', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs',
  'plusieurs', 'certains', 'certaines', 'quelques', 'tous', 'toutes', 'chaque', 'aucun', 'aucune', 'cela', 'ceci'
]

/**
 * Words that open a fronted adverbial (`Dans l’après-midi, Marc Guillemot a …`):
 * a clause after such a phrase and its comma is the sentence's main clause.
 */
export const FRONTED_ADVERBIAL_STARTS: readonly string[] = [
  'dans', 'en', 'selon', 'après', 'avant', 'depuis', 'pour', 'par', 'avec', 'lors', 'pendant', 'malgré', 'face', 'sans',
  'sur', 'au', 'aux', 'à', 'dès', 'vers', 'mardi', 'lundi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier',
  'ce', 'cette', 'le', 'la', 'enfin', 'ainsi', 'cependant', 'toutefois', 'pourtant', 'néanmoins', 'désormais',
  'parallèlement', 'également', 'puis', 'ensuite', 'd’abord', 'notamment', 'finalement', 'mais', 'or'
]

/** Words that open a subordinate clause: a clause cut after one of them, before its verb, is a fragment. */
export const SUBORDINATORS: readonly string[] = ['quand', 'lorsque', 'que', 'qui', 'dont', 'où', 'si', 'parce', 'puisque', 'comme', 'car']

/** Words before a number that belong to its phrase (`environ 420 000`). */
export const NUMBER_QUALIFIERS: readonly string[] = ['environ', 'près de', 'plus de', 'moins de', 'quelque', 'quelques']

/** Numbers written as words that can count something (`neuf personnes`), with their value. */
export const SPELLED_NUMBER_VALUES: Readonly<Record<string, number>> = {
  deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14,
  quinze: 15, seize: 16, vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, cent: 100
}

/** Numbers written as words that can count something (`neuf personnes`). */
export const SPELLED_NUMBERS: readonly string[] = Object.keys(SPELLED_NUMBER_VALUES)

/**
 * Words after a number that are not what it counts: units and spans it measures (`3 mois`, `93 km`),
 * and adjectives standing for a noun the article leaves out (`les 12 dernières`). No « Combien de … »
 * question on them.
 */
export const MEASURE_NOUNS: readonly string[] = [
  'ans', 'années', 'mois', 'semaines', 'jours', 'heures', 'minutes', 'secondes', 'siècles', 'fois',
  'km', 'kilomètres', 'mètres', 'm', 'cm', 'mm', 'milles', 'nœuds', 'kg', 'kilos', 'grammes', 'tonnes', 'litres', 'hectares',
  'euros', 'dollars', 'francs', 'livres', 'yens', 'roubles', 'points', 'degrés', 'millions', 'milliards', 'milliers', 'centaines', 'dizaines',
  'pouces', 'pieds', 'crans', 'étages', 'dimensions', 'reprises', 'tours', 'sets', 'buts',
  'premiers', 'premières', 'derniers', 'dernières', 'autres', 'suivants', 'suivantes', 'restants', 'restantes'
]

/** Days of the week, to recognise dates (`dimanche 5 août`, `le lundi 6`). */
export const WEEKDAYS: readonly string[] = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']

/** Month names, to recognise dates. */
export const MONTHS: readonly string[] = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'
]

/** Verbs of saying that attribute a quotation to its speaker. */
export const SPEECH_VERBS: readonly string[] = [
  'déclaré', 'dit', 'affirmé', 'expliqué', 'indiqué', 'ajouté', 'précisé', 'souligné', 'estimé', 'annoncé', 'tweeté',
  'écrit', 'déclare', 'dit', 'affirme', 'explique', 'indique', 'ajoute', 'précise', 'souligne', 'estime', 'annonce',
  'indiquait', 'déclarait', 'selon', 'plaisantant', 'notant', 'qualifié', 'surnommé',
  'assure', 'assuré', 'dénonce', 'dénoncé', 'raconte', 'raconté', 'confie', 'confié', 'poursuit', 'poursuivi', 'rappelle',
  'rappelé', 'répond', 'répondu', 'rétorque', 'rétorqué', 'insiste', 'insisté', 'déplore', 'déploré', 'lance', 'lancé',
  'martèle', 'martelé', 'réjoui', 'souvient'
]

/** Words after which a name is a complement (`le successeur de X`), not the one who speaks. */
export const COMPLEMENT_MARKERS: readonly string[] = ['de', 'du', 'des', 'à', 'au', 'aux', 'avec', 'contre', 'par', 'pour', 'sur', 'chez', 'envers', 'entre']

/** Pronoun subjects after an inverted speech verb (`a-t-elle déclaré`): the speaker is the last one named. */
export const SPEECH_PRONOUNS: readonly string[] = ['il', 'elle', 't-il', 't-elle', 'ils', 'elles']

/** Capitalised words that are not names when they open a sentence or follow a guillemet. */
export const NOT_NAMES: readonly string[] = [
  'Le', 'La', 'Les', 'L’', 'Un', 'Une', 'Des', 'Ce', 'Cet', 'Cette', 'Ces', 'Il', 'Elle', 'Ils', 'Elles', 'On', 'Nous',
  'Vous', 'Je', 'J’', 'Mais', 'Et', 'Ou', 'Donc', 'Or', 'Car', 'Après', 'Avant', 'Depuis', 'Dans', 'Pour', 'Par', 'En',
  'Au', 'Aux', 'Du', 'De', 'D’', 'Sa', 'Son', 'Ses', 'Leur', 'Leurs', 'Selon', 'Moins', 'Plus', 'Prévu', 'Prévue', 'C’est',
  'Qu’ils', 'Qu’il', 'Quelques', 'Plusieurs', 'Tout', 'Tous', 'Un jour', 'Sur', 'Avec', 'Sans', 'Entre', 'Chez', 'Vers',
  'Lors', 'Si', 'Quand', 'Comme', 'Cela', 'Ceci', 'Désormais'
]

/** Opening sentence of « Les points clés » (each point: a subject and what the article says it did). Slot: focus. */
export const KEY_POINTS_INTRO: readonly ExpandTemplate[] = [
  {id: 'points-intro-1', text: 'Pour aller à l’essentiel, voici qui fait quoi dans cette affaire.'},
  {id: 'points-intro-2', text: 'Reprenons point par point les faits établis autour {de:focus}.'},
  {id: 'points-intro-3', text: 'Les éléments suivants résument, phrase après phrase, le déroulé des faits.'},
  {id: 'points-intro-4', text: 'Voici, ramenés à leur sujet et à leur action, les faits principaux.'}
]

/** Closing sentence of « Les points clés ». Slot: focus. */
export const KEY_POINTS_OUTRO: readonly ExpandTemplate[] = [
  {id: 'points-outro-1', text: 'Chacun de ces points renvoie au passage correspondant plus haut.'},
  {id: 'points-outro-2', text: 'Les faits y figurent tels que le récit les enchaîne.'},
  {id: 'points-outro-3', text: 'Ces repères permettent de relire rapidement le dossier consacré {à:focus}.'}
]

/** Opening sentence of « Les mots-clés » (each term: where the article uses it). Slot: focus. */
export const GLOSSARY_INTRO: readonly ExpandTemplate[] = [
  {id: 'glossary-intro-1', text: 'Quelques termes reviennent dans ce récit ; voici dans quel contexte chacun apparaît.'},
  {id: 'glossary-intro-2', text: 'Petit lexique du sujet : chaque mot-clé est replacé dans son contexte.'},
  {id: 'glossary-intro-3', text: 'Pour bien suivre le dossier consacré {à:focus}, voici les termes à connaître et leur contexte.'},
  {id: 'glossary-intro-4', text: 'Les notions ci-dessous structurent le propos ; leur contexte est rappelé à chaque fois.'}
]

/** How often a term occurs, by number of sentences (index 1 to 10). */
export const GLOSSARY_COUNTS: readonly string[] = ['', 'une occurrence', 'deux occurrences', 'trois occurrences', 'quatre occurrences', 'cinq occurrences', 'six occurrences', 'sept occurrences', 'huit occurrences', 'neuf occurrences', 'dix occurrences']

/** How often a term occurs, past ten. */
export const GLOSSARY_MANY = 'plus de dix occurrences'

/** How many times the text names a term, indexed by the count (`TIMES[3]` is `trois fois`), up to ten. */
export const TIMES: readonly string[] = GLOSSARY_COUNTS.map((count) => count.replace(/ occurrences?$/u, ' fois'))

/** How many times, past ten. */
export const TIMES_MANY = 'plus de dix fois'

/**
 * How a glossary entry ties a term to a noun phrase of the article around it
 * (slot: context); entries use them in turn so that no frame repeats.
 */
export const GLOSSARY_LINKS: readonly string[] = [
  'à propos {de:context}',
  'au sujet {de:context}',
  'en lien avec {context}',
  'dans le passage sur {context}',
  'quand il est question {de:context}',
  'pour évoquer {context}',
  'en rapport avec {context}',
  'à l’occasion d’un passage sur {context}'
]

/** Opening sentence of « Le fil de l’article » (the article walked through in its order). Slot: focus. */
export const GUIDE_INTRO: readonly ExpandTemplate[] = [
  {id: 'guide-intro-1', text: 'Récapitulons, dans l’ordre du texte, les éléments qui composent ce récit consacré {à:focus}.'},
  {id: 'guide-intro-2', text: 'Pour relire l’article d’un coup d’œil, voici comment il s’enchaîne, étape par étape.'},
  {id: 'guide-intro-3', text: 'Le déroulé de l’article tient en quelques étapes, reprises ci-dessous dans leur ordre.'}
]

/** First step of « Le fil de l’article ». Slot: items (one to three noun phrases of one sentence; any verb agrees with a singular or a list). */
export const GUIDE_FIRST: readonly ExpandTemplate[] = [
  {id: 'guide-first-1', text: 'Tout d’abord, le texte évoque {items}.'},
  {id: 'guide-first-2', text: 'Il est d’abord question {de:items}.'},
  {id: 'guide-first-3', text: 'Pour commencer, l’article présente {items}.'}
]

/** A middle step of « Le fil de l’article ». Slot: items. */
export const GUIDE_NEXT: readonly ExpandTemplate[] = [
  {id: 'guide-next-1', text: 'Le propos se porte ensuite sur {items}.'},
  {id: 'guide-next-2', text: 'Vient ensuite un passage consacré {à:items}.'},
  {id: 'guide-next-3', text: 'L’article aborde alors {items}.'},
  {id: 'guide-next-4', text: 'Le texte mentionne ensuite {items}.'},
  {id: 'guide-next-5', text: 'Un peu plus loin, il s’arrête sur {items}.'},
  {id: 'guide-next-6', text: 'La suite traite {de:items}.'},
  {id: 'guide-next-7', text: 'L’étape suivante fait intervenir {items}.'},
  {id: 'guide-next-8', text: 'Il est ensuite fait mention {de:items}.'},
  {id: 'guide-next-9', text: 'Le récit s’intéresse ensuite {à:items}.'},
  {id: 'guide-next-10', text: 'On passe alors {à:items}.'},
  {id: 'guide-next-11', text: 'Dans la foulée, l’auteur cite {items}.'},
  {id: 'guide-next-12', text: 'Puis le texte se tourne vers {items}.'},
  {id: 'guide-next-13', text: 'À ce stade, le texte fait place {à:items}.'},
  {id: 'guide-next-14', text: 'Le passage suivant porte sur {items}.'}
]

/** Last step of « Le fil de l’article ». Slot: items. */
export const GUIDE_LAST: readonly ExpandTemplate[] = [
  {id: 'guide-last-1', text: 'Enfin, le texte évoque {items}.'},
  {id: 'guide-last-2', text: 'Pour finir, l’article mentionne {items}.'},
  {id: 'guide-last-3', text: 'Dernier point abordé : {items}.'}
]

/** Closing sentence of « Le fil de l’article ». Slot: focus. */
export const GUIDE_OUTRO: readonly ExpandTemplate[] = [
  {id: 'guide-outro-1', text: 'Cet enchaînement suit la construction de l’article, du premier au dernier paragraphe.'},
  {id: 'guide-outro-2', text: 'Ainsi, ce déroulé permet de retrouver rapidement chaque information dans le texte.'},
  {id: 'guide-outro-3', text: 'Chaque étape renvoie donc à un passage précis du récit.'}
]

/** Closing sentence of « Les mots-clés ». Slot: focus. */
export const GLOSSARY_OUTRO: readonly ExpandTemplate[] = [
  {id: 'glossary-outro-1', text: 'Ces termes reviennent au fil du texte et en balisent la lecture.'},
  {id: 'glossary-outro-2', text: 'Ainsi, chacun de ces mots-clés éclaire une facette du sujet.'},
  {id: 'glossary-outro-3', text: 'Autant de repères de vocabulaire pour aborder {focus}.'}
]

/** Closing sentence of « Questions fréquentes » (true by construction: every answer is built from the article). Slot: focus. */
export const FAQ_OUTRO: readonly ExpandTemplate[] = [
  {id: 'faq-outro-1', text: 'Ces réponses reprennent uniquement les informations données par l’article.'},
  {id: 'faq-outro-2', text: 'Toutes ces réponses s’appuient sur le texte lui-même, sans ajout extérieur.'},
  {id: 'faq-outro-3', text: 'Pour le détail, on se reportera aux passages correspondants de l’article.'}
]

/** Closing sentence of « Les acteurs ». Slot: focus. */
export const ACTORS_OUTRO: readonly ExpandTemplate[] = [
  {id: 'actors-outro-1', text: 'Chacun de ces noms renvoie au rôle que lui prête l’article.'},
  {id: 'actors-outro-2', text: 'Ces fonctions sont celles que le texte mentionne, telles qu’il les rapporte.'},
  {id: 'actors-outro-3', text: 'Par conséquent, ce sont eux qu’il faut garder en tête pour suivre {focus}.'}
]

/** Outro of « Les acteurs » when it presents one name only. Slot: focus. */
export const ACTORS_OUTRO_ONE: readonly ExpandTemplate[] = [
  {id: 'actors-outro-one-1', text: 'Ce rôle est celui que lui prête l’article.'},
  {id: 'actors-outro-one-2', text: 'Cette précision aide à situer sa place dans le récit.'},
  {id: 'actors-outro-one-3', text: 'La fonction indiquée est celle que rapporte le texte.'}
]
