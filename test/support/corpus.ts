import {readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {join} from 'node:path'

export const SHARED_DIR = fileURLToPath(new URL('../../../shared/', import.meta.url))

/** The seed article and every development corpus article: [name, text]. */
export function articles(): [string, string][] {
  const dir = join(SHARED_DIR, 'corpus/wikinews-fr')
  const corpus = readdirSync(dir)
    .filter((name) => /^\d+\.md$/.test(name))
    .sort()
    .map((name): [string, string] => [name, readFileSync(join(dir, name), 'utf8')])
  return [['seed', readFileSync(join(SHARED_DIR, 'fixtures/seed-twitter-spaces.txt'), 'utf8')], ...corpus]
}

/** Every sentence-like line of the corpus, for generators. */
export function corpusSentences(): string[] {
  const out: string[] = []
  for (const [, text] of articles()) {
    for (const line of text.split('\n')) {
      if (line.startsWith('#') || line.startsWith('-') || line.trim() === '') continue
      for (const part of line.split(/(?<=[.!?»])\s+(?=[A-ZÀ-Ý«])/u)) if (part.length > 20) out.push(part)
    }
  }
  return out
}
