import {describe, expect, it} from '@jest/globals'
import {readFileSync} from 'node:fs'
import {splitSentences} from '@titraille/core'

const seed = readFileSync(new URL('../../../../shared/fixtures/seed-twitter-spaces.txt', import.meta.url), 'utf8')

const split = (text: string) => splitSentences(text).map((span) => text.slice(span.start, span.end))

describe('splitSentences: French cases', () => {
  it.each([
    ['M. before a name', 'M. Dupont est arrivé hier soir. Il a parlé longtemps.', ['M. Dupont est arrivé hier soir.', 'Il a parlé longtemps.']],
    ['MM. and Mme', 'MM. Dupont et Durand ont signé. Mme Martin aussi.', ['MM. Dupont et Durand ont signé.', 'Mme Martin aussi.']],
    ['Dr. and St.', 'Le Dr. Leroy est né à St. Louis en 1950. Ensuite la séance a repris.', ['Le Dr. Leroy est né à St. Louis en 1950.', 'Ensuite la séance a repris.']],
    ['av. J.-C. inside a sentence', 'Rome fut fondée en 753 av. J.-C. selon la tradition.', ['Rome fut fondée en 753 av. J.-C. selon la tradition.']],
    ['av. J.-C. ending a sentence', 'Rome fut fondée en 753 av. J.-C. Elle devint ensuite une république.', ['Rome fut fondée en 753 av. J.-C.', 'Elle devint ensuite une république.']],
    ['etc. ending a sentence', 'On y vend des pommes, des poires, etc. Le marché ferme à midi.', ['On y vend des pommes, des poires, etc.', 'Le marché ferme à midi.']],
    ['etc. inside a sentence', 'On y vend des pommes, des poires, etc. et bien d’autres fruits.', ['On y vend des pommes, des poires, etc. et bien d’autres fruits.']],
    ['initials J.-P.', 'J.-P. Sartre a refusé le prix Nobel. Il l’a dit clairement.', ['J.-P. Sartre a refusé le prix Nobel.', 'Il l’a dit clairement.']],
    ['initials J. K.', 'Le roman de J. K. Rowling est traduit. Il sort demain.', ['Le roman de J. K. Rowling est traduit.', 'Il sort demain.']],
    ['numbers 3,5 % and 1.2', 'Le taux atteint 3,5 % cette année. La version 1.2 est sortie.', ['Le taux atteint 3,5 % cette année.', 'La version 1.2 est sortie.']],
    ['18 h at the end of a sentence', 'La diffusion commence à 18 h. Le public est attendu.', ['La diffusion commence à 18 h.', 'Le public est attendu.']],
    ['ellipsis before a capital', 'Il attendait… Puis il est parti.', ['Il attendait…', 'Puis il est parti.']],
    ['ellipsis inside a sentence', 'Et puis… rien ne s’est passé.', ['Et puis… rien ne s’est passé.']],
    ['three dots before a capital', 'Il hésita... Ensuite il signa le contrat.', ['Il hésita...', 'Ensuite il signa le contrat.']],
    ['a quote ending a sentence inside it', '« Nous partons. » Il est parti sans un mot.', ['« Nous partons. »', 'Il est parti sans un mot.']],
    ['? inside a quote, then an incise', '« Vraiment ? » demanda-t-il en souriant.', ['« Vraiment ? » demanda-t-il en souriant.']],
    ['! inside a quote, then an incise', '« Quelle honte ! » s’écria-t-elle. Personne ne répondit.', ['« Quelle honte ! » s’écria-t-elle.', 'Personne ne répondit.']],
    ['! inside a quote inside a sentence', 'Il a crié « Au secours ! » et il est tombé.', ['Il a crié « Au secours ! » et il est tombé.']],
    ['a quoted sentence after a colon', 'Elle a dit : « C’est fini. » Puis elle est sortie.', ['Elle a dit : « C’est fini. »', 'Puis elle est sortie.']]
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected)
  })

  it('gives offsets into the text, trimmed', () => {
    const text = '  « Nous partons. »   Il est parti.  '
    for (const span of splitSentences(text)) {
      const sentence = text.slice(span.start, span.end)
      expect(sentence).toBe(sentence.trim())
    }
  })
})

describe('splitSentences: every sentence of the seed article', () => {
  // Each paragraph's sentences, as a French reader splits them (start … end).
  const expected: string[][] = [
    ['Elon Musk veut transformer T…près d’une demi-heure mardi.'],
    ['Le propriétaire milliardaire…’événement audio uniquement.', 'Mais même au plus haut, le n… présidentielles télévisées.'],
    ['« Il y a tellement de monde …au milieu des perturbations.', '« Nous avons tellement de mo…urs, ce qui est bon signe. »'],
    ['Après qu’il se soit terminé …s avons terminé très fort. »'],
    ['Musk un jour plus tôt a surn…t sur les réseaux sociaux ».', 'La diffusion Web devait comm…u’il ne commence finalement.', 'Le public est resté inférieur à 500 000.'],
    ['Les adversaires de DeSantis …ain avec l’annonce retardée.'],
    // The quote is never closed; `! a déclaré` goes on with the same sentence.
    ['« Glitch.', 'Problèmes techniques.', 'Silences inconfortables.', 'Échec complet du lancement.', 'Et ce n’est que le candidat …andidat actuel Donald Trump.'],
    ['La représentante Alexandria …ence au jeu vidéo populaire.'],
    ['Twitter a subi une foule de …e faire fonctionner le site.', 'Un jour avant l’événement De…’a donné aucun autre détail.'],
    // `tout-en-un». » pour tout le monde`: the sentence goes on after the stray guillemet.
    ['Musk a acheté Twitter l’auto…our 44 milliards de dollars.', 'Depuis, il a bouleversé le s…rme pour la rendre rentable.', 'Sa grande vision, a-t-il dit…ionnels comme intermédiaire.'],
    ['Mais il semble principalemen…ation précédente de Twitter.'],
    ['L’événement de lancement de …er des signes d’instabilité.', 'Par exemple, le mot « DeSast…cement bâclé de la campagne.'],
    ['Dans le monde des médias tra…rrait ressembler à un échec.', 'Mais dans la Silicon Valley,…lioration de ceux existants.', 'Twitter Spaces – que Twitter…ché de problèmes techniques.'],
    // `explosé. quelques minutes`: a lowercase word goes on; `Starship ! »` keeps its guillemet.
    ['« C’est bien pire pour DeSan…n lancement depuis le Texas.', 'Après l’explosion, Musk l’a … passionnant de Starship ! »', 'J’ai beaucoup appris pour le…elques mois » dans un tweet.'],
    ['« C’est clairement une situa…itiques », a-t-elle déclaré.', '« Musk a une solution plus s…dement et apprendre. plus. »'],
    ['Pozner a déclaré qu’il resta…umérique sur toute la ligne.'],
    ['« Je pense que cela dépendra…tourner », a-t-elle déclaré.'],
    ['Après que DeSantis se soit d…un événement Twitter Spaces.', 'Qu’ils obtiennent ou non des…tant que « place publique ».']
  ]
  const paragraphs = seed.split('\n').filter((line) => line.trim() !== '')
  const short = (sentence: string) => (sentence.length > 60 ? `${sentence.slice(0, 28)}…${sentence.slice(-28)}` : sentence)

  it('has the paragraphs the test expects', () => {
    expect(paragraphs).toHaveLength(expected.length)
  })

  it.each(paragraphs.map((paragraph, index) => [index + 1, paragraph, expected[index]!] as const))('paragraph %i', (_index, paragraph, sentences) => {
    expect(split(paragraph).map(short)).toEqual(sentences)
  })
})
