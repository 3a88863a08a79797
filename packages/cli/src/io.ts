import type {Readable, Writable} from 'node:stream'

/** The streams and folder a CLI run works with (injectable for tests). */
export interface CliContext {
  stdin: Readable & {isTTY?: boolean}
  stdout: Writable
  stderr: Writable & {isTTY?: boolean}
  cwd: string
}

/** Read all of a stream as bytes. */
export async function readStream(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return new Uint8Array(Buffer.concat(chunks))
}

/** Exit codes, as unified-engine and eslint use them. */
export const EXIT = {ok: 0, findings: 1, error: 2} as const
