import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {typesetTree, type TypographyOptions, type TypographyResult} from '../typography/index.js'

declare module '../types.js' {
  interface TitrailleData {
    /** What the `typography` stage fixed and found. */
    typography?: TypographyResult
  }
}

/** Options of {@link remarkTypography}. */
export type TypographyPluginOptions = Omit<TypographyOptions, 'source'>

/** Where each typography rule is documented: the rule id is appended as an anchor. */
export const TYPOGRAPHY_DOCS_URL = 'https://github.com/titraille/titraille#typography-'

/**
 * Unified plugin: fixes the French typography of the tree, stores what it did
 * on `file.data.titraille.typography` and reports what it could not fix as
 * file messages.
 */
export const remarkTypography: Plugin<[(Readonly<TypographyPluginOptions> | null | undefined)?], Root> = function (options) {
  return (tree: Root, file: VFile) => {
    const source = file.data.titraille?.source ?? (file.value === undefined ? undefined : String(file.value))
    const result = typesetTree(tree, {...options, source})
    if (file.data.titraille) file.data.titraille.typography = result
    for (const finding of result.findings) {
      const message = file.message(finding.reason, {place: finding.place, ruleId: finding.rule, source: 'titraille'})
      message.url = TYPOGRAPHY_DOCS_URL + finding.rule
      message.actual = finding.actual
      message.expected = [finding.expected]
    }
  }
}
