import path from 'node:path'
import {lilconfig, lilconfigSync, defaultLoaders, defaultLoadersSync, type LilconfigResult, type LoaderSync} from 'lilconfig'
import {parse as parseYaml} from 'yaml'
import {audit, presets} from '@titraille/rules'
import {TitrailleError} from '../errors.js'
import type {OptimizeOptions} from '../pipeline.js'

/** Severity of an audit rule in a config file. */
export type RuleSeverity = 'off' | 'warn' | 'error'

/** A rule setting: a severity, or a severity with the rule's own options. */
export type RuleSetting = RuleSeverity | [RuleSeverity, Record<string, unknown>?]

/**
 * What a `titraille.config.{json,js,mjs,cjs}`, `.titraillerc` (JSON or YAML),
 * `.titraillerc.{json,yaml,yml}` or `package.json#titraille` may hold. The
 * focus keyphrase is per article: it belongs in the article's front matter
 * (`keyphrase:`), not here.
 */
export interface TitrailleConfig {
  /**
   * Words the optimised article must reach.
   * @default 700
   */
  minWords?: number | undefined
  /**
   * Fix French typography.
   * @default true
   */
  typography?: boolean | undefined
  /**
   * Expand an input shorter than the padding threshold anyway.
   * @default false
   */
  allowPadding?: boolean | undefined
  /**
   * Add a FAQPage JSON-LD block to HTML output when a FAQ was generated.
   * @default false
   */
  faqSchema?: boolean | undefined
  /**
   * Audit preset the rule settings start from.
   * @default 'recommended'
   */
  preset?: keyof typeof presets.PRESETS | undefined
  /** Audit rule settings by rule id, e.g. `{"sentence-length": ["warn", {"max": 25}]}`. */
  rules?: Record<string, RuleSetting> | undefined
}

/** A config and the file it came from. */
export interface LoadedConfig {
  config: TitrailleConfig
  /** Absolute path of the config file, `undefined` when none was found. */
  filepath: string | undefined
}

/** Options of {@link loadConfig}. */
export interface LoadConfigOptions {
  /** Use this config file instead of searching for one. */
  configFile?: string | null | undefined
  /**
   * Folder where the upward search stops (included).
   * @default the user's home folder
   */
  stopDir?: string | null | undefined
}

/** Options the config adds to `optimize()` / `remarkTitraille`: the stage options plus the audit's rule settings. */
export type ConfiguredOptions = OptimizeOptions

const NAME = 'titraille'

/** Places searched in each folder, in this order. */
export const CONFIG_FILES: readonly string[] = [
  'package.json',
  '.titraillerc',
  '.titraillerc.json',
  '.titraillerc.yaml',
  '.titraillerc.yml',
  'titraille.config.json',
  'titraille.config.js',
  'titraille.config.mjs',
  'titraille.config.cjs'
]

const SEVERITIES: readonly string[] = ['off', 'warn', 'error']
const PRESETS: readonly string[] = Object.keys(presets.PRESETS)
const KEYS: readonly string[] = ['minWords', 'typography', 'allowPadding', 'faqSchema', 'preset', 'rules']

const yamlLoader: LoaderSync = (filepath, content) => {
  try {
    return parseYaml(content) as unknown
  } catch (error) {
    throw invalid(filepath, `it is neither JSON nor YAML (${(error as Error).message.split('\n')[0]})`)
  }
}

const loadersSync = {...defaultLoadersSync, noExt: yamlLoader, '.yaml': yamlLoader, '.yml': yamlLoader}
const loaders = {...defaultLoaders, noExt: yamlLoader, '.yaml': yamlLoader, '.yml': yamlLoader}

/**
 * Find and read the Titraille config that applies to `filePath` (a file or a
 * folder), searching from its folder upward. Resolves with an empty config
 * when there is none; rejects with a `TitrailleError` naming the file when
 * it is invalid.
 */
export async function loadConfig(filePath: string, options?: Readonly<LoadConfigOptions> | null): Promise<LoadedConfig> {
  const searcher = lilconfig(NAME, {searchPlaces: [...CONFIG_FILES], loaders, cache: false, ...stop(options)})
  let found: LilconfigResult
  try {
    found = options?.configFile ? await searcher.load(path.resolve(options.configFile)) : await searcher.search(searchFrom(filePath))
  } catch (error) {
    throw asConfigError(error, options?.configFile)
  }
  return checked(found)
}

/** Synchronous {@link loadConfig}; JavaScript config files need the asynchronous one. */
export function loadConfigSync(filePath: string, options?: Readonly<LoadConfigOptions> | null): LoadedConfig {
  const searcher = lilconfigSync(NAME, {
    searchPlaces: CONFIG_FILES.filter((name) => !/\.[cm]?js$/.test(name)),
    loaders: loadersSync,
    cache: false,
    ...stop(options)
  })
  let found: LilconfigResult
  try {
    found = options?.configFile ? searcher.load(path.resolve(options.configFile)) : searcher.search(searchFrom(filePath))
  } catch (error) {
    throw asConfigError(error, options?.configFile)
  }
  return checked(found)
}

/**
 * The options for one article: the config, then the article's own front
 * matter (`keyphrase`, `minWords`), then `overrides` (e.g. CLI flags), each
 * winning over the previous one.
 */
export function optionsFor(
  config: Readonly<TitrailleConfig>,
  frontMatter?: Readonly<Record<string, unknown>> | null,
  overrides?: Readonly<ConfiguredOptions> | null
): ConfiguredOptions {
  const options: ConfiguredOptions = {}
  for (const key of KEYS) {
    const value = config[key as keyof TitrailleConfig]
    if (value !== undefined) (options as Record<string, unknown>)[key] = value
  }
  const keyphrase = frontMatter?.keyphrase
  if (typeof keyphrase === 'string' && keyphrase.trim() !== '') options.keyphrase = keyphrase.trim()
  const minWords = frontMatter?.minWords
  if (typeof minWords === 'number' && Number.isInteger(minWords) && minWords > 0) options.minWords = minWords
  if (overrides) {
    for (const [key, value] of Object.entries(overrides)) if (value !== undefined && value !== null) (options as Record<string, unknown>)[key] = value
  }
  return options
}

// lilconfig resolves `stopDir` when the key is present, even if undefined.
function stop(options: Readonly<LoadConfigOptions> | null | undefined): {stopDir?: string} {
  return options?.stopDir ? {stopDir: path.resolve(options.stopDir)} : {}
}

function searchFrom(filePath: string): string {
  const resolved = path.resolve(filePath)
  // A path with an extension is taken as a file (it may not exist yet, e.g. stdin's `--path`).
  return path.extname(resolved) === '' ? resolved : path.dirname(resolved)
}

function checked(found: LilconfigResult): LoadedConfig {
  if (!found || found.isEmpty) return {config: {}, filepath: found?.filepath}
  return {config: validateConfig(found.config as unknown, found.filepath), filepath: found.filepath}
}

/** Check a config object read from `filepath`; throws one clear error for the first problem. */
export function validateConfig(value: unknown, filepath: string): TitrailleConfig {
  if (!isRecord(value)) throw invalid(filepath, 'it must hold an object')
  for (const key of Object.keys(value)) {
    if (!KEYS.includes(key)) {
      throw invalid(filepath, `\`${key}\` is not a Titraille setting (expected one of ${KEYS.join(', ')}; the keyphrase goes in each article's front matter)`)
    }
  }
  const config: TitrailleConfig = {}
  if (value.minWords !== undefined) {
    if (typeof value.minWords !== 'number' || !Number.isInteger(value.minWords) || value.minWords < 1) throw invalid(filepath, '`minWords` must be a positive whole number')
    config.minWords = value.minWords
  }
  for (const key of ['typography', 'allowPadding', 'faqSchema'] as const) {
    if (value[key] === undefined) continue
    if (typeof value[key] !== 'boolean') throw invalid(filepath, `\`${key}\` must be true or false`)
    config[key] = value[key]
  }
  if (value.preset !== undefined) {
    if (typeof value.preset !== 'string' || !PRESETS.includes(value.preset)) throw invalid(filepath, `\`preset\` must be one of ${PRESETS.join(', ')}`)
    config.preset = value.preset as TitrailleConfig['preset']
  }
  if (value.rules !== undefined) {
    if (!isRecord(value.rules)) throw invalid(filepath, '`rules` must be an object of rule ids to settings')
    const rules: Record<string, RuleSetting> = {}
    for (const [id, setting] of Object.entries(value.rules)) {
      if (!audit.RULES_BY_ID.has(id)) throw invalid(filepath, `\`rules.${id}\` is not an audit rule (expected one of ${[...audit.RULES_BY_ID.keys()].join(', ')})`)
      rules[id] = ruleSetting(id, setting, filepath)
    }
    config.rules = rules
  }
  return config
}

function ruleSetting(id: string, setting: unknown, filepath: string): RuleSetting {
  const expected = `\`rules.${id}\` must be "off", "warn", "error" or ["warn", {options}]`
  if (typeof setting === 'string') {
    if (!SEVERITIES.includes(setting)) throw invalid(filepath, expected)
    return setting as RuleSeverity
  }
  if (Array.isArray(setting) && setting.length >= 1 && setting.length <= 2 && SEVERITIES.includes(String(setting[0]))) {
    const options: unknown = setting[1]
    if (options !== undefined && !isRecord(options)) throw invalid(filepath, expected)
    return options === undefined ? [setting[0] as RuleSeverity] : [setting[0] as RuleSeverity, options]
  }
  throw invalid(filepath, expected)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function invalid(filepath: string, problem: string): TitrailleError {
  return new TitrailleError('INVALID_OPTION', `Invalid Titraille config ${filepath}: ${problem}.`, 'Fix the file or remove it.')
}

function asConfigError(error: unknown, configFile: string | null | undefined): Error {
  if (error instanceof TitrailleError) return error
  const message = (error as Error).message ?? String(error)
  if (configFile && (error as NodeJS.ErrnoException).code === 'ENOENT') {
    return new TitrailleError('INVALID_OPTION', `Cannot read the config file ${configFile}: it does not exist.`, 'Check the path given to --config.')
  }
  return new TitrailleError('INVALID_OPTION', `Cannot read the Titraille config: ${message}.`, 'Fix the file or remove it.')
}
