import {describe, expect, it} from '@jest/globals'
import {readdirSync, readFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseSync} from '@swc/core'
import {checkSync} from 'recheck'

// Every regular expression in the packages' sources is checked for
// catastrophic backtracking (ReDoS) by recheck, a static analyser with a
// fuzzing fallback: literals are found in the syntax tree; patterns built at
// run time are captured by a RegExp proxy while the pipeline runs.

const ROOT = fileURLToPath(new URL('../', import.meta.url))

interface Found {
  pattern: string
  flags: string
  where: string
}

function sourceFiles(): string[] {
  const files: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      if (entry.name === 'node_modules' || entry.name === 'dist') continue
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (/\.(?:ts|js|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(path)
    }
  }
  for (const pkg of readdirSync(join(ROOT, 'packages'))) walk(join(ROOT, 'packages', pkg, 'src'))
  return files.sort()
}

type AstNode = {type?: string; [key: string]: unknown}

function staticString(node: AstNode | undefined): string | undefined {
  if (!node) return undefined
  if (node.type === 'StringLiteral') return node.value as string
  if (node.type === 'TemplateLiteral' && (node.expressions as unknown[]).length === 0) return ((node.quasis as AstNode[])[0]!.cooked as string) ?? undefined
  if (node.type === 'TaggedTemplateExpression') {
    const tpl = node.template as AstNode
    if ((tpl.expressions as unknown[]).length === 0) return (tpl.quasis as AstNode[])[0]!.raw as string
  }
  return undefined
}

function collectLiterals(): {found: Found[]; dynamic: string[]} {
  const found: Found[] = []
  const dynamic: string[] = []
  for (const file of sourceFiles()) {
    const where = relative(ROOT, file)
    const ast = parseSync(readFileSync(file, 'utf8'), {syntax: 'typescript', target: 'es2022'})
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(visit)
      if (!node || typeof node !== 'object') return
      const n = node as AstNode
      if (n.type === 'RegExpLiteral') found.push({pattern: n.pattern as string, flags: n.flags as string, where})
      if ((n.type === 'NewExpression' || n.type === 'CallExpression') && (n.callee as AstNode)?.type === 'Identifier' && (n.callee as AstNode).value === 'RegExp') {
        const args = (n.arguments as {expression: AstNode}[] | undefined) ?? []
        const pattern = staticString(args[0]?.expression)
        if (pattern === undefined) dynamic.push(where)
        else found.push({pattern, flags: staticString(args[1]?.expression) ?? '', where})
      }
      for (const key of Object.keys(n)) if (key !== 'span') visit(n[key])
    }
    visit(ast)
  }
  return {found, dynamic}
}

async function captureRuntimePatterns(): Promise<Found[]> {
  const captured: Found[] = []
  const Original = globalThis.RegExp
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?]) {
      const [source, flags] = args
      captured.push({pattern: typeof source === 'string' ? source : source.source, flags: flags ?? (typeof source === 'string' ? '' : source.flags), where: 'runtime'})
      return Reflect.construct(target, args)
    }
  })
  try {
    const core = await import('@titraille/core')
    const seed = readFileSync(join(ROOT, '../shared/fixtures/seed-twitter-spaces.txt'), 'utf8')
    await core.optimize(seed)
    await core.optimize('---\ntitle: Un essai\n---\n\n# Un essai en français\n\nLe [lien](https://example.org) et `du code` dans une phrase, « entre guillemets » : voilà.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n', {allowPadding: true})
  } finally {
    globalThis.RegExp = Original
  }
  return captured
}

describe('regular expressions are safe from catastrophic backtracking', () => {
  it('every literal and every pattern built at run time', async () => {
    const {found} = collectLiterals()
    const runtime = await captureRuntimePatterns()
    const all = new Map<string, Found>()
    for (const item of [...found, ...runtime]) all.set(`/${item.pattern}/${item.flags}`, item)
    expect(all.size).toBeGreaterThan(20)
    const vulnerable: string[] = []
    for (const [key, item] of all) {
      const result = checkSync(item.pattern, item.flags.replace(/[gy]/g, ''), {timeout: 10_000})
      if (result.status === 'vulnerable') vulnerable.push(`${item.where}: ${key} (${result.complexity.type}, attack: ${JSON.stringify(result.attack.pattern)})`)
    }
    expect(vulnerable).toEqual([])
  })

  it('the checker itself catches a vulnerable pattern', () => {
    expect(checkSync('^(a|a)*$', '').status).toBe('vulnerable')
  })
})
