import {describe, expect, it} from '@jest/globals'
import {
  agree,
  applyElisions,
  capitalize,
  contract,
  determiner,
  elide,
  invertQuestion,
  nounGender,
  nounInfo,
  nounNumber,
  pluralize,
  startsWithVowelSound,
  withDeterminer
} from '@titraille/core'

describe('nounGender / nounInfo', () => {
  it('reads the gender of nouns of the seed article from the Lefff lexicon', () => {
    expect(nounGender('lancement')).toBe('M')
    expect(nounGender('audience')).toBe('F')
    expect(nounGender('panne')).toBe('F')
    expect(nounGender('hôte')).toBe('M')
    expect(nounGender('demi-heure')).toBe('F')
    expect(nounGender('plate-forme')).toBe('F')
    expect(nounGender('échec')).toBe('M')
    expect(nounGender('candidature')).toBe('F')
    expect(nounGender('espace')).toBe('M')
  })

  it('takes the head of a noun phrase and reads plurals', () => {
    expect(nounInfo('événement de lancement')).toEqual({gender: 'M', number: 'S', known: true})
    expect(nounInfo('problèmes techniques')).toEqual({gender: 'M', number: 'P', known: true})
    expect(nounInfo('serveurs')).toEqual({gender: 'M', number: 'P', known: true})
    expect(nounNumber('journaux')).toBe('P')
    expect(nounNumber('prix')).toBe('S')
  })

  it('falls back to the ending, and to the masculine singular for names', () => {
    expect(nounInfo('twitterisation')).toEqual({gender: 'F', number: 'S', known: false})
    expect(nounInfo('Twitter Spaces')).toEqual({gender: 'M', number: 'S', known: false})
  })

  it('pluralises French nouns', () => {
    expect(pluralize('réseau')).toBe('réseaux')
    expect(pluralize('journal')).toBe('journaux')
    expect(pluralize('utilisateur')).toBe('utilisateurs')
    expect(pluralize('prix')).toBe('prix')
  })
})

describe('elision', () => {
  it('knows vowel sounds, mute h and aspirated h', () => {
    expect(startsWithVowelSound('événement')).toBe(true)
    expect(startsWithVowelSound('hôte')).toBe(true)
    expect(startsWithVowelSound('homme')).toBe(true)
    expect(startsWithVowelSound('hache')).toBe(false)
    expect(startsWithVowelSound('héros')).toBe(false)
    expect(startsWithVowelSound('onze')).toBe(false)
    expect(startsWithVowelSound('œuvre')).toBe(true)
    expect(startsWithVowelSound('Elon Musk')).toBe(true)
    expect(startsWithVowelSound('80 %')).toBe(false)
    expect(startsWithVowelSound('yaourt')).toBe(false)
  })

  it('elides le, de, que, si and ce only where French does', () => {
    expect(elide('le', 'hôte')).toBe('l’hôte')
    expect(elide('de', 'Elon Musk')).toBe('d’Elon Musk')
    expect(elide('que', 'il')).toBe('qu’il')
    expect(elide('Que', 'attend Twitter')).toBe('Qu’attend Twitter')
    expect(elide('si', 'il')).toBe('s’il')
    expect(elide('si', 'elle')).toBe('si elle')
    expect(elide('ce', 'est')).toBe('c’est')
    expect(elide('ce', 'événement')).toBe('ce événement')
    expect(elide('la', 'hache')).toBe('la hache')
    expect(elide('de', 'DeSantis')).toBe('de DeSantis')
  })
})

describe('contract', () => {
  it('fuses de and à with the definite article', () => {
    expect(contract('de', 'le lancement')).toBe('du lancement')
    expect(contract('de', 'les serveurs')).toBe('des serveurs')
    expect(contract('à', 'le public')).toBe('au public')
    expect(contract('à', 'les utilisateurs')).toBe('aux utilisateurs')
    expect(contract('de', 'la campagne')).toBe('de la campagne')
    expect(contract('de', 'l’événement')).toBe('de l’événement')
    expect(contract('à', 'l’avenir')).toBe('à l’avenir')
  })

  it('elides de before a vowel and drops the indefinite des', () => {
    expect(contract('de', 'une demi-heure')).toBe('d’une demi-heure')
    expect(contract('de', 'Twitter')).toBe('de Twitter')
    expect(contract('de', 'Elon Musk')).toBe('d’Elon Musk')
    expect(contract('de', 'des problèmes techniques')).toBe('de problèmes techniques')
    expect(contract('de', 'des autres candidats')).toBe('d’autres candidats')
    expect(contract('que', 'elle')).toBe('qu’elle')
    expect(contract('pour', 'le public')).toBe('pour le public')
  })

  it('applies elisions and contractions across a generated sentence', () => {
    expect(applyElisions('Le retard de le lancement de le événement de Twitter')).toBe('Le retard du lancement de l’événement de Twitter')
    expect(applyElisions('La confiance de Musk quant à le avenir de Twitter')).toBe('La confiance de Musk quant à l’avenir de Twitter')
    expect(applyElisions('Une invitation à les candidats que il a lancée')).toBe('Une invitation aux candidats qu’il a lancée')
    expect(applyElisions('avant de le essayer', {contractions: false})).toBe('avant de l’essayer')
  })
})

describe('determiners', () => {
  it('agrees the definite article and elides it', () => {
    expect(withDeterminer('lancement', {kind: 'definite'})).toBe('le lancement')
    expect(withDeterminer('audience', {kind: 'definite'})).toBe('l’audience')
    expect(withDeterminer('hache', {kind: 'definite'})).toBe('la hache')
    expect(withDeterminer('hôte', {kind: 'definite'})).toBe('l’hôte')
    expect(withDeterminer('campagne', {kind: 'definite'})).toBe('la campagne')
    expect(withDeterminer('problèmes techniques', {kind: 'definite'})).toBe('les problèmes techniques')
  })

  it('builds indefinite, demonstrative and possessive forms', () => {
    expect(withDeterminer('lancement retardé', {kind: 'indefinite'})).toBe('un lancement retardé')
    expect(withDeterminer('demi-heure', {kind: 'indefinite'})).toBe('une demi-heure')
    expect(withDeterminer('serveurs', {kind: 'indefinite'})).toBe('des serveurs')
    expect(withDeterminer('nouveaux produits', {kind: 'indefinite', adjectiveFirst: true})).toBe('de nouveaux produits')
    expect(withDeterminer('autres détails', {kind: 'indefinite', adjectiveFirst: true})).toBe('d’autres détails')
    expect(withDeterminer('événement', {kind: 'demonstrative'})).toBe('cet événement')
    expect(withDeterminer('échec', {kind: 'demonstrative'})).toBe('cet échec')
    expect(withDeterminer('annonce', {kind: 'demonstrative'})).toBe('cette annonce')
    expect(withDeterminer('hache', {kind: 'demonstrative'})).toBe('cette hache')
    expect(withDeterminer('candidature', {kind: 'possessive'})).toBe('sa candidature')
    expect(withDeterminer('audience', {kind: 'possessive'})).toBe('son audience')
    expect(withDeterminer('opinions', {kind: 'possessive', ownerNumber: 'P'})).toBe('leurs opinions')
    expect(determiner('place publique', {kind: 'definite'})).toBe('la')
  })

  it('lets the caller force gender and number', () => {
    expect(withDeterminer('Twitter Spaces', {kind: 'definite', gender: 'M', number: 'S'})).toBe('le Twitter Spaces')
    expect(withDeterminer('élue', {kind: 'indefinite', gender: 'F', number: 'S'})).toBe('une élue')
  })
})

describe('agree', () => {
  it('agrees adjectives and past participles', () => {
    expect(agree('retardé', 'M', 'S')).toBe('retardé')
    expect(agree('retardé', 'F', 'S')).toBe('retardée')
    expect(agree('bâclé', 'M', 'P')).toBe('bâclés')
    expect(agree('public', 'F', 'S')).toBe('publique')
    expect(agree('numérique', 'F', 'P')).toBe('numériques')
    expect(agree('technique', 'M', 'P')).toBe('techniques')
    expect(agree('premier', 'F', 'S')).toBe('première')
    expect(agree('complet', 'M', 'S')).toBe('complet')
    expect(agree('complet', 'F', 'S')).toBe('complète')
    expect(agree('pris', 'F', 'P')).toBe('prises')
    expect(agree('retardé de près d’une demi-heure', 'F', 'S')).toBe('retardée de près d’une demi-heure')
  })

  it('uses nouvel and vieil before a vowel', () => {
    expect(agree('nouveau', 'M', 'S', {noun: 'événement', beforeNoun: true})).toBe('nouvel')
    expect(agree('nouveau', 'M', 'S', {noun: 'lancement', beforeNoun: true})).toBe('nouveau')
  })
})

describe('capitalize', () => {
  it('capitalises the first letter only', () => {
    expect(capitalize('un lancement retardé')).toBe('Un lancement retardé')
    expect(capitalize('échec complet du lancement')).toBe('Échec complet du lancement')
    expect(capitalize('« la place publique »')).toBe('« La place publique »')
    expect(capitalize('l’IA de Twitter')).toBe('L’IA de Twitter')
    expect(capitalize('iPhone et Twitter')).toBe('iPhone et Twitter')
  })
})

describe('invertQuestion', () => {
  it('takes a noun subject up with il / elle and the euphonic -t-', () => {
    expect(capitalize(invertQuestion('Twitter Spaces', 'a flanché', {interrogative: 'pourquoi'}))).toBe('Pourquoi Twitter Spaces a-t-il flanché')
    expect(invertQuestion('la plate-forme', 'peut devenir une destination', {interrogative: 'comment'})).toBe('comment la plate-forme peut-elle devenir une destination')
    expect(invertQuestion('l’annonce', 'a été retardée', {interrogative: 'pourquoi'})).toBe('pourquoi l’annonce a-t-elle été retardée')
    expect(invertQuestion('les serveurs', 'ont fondu', {interrogative: 'pourquoi'})).toBe('pourquoi les serveurs ont-ils fondu')
    expect(invertQuestion('les adversaires', 'se moquent', {interrogative: 'pourquoi'})).toBe('pourquoi les adversaires se moquent-ils')
    expect(invertQuestion('Musk', 'a acheté Twitter')).toBe('Musk a-t-il acheté Twitter')
    expect(invertQuestion('les autorités locales', "ont décrit l'avalanche", {interrogative: 'pourquoi'})).toBe("pourquoi les autorités locales ont-elles décrit l'avalanche")
    expect(invertQuestion('Twitter', 'sera évalué', {interrogative: 'comment'})).toBe('comment Twitter sera-t-il évalué')
  })

  it('inverts a pronoun simply and keeps clitics before the verb', () => {
    expect(capitalize(invertQuestion('il', 'va se passer', {interrogative: 'que'}))).toBe('Que va-t-il se passer')
    expect(invertQuestion('il', 'se passe', {interrogative: 'que'})).toBe('que se passe-t-il')
    expect(invertQuestion('elle', 'continue de montrer des signes', {interrogative: 'pourquoi'})).toBe('pourquoi continue-t-elle de montrer des signes')
    expect(invertQuestion('on', 'évalue Twitter', {interrogative: 'comment'})).toBe('comment évalue-t-on Twitter')
    expect(invertQuestion('il', 'ne fonctionne pas', {interrogative: 'pourquoi'})).toBe('pourquoi ne fonctionne-t-il pas')
    expect(invertQuestion('il', 'n’a pas fonctionné', {interrogative: 'pourquoi'})).toBe('pourquoi n’a-t-il pas fonctionné')
    expect(invertQuestion('ils', 'font tourner', {interrogative: 'comment'})).toBe('comment font-ils tourner')
    expect(invertQuestion('il', 'prend')).toBe('prend-il')
  })

  it('uses stylistic inversion after que, eliding it', () => {
    expect(invertQuestion('Twitter', 'va devenir', {interrogative: 'que'})).toBe('que va devenir Twitter')
    expect(capitalize(invertQuestion('l’avenir', 'réserve', {interrogative: 'que'}))).toBe('Que réserve l’avenir')
    expect(capitalize(invertQuestion('Twitter', 'attend', {interrogative: 'que'}))).toBe('Qu’attend Twitter')
  })
})
