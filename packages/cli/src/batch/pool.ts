import type {ArticleOutcome, ArticleTask} from './outcome.js'

/** Options of {@link runArticles}. */
export interface RunArticlesOptions {
  /**
   * Worker threads to use; 1 runs every article in this thread, with no pool.
   * @default 1
   */
  jobs?: number | null | undefined
  /**
   * Tasks handed to the pool ahead of the one being reported, per thread: a
   * slow article does not leave the other threads idle, and memory stays bounded.
   * @default 32
   */
  lookahead?: number | null | undefined
}

/**
 * Optimise `tasks` and hand each outcome to `onOutcome` in input order,
 * whatever the order in which the threads finish: the output of a batch is
 * the same with any number of jobs.
 */
export async function runArticles(
  tasks: readonly ArticleTask[],
  onOutcome: (outcome: ArticleOutcome) => Promise<void> | void,
  options?: Readonly<RunArticlesOptions> | null
): Promise<void> {
  const threads = Math.max(1, Math.min(options?.jobs ?? 1, tasks.length))
  if (threads === 1) {
    // A single article, or --jobs 1, never pays for starting threads.
    const {processArticle} = await import('./article.js')
    for (const task of tasks) await onOutcome(await processArticle(task))
    return
  }
  const {Tinypool} = await import('tinypool')
  const pool = new Tinypool({
    filename: new URL('worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 1000
  })
  const lookahead = threads * Math.max(1, options?.lookahead ?? 32)
  const pending: (Promise<ArticleOutcome> | undefined)[] = Array.from({length: tasks.length})
  let started = 0
  const start = (): void => {
    const position = started++
    const task = tasks[position]!
    // A worker that dies (out of memory, a crash in a native module) fails its article, not the batch.
    pending[position] = (pool.run(task) as Promise<ArticleOutcome>).catch(
      (error: unknown): ArticleOutcome => ({
        ok: false,
        index: task.index,
        path: task.path,
        kind: 'crash',
        message: `${task.path === '-' ? '<stdin>' : task.path}: unexpected error in a worker: ${(error as Error).stack ?? String(error)}`
      })
    )
  }
  try {
    while (started < Math.min(lookahead, tasks.length)) start()
    for (let position = 0; position < tasks.length; position++) {
      const outcome = await pending[position]!
      pending[position] = undefined
      if (started < tasks.length) start()
      await onOutcome(outcome)
    }
  } finally {
    await pool.destroy()
  }
}
