// The closed set of error codes every transport returns. The UI branches on `code`;
// `message` is written for a person and says what to do next.
export const errorCodes = [
  'invalid_input',
  'not_found',
  'conflict',
  'db_newer_than_app',
  'db_unreadable',
  'unauthorized',
  'internal'
] as const

export type ErrorCode = (typeof errorCodes)[number]

export interface ApiError {
  code: ErrorCode
  message: string
  /** Field paths with their messages, for validation errors shown next to the field. */
  issues?: { path: string; message: string }[]
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: { path: string; message: string }[]
  ) {
    super(message)
    this.name = 'AppError'
  }

  toJSON(): ApiError {
    return this.issues
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message }
  }
}

export const isApiError = (value: unknown): value is ApiError =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as ApiError).message === 'string' &&
  (errorCodes as readonly string[]).includes((value as ApiError).code)

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError }
