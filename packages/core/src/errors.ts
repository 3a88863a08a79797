/** Machine-readable codes of the errors Titraille raises for bad input. */
export type TitrailleErrorCode =
  | 'EMPTY'
  | 'BINARY'
  | 'INVALID_UTF8'
  | 'TOO_LARGE'
  | 'TOO_DEEP'
  | 'NOT_FRENCH'
  | 'INVALID_FRONT_MATTER'
  | 'TOO_SHORT'
  | 'INVALID_OPTION'

/**
 * One clear error for one problem with the input: `message` names the problem
 * and what to do about it; `code` is stable for programs.
 */
export class TitrailleError extends Error {
  readonly code: TitrailleErrorCode
  /** What the user can do about it (already part of `message`). */
  readonly hint: string

  constructor(code: TitrailleErrorCode, problem: string, hint: string) {
    super(`${problem} ${hint}`)
    this.name = 'TitrailleError'
    this.code = code
    this.hint = hint
  }
}

/** Whether `value` is a {@link TitrailleError}. */
export function isTitrailleError(value: unknown): value is TitrailleError {
  return value instanceof TitrailleError
}
