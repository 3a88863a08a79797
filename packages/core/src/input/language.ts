import {franc} from 'franc'
import {TitrailleError} from '../errors.js'

/** Languages franc chooses between: French and the languages it is most often mistaken for. */
const CANDIDATES = ['fra', 'eng', 'spa', 'ita', 'por', 'deu', 'nld', 'cat']

/** Below this many letters franc is unreliable, so we do not judge. */
const MIN_LETTERS = 50

/** ISO 639-3 code of the text's language, or `und` when it is too short to tell. */
export function identifyLanguage(prose: string): string {
  const letters = prose.replace(/[^\p{L}]/gu, '').length
  if (letters < MIN_LETTERS) return 'und'
  // franc reads a bounded sample well; more costs time and changes nothing.
  return franc(prose.length > 20_000 ? prose.slice(0, 20_000) : prose, {only: CANDIDATES, minLength: 10})
}

/** Throw a clear error when `prose` is identified as a language other than French. */
export function assertFrench(prose: string): void {
  const lang = identifyLanguage(prose)
  if (lang !== 'fra' && lang !== 'und') {
    throw new TitrailleError(
      'NOT_FRENCH',
      `The text does not look French (identified as ${languageName(lang)}).`,
      'Titraille optimises French articles; to process it anyway, turn the check off (`langCheck: false`, CLI: `--lang-check=off`).'
    )
  }
}

function languageName(code: string): string {
  const names: Record<string, string> = {
    eng: 'English', spa: 'Spanish', ita: 'Italian', por: 'Portuguese', deu: 'German', nld: 'Dutch', cat: 'Catalan'
  }
  return `${names[code] ?? code} [${code}]`
}
