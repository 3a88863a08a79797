import {describe, expect, it} from '@jest/globals'
import {audit} from '@titraille/rules'
import {testRule, type InvalidCase, type RuleCase} from './audit-tester.js'

// Material for the examples: plain French news sentences.
/** 10 words, no transition, active. */
const PLAIN = 'Les habitants du quartier attendent la réouverture de la piscine.'
/** 10 words, with a transition. */
const LINKED = 'Cependant, les travaux de la piscine ont pris du retard.'
/** A paragraph of `n` × 10 words alternating plain and linked sentences. */
const paragraph = (n: number) => Array.from({length: n}, (_, i) => (i % 2 === 0 ? PLAIN : LINKED)).join(' ')
/** 10 words. */
const TITLE = '# La piscine municipale rouvrira ses portes en septembre à Lyon'

const tables: Record<string, {valid: RuleCase[]; invalid: InvalidCase[]}> = {
  'keyphrase-length': {
    valid: [{name: 'two content words', markdown: `${TITLE}\n\n${PLAIN}`, keyphrase: 'piscine municipale'}],
    invalid: [
      {name: 'no keyphrase', markdown: `${TITLE}\n\n${PLAIN}`, messages: ['Unexpected missing focus keyphrase, expected one'], ratings: ['bad']},
      {
        name: 'six content words (function words do not count)',
        markdown: `${TITLE}\n\n${PLAIN}`,
        keyphrase: 'réouverture de la piscine municipale du quartier nord de Lyon',
        messages: ['Unexpected keyphrase of 6 content words, expected at most 4'],
        ratings: ['ok']
      }
    ]
  },
  'keyphrase-in-title': {
    valid: [{name: 'keyphrase opens the title', markdown: `${TITLE}\n\n${PLAIN}`, keyphrase: 'piscine municipale'}],
    invalid: [
      {name: 'keyphrase later in the title', markdown: `${TITLE}\n\n${PLAIN}`, keyphrase: 'septembre', messages: ['Unexpected keyphrase “septembre” after the start of the title, expected it first'], ratings: ['ok']},
      {name: 'keyphrase missing from the title', markdown: `${TITLE}\n\n${PLAIN}`, keyphrase: 'travaux', messages: ['Unexpected title without the keyphrase “travaux”, expected it in the title'], ratings: ['bad']}
    ]
  },
  'keyphrase-in-introduction': {
    valid: [{name: 'in one sentence of the first paragraph', markdown: `${TITLE}\n\nLa piscine municipale rouvre enfin.\n\n${PLAIN}`, keyphrase: 'piscine municipale'}],
    invalid: [
      {name: 'words in two sentences', markdown: `${TITLE}\n\nLa piscine ferme. Le conseil municipal décide.\n\n${PLAIN}`, keyphrase: 'piscine municipale', messages: [/spread over sentences/], ratings: ['ok'], line: 3},
      {name: 'absent', markdown: `${TITLE}\n\nLe conseil a voté mardi.\n\n${PLAIN}`, keyphrase: 'piscine', messages: ['Unexpected first paragraph without the keyphrase “piscine”, expected it there'], ratings: ['bad']}
    ]
  },
  'keyphrase-in-meta-description': {
    valid: [{name: 'once', markdown: `---\ndescription: La piscine municipale de Lyon rouvre en septembre après deux ans de travaux.\n---\n${TITLE}\n\n${PLAIN}`, keyphrase: 'piscine municipale'}],
    invalid: [
      {name: 'absent', markdown: `---\ndescription: Le bassin rouvre en septembre après deux ans de travaux.\n---\n${TITLE}\n\n${PLAIN}`, keyphrase: 'piscine', messages: ['Unexpected meta description without the keyphrase “piscine”, expected it once']},
      {name: 'three times', markdown: `---\ndescription: Piscine fermée, piscine en travaux, piscine rouverte en septembre.\n---\n${TITLE}\n\n${PLAIN}`, keyphrase: 'piscine', messages: ['Unexpected keyphrase 3 times in the meta description, expected at most 2']}
    ]
  },
  'keyphrase-in-slug': {
    valid: [{name: 'all words, accents dropped', markdown: `---\nslug: piscine-municipale-reouverture\n---\n${TITLE}\n\n${PLAIN}`, keyphrase: 'réouverture de la piscine'}],
    invalid: [
      {name: 'half the words', markdown: `---\nslug: piscine-lyon\n---\n${TITLE}\n\n${PLAIN}`, keyphrase: 'piscine municipale', messages: [/^Unexpected slug “piscine-lyon” without all of the keyphrase/], ratings: ['ok']},
      {name: 'none', markdown: `---\nslug: travaux-lyon\n---\n${TITLE}\n\n${PLAIN}`, keyphrase: 'piscine municipale', messages: [/^Unexpected slug “travaux-lyon” without the keyphrase/], ratings: ['bad']}
    ]
  },
  'keyphrase-in-subheadings': {
    valid: [{name: '1 of 2 subheadings (50 %)', markdown: `${TITLE}\n\n${PLAIN}\n\n## La piscine municipale en chantier\n\n${PLAIN}\n\n## Le calendrier des travaux\n\n${PLAIN}`, keyphrase: 'piscine municipale'}],
    invalid: [
      {name: 'none of 2', markdown: `${TITLE}\n\n${PLAIN}\n\n## Un chantier de deux ans\n\n${PLAIN}\n\n## Le calendrier des travaux\n\n${PLAIN}`, keyphrase: 'piscine', messages: ['Unexpected keyphrase in 0 % of subheadings (0/2), expected 30–75 %'], ratings: ['bad']},
      {name: 'all of 2', markdown: `${TITLE}\n\n${PLAIN}\n\n## La piscine en chantier\n\n${PLAIN}\n\n## Les piscines de Lyon\n\n${PLAIN}`, keyphrase: 'piscine', messages: ['Unexpected keyphrase in 100 % of subheadings (2/2), expected 30–75 %']}
    ]
  },
  'keyphrase-density': {
    valid: [{name: '1 in 135 words (0.7 %)', markdown: `${TITLE}\n\n${paragraph(12)} Le chantier finira en septembre.`, keyphrase: 'septembre'}],
    invalid: [
      {name: 'never used', markdown: `${TITLE}\n\n${paragraph(12)}`, keyphrase: 'natation', messages: ['Unexpected keyphrase density of 0 % (0 in 130 words), expected 0.5–3 %'], ratings: ['bad']},
      {name: 'stuffed: 6 in 130 words (« habitants » for « l\'habitant »)', markdown: `${TITLE}\n\n${paragraph(12)}`, keyphrase: 'l\'habitant', messages: [/^Unexpected keyphrase density of 4\.6 % \(6 in 130 words\)/], ratings: ['bad']}
    ]
  },
  'keyphrase-in-anchor': {
    valid: [{name: 'link text without the keyphrase', markdown: `${TITLE}\n\n${PLAIN} Voir [le communiqué](https://lyon.fr/communique).`, keyphrase: 'piscine municipale'}],
    invalid: [{name: 'keyphrase as link text', markdown: `${TITLE}\n\n${PLAIN} Voir [la piscine municipale](https://lyon.fr/piscine).`, keyphrase: 'piscine municipale', messages: [/^Unexpected keyphrase “piscine municipale” as link text/], line: 3}]
  },
  'keyphrase-in-image-alt': {
    valid: [{name: 'alt holds the keyphrase', markdown: `${TITLE}\n\n${PLAIN}\n\n![La piscine municipale vue du ciel](piscine.jpg)`, keyphrase: 'piscine municipale'}],
    invalid: [{name: 'no alt holds it', markdown: `${TITLE}\n\n${PLAIN}\n\n![Le chantier en juillet](chantier.jpg)`, keyphrase: 'piscine municipale', messages: [/^Unexpected images without the keyphrase/], ratings: ['ok']}]
  },
  'text-length': {
    valid: [{name: '310 words', markdown: `${TITLE}\n\n${paragraph(30)}`}],
    invalid: [
      {name: '250 words', markdown: `${TITLE}\n\n${paragraph(24)}`, messages: ['Unexpected 250 words, expected at least 300'], ratings: ['ok']},
      {name: '60 words', markdown: `${TITLE}\n\n${paragraph(5)}`, messages: ['Unexpected 60 words, expected at least 300'], ratings: ['bad']},
      {name: 'Titraille’s own target', markdown: `${TITLE}\n\n${paragraph(30)}`, options: {min: 700}, messages: ['Unexpected 310 words, expected at least 700']}
    ]
  },
  'title-length': {
    valid: [{name: '62 characters is too long but 45 is right', markdown: `# La piscine municipale rouvrira en septembre\n\n${PLAIN}`}],
    invalid: [
      {name: 'short title', markdown: `# Piscine\n\n${PLAIN}`, messages: ['Unexpected title of 7 characters, expected 30–60']},
      {name: 'no title', markdown: PLAIN, messages: ['Unexpected missing title, expected one'], ratings: ['bad']}
    ]
  },
  'meta-description-length': {
    valid: [{name: '131 characters', markdown: `---\ndescription: La piscine municipale de Lyon rouvre ses portes en septembre après deux ans de travaux et un chantier plus long que prévu.\n---\n${TITLE}\n\n${PLAIN}`}],
    invalid: [
      {name: 'too short', markdown: `---\ndescription: La piscine rouvre.\n---\n${TITLE}\n\n${PLAIN}`, messages: ['Unexpected meta description of 18 characters, expected 120–156']},
      {name: 'missing', markdown: `${TITLE}\n\n${PLAIN}`, messages: ['Unexpected missing meta description, expected one']}
    ]
  },
  'slug-format': {
    valid: [{name: 'ascii words, no stop words', markdown: `---\nslug: piscine-municipale-reouverture\n---\n${TITLE}\n\n${PLAIN}`}],
    invalid: [
      {name: 'accents and capitals', markdown: `---\nslug: Piscine-Réouverture\n---\n${TITLE}\n\n${PLAIN}`, messages: ['Unexpected slug “Piscine-Réouverture”, expected lowercase ASCII words joined by single hyphens'], ratings: ['bad']},
      {name: 'French stop words', markdown: `---\nslug: la-piscine-de-la-ville\n---\n${TITLE}\n\n${PLAIN}`, messages: ['Unexpected stop words in the slug (la, de, la), expected none']},
      {name: 'missing', markdown: `${TITLE}\n\n${PLAIN}`, messages: ['Unexpected missing slug, expected one']}
    ]
  },
  'single-h1': {
    valid: [{name: 'one H1', markdown: `${TITLE}\n\n${PLAIN}`}],
    invalid: [
      {name: 'none', markdown: `## Les travaux\n\n${PLAIN}`, messages: ['Unexpected article without an H1, expected one (the title)']},
      {name: 'two', markdown: `${TITLE}\n\n${PLAIN}\n\n# Les travaux\n\n${PLAIN}`, messages: ['Unexpected extra H1 “Les travaux”, expected one H1 only'], line: 5}
    ]
  },
  'heading-increment': {
    valid: [{name: 'H1 → H2 → H3 → H2', markdown: `${TITLE}\n\n## Les travaux\n\n### Le bassin\n\n## Le calendrier\n\n${PLAIN}`}],
    invalid: [{name: 'H2 → H4', markdown: `${TITLE}\n\n## Les travaux\n\n#### Le bassin\n\n${PLAIN}`, messages: ['Unexpected H4 “Le bassin” after an H2, expected H3 or less'], line: 5}]
  },
  'unique-subheadings': {
    valid: [{name: 'different subheadings', markdown: `${TITLE}\n\n## Les travaux\n\n${PLAIN}\n\n## Le calendrier\n\n${PLAIN}`}],
    invalid: [{name: 'same words, other case and final stop', markdown: `${TITLE}\n\n## Les travaux\n\n${PLAIN}\n\n## Les Travaux.\n\n${PLAIN}`, messages: ['Unexpected duplicate subheading “Les Travaux.”, expected unique subheadings'], line: 7}]
  },
  'subheading-length': {
    valid: [{name: 'short and meaningful', markdown: `${TITLE}\n\n## Un chantier de deux ans\n\n${PLAIN}`}],
    invalid: [
      {name: 'too long', markdown: `${TITLE}\n\n## Un chantier de deux ans qui a mobilisé les services techniques de la ville et ses partenaires\n\n${PLAIN}`, messages: ['Unexpected subheading of 93 characters, expected at most 70']},
      {name: 'one word', markdown: `${TITLE}\n\n## Travaux\n\n${PLAIN}`, messages: ['Unexpected subheading of 1 word (“Travaux”), expected at least 2']}
    ]
  },
  'empty-section': {
    valid: [{name: 'a parent heading with subsections is not empty', markdown: `${TITLE}\n\n## Les travaux\n\n### Le bassin\n\n${PLAIN}`}],
    invalid: [{name: 'heading followed by a heading of the same level', markdown: `${TITLE}\n\n## Les travaux\n\n## Le calendrier\n\n${PLAIN}`, messages: ['Unexpected empty section “Les travaux”, expected text under it'], line: 3}]
  },
  'image-alt': {
    valid: [{name: 'described image', markdown: `${TITLE}\n\n![Le bassin olympique](bassin.jpg)\n\n${PLAIN}`}],
    invalid: [{name: 'empty alt', markdown: `${TITLE}\n\n![](bassin.jpg)\n\n${PLAIN}`, messages: ['Unexpected image without alt text (bassin.jpg), expected a description'], line: 3}]
  },
  'internal-links': {
    valid: [{name: 'relative link', markdown: `${TITLE}\n\n${PLAIN} Lire [notre dossier](/sport/piscines).`}],
    invalid: [{name: 'only an outbound link', markdown: `${TITLE}\n\n${PLAIN} Lire [le communiqué](https://lyon.fr/communique).`, messages: ['Unexpected article without internal links, expected at least one']}]
  },
  'outbound-links': {
    valid: [{name: 'a source on another site', markdown: `${TITLE}\n\n${PLAIN} Lire [le communiqué](https://lyon.fr/communique).`}],
    invalid: [{name: 'no link', markdown: `${TITLE}\n\n${PLAIN}`, messages: ['Unexpected article without outbound links, expected at least one']}]
  },
  'subheading-distribution': {
    valid: [{name: '250 words between subheadings', markdown: `${TITLE}\n\n${paragraph(12)}\n\n## Les travaux\n\n${paragraph(12)}\n\n${paragraph(13)}`}],
    invalid: [
      {name: '360 words before the first subheading', markdown: `${TITLE}\n\n${paragraph(12)}\n\n${paragraph(12)}\n\n${paragraph(12)}\n\n## Les travaux\n\n${PLAIN}`, messages: ['Unexpected 360 words before the first subheading, expected at most 300'], ratings: ['bad'], line: 3},
      {name: '320 words under a subheading', markdown: `${TITLE}\n\n${PLAIN}\n\n## Les travaux\n\n${paragraph(16)}\n\n${paragraph(16)}`, messages: ['Unexpected 320 words under “Les travaux”, expected at most 300'], ratings: ['ok'], line: 5}
    ]
  },
  'paragraph-length': {
    valid: [{name: '150 words', markdown: `${TITLE}\n\n${paragraph(15)}`}],
    invalid: [{name: '160 words', markdown: `${TITLE}\n\n${PLAIN}\n\n${paragraph(16)}`, messages: ['Unexpected paragraph of 160 words (“Les habitants du quartier attendent la réouverture de …”), expected at most 150'], ratings: ['ok'], line: 5}]
  },
  'sentence-length': {
    valid: [{name: '1 long sentence of 4 (25 %)', markdown: `${TITLE}\n\n${PLAIN} ${PLAIN} ${LINKED} Les habitants du quartier attendent depuis deux ans la réouverture de la piscine municipale, fermée pour des travaux de rénovation énergétique.`}],
    invalid: [
      {
        name: '2 long sentences of 3',
        markdown: `${TITLE}\n\n${PLAIN} Les habitants du quartier attendent depuis deux ans la réouverture de la piscine municipale, fermée pour des travaux de rénovation énergétique. Le maire a promis mardi une ouverture en septembre prochain, après un chantier bien plus long que prévu et plus cher aussi.`,
        messages: ['Unexpected 66.7 % of sentences over 20 words (2/3), expected at most 25 %'],
        ratings: ['bad'],
        line: 3
      }
    ]
  },
  'transition-words': {
    valid: [{name: 'every other sentence linked (50 %)', markdown: `${TITLE}\n\n${paragraph(22)}`}],
    invalid: [{name: 'no transition in 22 sentences', markdown: `${TITLE}\n\n${Array.from({length: 22}, () => PLAIN).join(' ')}`, messages: ['Unexpected 0 % of sentences with a transition word (0/22), expected at least 30 %'], ratings: ['bad']}]
  },
  'passive-voice': {
    valid: [{name: 'être + adjective and movement verbs', markdown: `${TITLE}\n\nLe bassin est grand. Les nageurs sont arrivés tôt. Le maire est né à Lyon. ${PLAIN} ${PLAIN} ${PLAIN} ${PLAIN} ${PLAIN} ${PLAIN} ${PLAIN}`}],
    invalid: [{name: '2 passive sentences of 5', markdown: `${TITLE}\n\nLe bassin a été rénové par la ville. Les vestiaires seront repeints. ${PLAIN} ${PLAIN} ${PLAIN}`, messages: ['Unexpected 40 % of passive sentences (2/5), expected at most 10 %'], ratings: ['bad'], line: 3}]
  },
  'consecutive-sentences': {
    valid: [{name: 'two in a row', markdown: `${TITLE}\n\nLe maire a parlé. Le maire a promis. Les habitants attendent.`}],
    invalid: [
      {name: 'three sentences opening with « Le maire »', markdown: `${TITLE}\n\nLe maire a parlé. Le maire a promis une date. Le maire a signé.`, messages: ['Unexpected 3 consecutive sentences starting with “le maire”, expected fewer than 3'], line: 3},
      {name: 'three with « Il »', markdown: `${TITLE}\n\nIl pleut. Il vente. Il neige sur la ville.`, messages: ['Unexpected 3 consecutive sentences starting with “il”, expected fewer than 3']}
    ]
  },
  'reading-ease': {
    valid: [{name: 'short sentences, short words', markdown: `${TITLE}\n\nLe bassin rouvre lundi. Les prix ne changent pas. Les cours de nage reprennent en mai.`}],
    invalid: [
      {
        name: 'long sentence of long words',
        markdown: `${TITLE}\n\nLa municipalité lyonnaise, considérablement préoccupée par l’augmentation particulièrement significative des consommations énergétiques, a définitivement programmé une réhabilitation intégrale des installations aquatiques intercommunales.`,
        messages: [/^Unexpected reading ease of -?\d+(\.\d)?, expected at least 60$/],
        ratings: ['bad']
      }
    ]
  },
  typography: {
    valid: [{name: 'no fault reported', markdown: `${TITLE}\n\n${PLAIN}`, typography: []}],
    invalid: [
      {
        name: 'faults from the typography stage',
        markdown: `${TITLE}\n\n${PLAIN}`,
        typography: [{ruleId: 'unbalanced-guillemets', message: 'Unexpected opening guillemet `«` never closed, expected `»` after the quoted text', place: {start: {line: 3, column: 5}, end: {line: 3, column: 6}}}],
        messages: ['Unexpected opening guillemet `«` never closed, expected `»` after the quoted text'],
        line: 3
      }
    ]
  }
}

for (const rule of audit.RULES) {
  const table = tables[rule.id]
  if (table) testRule(rule, table)
}

describe('the rule tables', () => {
  it('cover every rule with at least one valid and one invalid French example', () => {
    for (const rule of audit.RULES) {
      expect(tables[rule.id]?.valid.length ?? 0).toBeGreaterThan(0)
      expect(tables[rule.id]?.invalid.length ?? 0).toBeGreaterThan(0)
    }
    expect(Object.keys(tables).sort()).toEqual(audit.RULES.map((r) => r.id).sort())
  })

  it('give every rule an id, docs, default severity, weight and typed defaults', () => {
    const ids = new Set<string>()
    for (const rule of audit.RULES) {
      expect(rule.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      expect(ids.has(rule.id)).toBe(false)
      ids.add(rule.id)
      expect(rule.url).toBe(`${audit.DOCS_URL}${rule.id}`)
      expect(['warn', 'error']).toContain(rule.severity)
      expect(rule.weight).toBeGreaterThanOrEqual(1)
      expect(rule.description.length).toBeGreaterThan(10)
      expect(typeof rule.defaults).toBe('object')
    }
  })
})
