import {parseDocument, isMap} from 'yaml'
import {TitrailleError} from '../errors.js'
import type {FrontMatter} from '../types.js'

/** Parse YAML front matter; invalid YAML or a non-mapping is a clear error. */
export function parseFrontMatter(yamlText: string): FrontMatter {
  const document = parseDocument(yamlText, {prettyErrors: true, uniqueKeys: true})
  const error = document.errors[0]
  if (error) {
    const line = error.linePos?.[0]?.line
    throw new TitrailleError(
      'INVALID_FRONT_MATTER',
      `The YAML front matter is invalid${line ? ` (line ${line + 1} of the file)` : ''}: ${error.message.split('\n')[0]}.`,
      'Fix the YAML between the `---` lines, or remove it.'
    )
  }
  if (document.contents === null) return {raw: yamlText, data: {}}
  if (!isMap(document.contents)) {
    throw new TitrailleError(
      'INVALID_FRONT_MATTER',
      'The YAML front matter is not a mapping of keys to values.',
      'Write it as `key: value` lines between the `---` lines.'
    )
  }
  const data = document.toJS() as Record<string, unknown>
  return {raw: yamlText, data}
}
