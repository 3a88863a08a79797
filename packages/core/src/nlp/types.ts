import type {Nodes} from 'mdast'

/**
 * Part of speech (Universal Dependencies tags): set on every token by the
 * analysis (word lists, the Lefff noun list, endings and context; refined by
 * fr-compromise when `loadPos()` was awaited).
 */
export type PartOfSpeech = 'NOUN' | 'PROPN' | 'VERB' | 'AUX' | 'ADJ' | 'ADV' | 'DET' | 'PRON' | 'ADP' | 'CCONJ' | 'NUM' | 'PUNCT' | 'SYM'

/** Kinds of token. */
export type TokenKind = 'word' | 'number' | 'url' | 'email' | 'punct' | 'symbol'

/** A token; offsets are UTF-16 indices into its block's `text`. */
export interface Token {
  text: string
  start: number
  end: number
  kind: TokenKind
  /** Lowercase, NFC, apostrophe `’`. */
  lower: string
  /** French Porter stem of `lower` (words only; otherwise `lower`). */
  stem: string
  /** A stop word (or an elided article / pronoun such as `l’`). */
  stop: boolean
  /** A function word (stop word, vague noun, time word, frequent verb …): no topic of its own. */
  functionWord?: boolean | undefined
  /** Part of speech; set by `analyzeBlocks` / `tagSentence` (absent on a bare `tokenize`). */
  pos?: PartOfSpeech | undefined
}

/** A sentence; offsets are UTF-16 indices into its block's `text`. */
export interface Sentence {
  /** Index in `Analysis.sentences` (stable id used by `data.generated.from`). */
  id: number
  /** Index of its block in `Analysis.blocks`. */
  block: number
  start: number
  end: number
  text: string
  tokens: Token[]
  /** Number of words as the audit counts them. */
  words: number
}

/** A unit of prose: a paragraph, heading, list item paragraph, table cell … */
export interface Block {
  id: number
  /** Type of the mdast node (`paragraph`, `heading`, …). */
  type: string
  /** Heading depth when `type` is `heading`. */
  depth?: number | undefined
  /** The node in the tree (analysis is recomputed when the tree changes). */
  node: Nodes
  /** Plain text of the block (inline code and HTML left out). */
  text: string
  /** Ids of its sentences. */
  sentences: number[]
  words: number
}

/** A ranked keyphrase candidate. */
export interface Keyphrase {
  /** The most frequent surface form. */
  text: string
  /** Space-joined stems: the identity of the phrase. */
  key: string
  score: number
  count: number
  /** Sentence ids where it occurs. */
  occurrences: number[]
  /** Surface forms grouped under the same stems, most frequent first. */
  variants: string[]
  /** Why it ranked where it did, in plain words. */
  why: string[]
}

/** A named entity good enough for titles. */
export interface Entity {
  text: string
  kind: 'person' | 'organization' | 'place' | 'other'
  occurrences: number[]
}

/** The one analysis of an article, computed by the `analyze` stage. */
export interface Analysis {
  blocks: Block[]
  sentences: Sentence[]
  keyphrases: Keyphrase[]
  entities: Entity[]
  /** The focus keyphrase: the user's, or the best candidate. */
  focus: string | undefined
  /** Total words (audit count) of the prose. */
  words: number
  /** Which tagger set `Token.pos`: the word lists, or those refined by fr-compromise. */
  posSource?: 'rules' | 'fr-compromise' | undefined
}
