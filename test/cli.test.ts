import {describe, expect, it} from '@jest/globals'
import {mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync} from 'node:fs'
import {join} from 'node:path'
import {SHARED, temporaryFolder, titraille} from './support/cli.js'

const seedPath = join(SHARED, 'fixtures/seed-twitter-spaces.txt')
const article = readFileSync(join(SHARED, 'corpus/wikinews-fr/44635.md'), 'utf8')
const english = 'The launch of the new rocket was delayed by half an hour on Tuesday because of technical problems with the servers, the company said.'

describe('titraille CLI: basics', () => {
  it('prints its version and help', () => {
    expect(titraille(['--version'])).toMatchObject({code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/)})
    const help = titraille(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: titraille')
  })

  it('runs the demo: Markdown on stdout, a summary on stderr', () => {
    const run = titraille(['demo'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^---\n/)
    // Typography gives the colon its no-break space and the number its narrow one.
    expect(run.stdout).toMatch(/^# France\u00a0: PSA va supprimer 8\u202f000 emplois$/m)
    expect(run.stdout).toContain('license: "CC BY 2.5')
    expect(run.stderr).toMatch(/demo\.md: \d+ → \d+ words/)
  })

  it('reads stdin and writes stdout', () => {
    const run = titraille(['-'], {input: article})
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Philippe Varin')
  })

  it('rejects an unknown flag as a usage error', () => {
    const run = titraille(['--frobnicate', seedPath])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^titraille: .*frobnicate/)
  })
})

describe('titraille CLI: bad input gets one clear line, exit 2, and no output file', () => {
  const cases: [string, (dir: string) => string, RegExp, string[]?][] = [
    ['a missing file', (dir) => join(dir, 'absent.txt'), /absent\.txt: no such file/],
    ['a directory', (dir) => (mkdirSync(join(dir, 'sub')), join(dir, 'sub')), /sub: is a directory/],
    ['an empty file', (dir) => write(dir, 'vide.txt', ''), /vide\.txt: The input is empty/],
    ['a whitespace-only file', (dir) => write(dir, 'blanc.txt', ' \n\t\n  \n'), /blanc\.txt: The input is empty/],
    ['binary data', (dir) => write(dir, 'image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), /image\.png: The input looks like binary data/],
    ['invalid UTF-8', (dir) => write(dir, 'latin1.txt', Buffer.from('Le préfet a annoncé la fermeture de la route nationale jusqu’à demain matin.', 'latin1')), /latin1\.txt: The input is not valid UTF-8/],
    ['invalid front matter', (dir) => write(dir, 'fm.md', `---\ntitle: [oups\n---\n\n${article}`), /fm\.md: The YAML front matter is invalid/],
    ['an input over the size limit', (dir) => write(dir, 'gros.txt', article), /gros\.txt: \d+ bytes, over the limit of 1000 bytes/, ['--max-size', '1000']],
    ['a text that is not French', (dir) => write(dir, 'english.txt', english), /english\.txt: The text does not look French \(identified as English/]
  ]
  it.each(cases)('%s', (_name, make, message, extra = []) => {
    const dir = temporaryFolder()
    const input = make(dir)
    const out = join(dir, 'out')
    const run = titraille([input, '--out-dir', out, ...extra], {cwd: dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(message)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stdout).toBe('')
    expect(existsSync(out) ? readdirSync(out, {recursive: true}).filter((f) => String(f).endsWith('.md')) : []).toEqual([])
  })

  it('processes English with --lang-check=off', () => {
    const run = titraille(['--lang-check=off', '--allow-padding', '--fail-on', 'off', '-'], {input: english})
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('The launch of the new rocket')
  })
})

describe('titraille CLI: configuration and command names', () => {
  it('reads the nearest titraille config, and a flag wins over it', () => {
    const dir = temporaryFolder()
    write(dir, 'article.md', article)
    const words = (markdown: string) => markdown.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
    const plain = titraille(['article.md', '--quiet', '--fail-on', 'off'], {cwd: dir})
    write(dir, 'titraille.config.json', '{"minWords": 400}')
    const configured = titraille(['article.md', '--quiet', '--fail-on', 'off'], {cwd: dir})
    const flagged = titraille(['article.md', '--quiet', '--fail-on', 'off', '--min-words', '700'], {cwd: dir})
    expect(words(configured.stdout)).toBeLessThan(words(plain.stdout))
    expect(flagged.stdout).toBe(plain.stdout)
    write(dir, 'titraille.config.json', '{"minWords": "beaucoup"}')
    const broken = titraille(['article.md'], {cwd: dir})
    expect(broken.code).toBe(2)
    expect(broken.stderr).toMatch(/titraille\.config\.json/)
  })

  it('takes a file named like an object property for a file, not a command', () => {
    const run = titraille(['constructor'], {cwd: temporaryFolder()})
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/constructor: no such file/)
  })
})

describe('titraille CLI: writing files', () => {
  it('never overwrites an existing file unless --force, and writes atomically', () => {
    const dir = temporaryFolder()
    const target = write(dir, 'sortie.md', 'ancien contenu\n')
    const refused = titraille([seedPath, '-o', target])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/sortie\.md: already exists\. Pass `--force`/)
    expect(readFileSync(target, 'utf8')).toBe('ancien contenu\n')
    const forced = titraille([seedPath, '-o', target, '--force'])
    expect(forced.code).toBe(0)
    expect(readFileSync(target, 'utf8')).toContain('Elon Musk veut transformer Twitter')
    expect(readdirSync(dir)).toEqual(['sortie.md']) // no temporary file left behind
  })

  it('in a batch, one bad file does not stop the others', () => {
    const dir = temporaryFolder()
    write(dir, 'a.txt', readFileSync(seedPath, 'utf8'))
    write(dir, 'b.txt', '')
    write(dir, 'c.md', article)
    const run = titraille(['*.{txt,md}', '--out-dir', 'dist', '--quiet'], {cwd: dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/b\.txt: The input is empty/)
    expect(readdirSync(join(dir, 'dist')).sort()).toEqual(['a.md', 'c.md'])
  })

  it('reports an output folder it cannot write to, in one line', () => {
    const dir = temporaryFolder()
    // A file where the folder should be fails for every user, root included
    // (a read-only folder does not stop root).
    const out = write(dir, 'pas-un-dossier', 'x')
    const run = titraille([seedPath, '--out-dir', out])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^titraille: .*seed-twitter-spaces\.md: cannot write it \(ENOTDIR|EEXIST/)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
  })

  it('needs --out-dir for several inputs', () => {
    const run = titraille([seedPath, seedPath])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/several inputs need --out-dir/)
  })
})

function write(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}
