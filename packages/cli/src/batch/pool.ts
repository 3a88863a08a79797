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
    // A single article, or --jobs 1, never pays for starting threads. Two
    // articles in flight: one's file I/O (the fsync of an atomic write) overlaps
    // the other's pipeline, as it does in each worker of a pool.
    const {processArticle} = await import('./article.js')
    await inOrder(tasks, processArticle, Math.min(IN_FLIGHT_PER_THREAD, tasks.length), onOutcome)
    return
  }
  const {Tinypool} = await import('tinypool')
  const pool = new Tinypool({
    filename: new URL('worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    concurrentTasksPerWorker: IN_FLIGHT_PER_THREAD,
    idleTimeout: 1000
  })
  const run = (task: ArticleTask): Promise<ArticleOutcome> =>
    // A worker that dies (out of memory, a crash in a native module) fails its article, not the batch.
    (pool.run(task) as Promise<ArticleOutcome>).catch(
      (error: unknown): ArticleOutcome => ({
        ok: false,
        index: task.index,
        path: task.path,
        kind: 'crash',
        message: `${task.path === '-' ? '<stdin>' : task.path}: unexpected error in a worker: ${(error as Error).stack ?? String(error)}`
      })
    )
  try {
    await inOrder(tasks, run, threads * Math.max(IN_FLIGHT_PER_THREAD, options?.lookahead ?? 32), onOutcome)
  } finally {
    await pool.destroy()
  }
}

/** Articles a thread works on at once: the pipeline of one while another waits on its files. */
const IN_FLIGHT_PER_THREAD = 2

/**
 * Start up to `ahead` tasks at a time and report their outcomes in task
 * order: a slow article holds back the report, never the other threads
 * (until `ahead` tasks are done and waiting for it).
 */
async function inOrder(
  tasks: readonly ArticleTask[],
  run: (task: ArticleTask) => Promise<ArticleOutcome>,
  ahead: number,
  onOutcome: (outcome: ArticleOutcome) => Promise<void> | void
): Promise<void> {
  const pending: (Promise<ArticleOutcome> | undefined)[] = Array.from({length: tasks.length})
  let started = 0
  const start = (): void => {
    const position = started++
    pending[position] = run(tasks[position]!)
  }
  while (started < Math.min(ahead, tasks.length)) start()
  for (let position = 0; position < tasks.length; position++) {
    const outcome = await pending[position]!
    pending[position] = undefined
    if (started < tasks.length) start()
    await onOutcome(outcome)
  }
}
