/**
 * JSON Schema (draft-07) of {@link AuditReport} version 1, for programs that
 * read `titraille audit --report json` without TypeScript. `measurements`
 * is described by the `Measurements` type of `@titraille/rules` and left
 * open here.
 */
const point = {
  type: 'object',
  required: ['line', 'column'],
  properties: {line: {type: 'integer', minimum: 1}, column: {type: 'integer', minimum: 1}, offset: {type: 'integer', minimum: 0}}
} as const

const place = {type: 'object', required: ['start', 'end'], properties: {start: point, end: point}} as const

const finding = {
  type: 'object',
  required: ['ruleId', 'origin', 'level', 'rating', 'message', 'url'],
  additionalProperties: false,
  properties: {
    ruleId: {type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$'},
    origin: {type: 'string', pattern: '^titraille:'},
    level: {enum: ['warn', 'error']},
    rating: {enum: ['ok', 'bad']},
    message: {type: 'string', pattern: '^Unexpected '},
    place,
    actual: {type: 'string'},
    expected: {type: 'array', items: {type: 'string'}},
    fix: {type: 'string'},
    url: {type: 'string', format: 'uri'}
  }
} as const

/** The schema of the JSON audit report, version 1. */
export const AUDIT_REPORT_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Titraille audit report',
  type: 'object',
  required: ['schemaVersion', 'tool', 'scores', 'summary', 'topFixes', 'rules', 'findings', 'added', 'measurements'],
  additionalProperties: false,
  properties: {
    schemaVersion: {const: 1},
    tool: {type: 'object', required: ['name'], properties: {name: {const: 'titraille'}}},
    path: {type: 'string'},
    preset: {type: 'string'},
    scores: {
      type: 'object',
      required: ['seo', 'readability'],
      additionalProperties: false,
      properties: {seo: {type: 'integer', minimum: 0, maximum: 100}, readability: {type: 'integer', minimum: 0, maximum: 100}}
    },
    summary: {
      type: 'object',
      required: ['words', 'sentences', 'paragraphs', 'subheadings', 'longSentences', 'transitionSentences', 'passiveSentences', 'readingEase'],
      properties: {
        words: {type: 'integer', minimum: 0},
        sentences: {type: 'integer', minimum: 0},
        paragraphs: {type: 'integer', minimum: 0},
        subheadings: {type: 'integer', minimum: 0},
        longSentences: {type: 'number', minimum: 0, maximum: 100},
        transitionSentences: {type: 'number', minimum: 0, maximum: 100},
        passiveSentences: {type: 'number', minimum: 0, maximum: 100},
        readingEase: {type: 'number'},
        keyphrase: {
          type: 'object',
          required: ['text', 'source', 'count', 'density'],
          properties: {text: {type: 'string'}, source: {enum: ['analysis', 'settings', 'meta']}, count: {type: 'integer', minimum: 0}, density: {type: 'number', minimum: 0}}
        }
      }
    },
    topFixes: {type: 'array', maxItems: 3, items: finding},
    rules: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'category', 'description', 'url', 'level', 'rating', 'weight', 'findings'],
        additionalProperties: false,
        properties: {
          id: {type: 'string'},
          category: {enum: ['seo', 'readability']},
          description: {type: 'string'},
          url: {type: 'string', format: 'uri'},
          level: {enum: ['warn', 'error']},
          rating: {enum: ['good', 'ok', 'bad', 'na']},
          weight: {type: 'number', minimum: 1},
          findings: {type: 'array', items: finding}
        }
      }
    },
    findings: {type: 'array', items: finding},
    added: {
      type: 'array',
      items: {
        type: 'object',
        required: ['by', 'from', 'type', 'text', 'words'],
        properties: {by: {type: 'string'}, from: {type: 'array', items: {type: 'integer'}}, template: {type: 'string'}, type: {type: 'string'}, text: {type: 'string'}, words: {type: 'integer', minimum: 0}, place}
      }
    },
    measurements: {type: 'object', required: ['language', 'words', 'sentences', 'readingEase']}
  }
} as const
