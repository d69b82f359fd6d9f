import { SqliteError } from 'better-sqlite3'
import { contract, isMethodName, type MethodName } from '../../shared/contract'
import { AppError, type ApiError, type Result } from '../../shared/errors'
import type { Db } from '../db/connection'
import type { Service } from './index'

/** Formats zod issues as field paths a form can show next to the field. */
const describeIssues = (issues: { path: PropertyKey[]; message: string }[]) =>
  issues.slice(0, 20).map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }))

export function toApiError(error: unknown): ApiError {
  if (error instanceof AppError) return error.toJSON()
  if (error instanceof SqliteError) {
    if (error.code.startsWith('SQLITE_CONSTRAINT')) {
      return { code: 'conflict', message: 'That change clashes with data already saved (a linked record is missing or already exists).' }
    }
    if (error.code === 'SQLITE_BUSY') return { code: 'conflict', message: 'The database is busy; try again in a moment.' }
  }
  console.error('[roundtable] unexpected error', error)
  return { code: 'internal', message: 'Something went wrong inside Roundtable. Nothing was saved; try again.' }
}

/**
 * The single entry point of every transport: checks the method exists, validates the input
 * with the contract's schema, and runs the handler in one transaction so that a call that
 * fails changes nothing.
 */
export async function dispatch(service: Service, db: Db, name: string, rawInput: unknown): Promise<Result<unknown>> {
  if (!isMethodName(name)) return { ok: false, error: { code: 'not_found', message: `There is no API method called "${name}".` } }
  const parsed = contract[name].input.safeParse(rawInput ?? {})
  if (!parsed.success) {
    const issues = describeIssues(parsed.error.issues)
    const first = issues[0]
    const message = first ? `${first.path ? `${first.path}: ` : ''}${first.message}` : 'The request was not understood.'
    return { ok: false, error: { code: 'invalid_input', message, issues } }
  }
  try {
    const handler = service[name] as (input: unknown) => unknown
    const inTransaction = contract[name].transaction && !db.inTransaction
    const value = inTransaction ? db.transaction(() => handler(parsed.data)).immediate() : await handler(parsed.data)
    return { ok: true, value }
  } catch (error) {
    return { ok: false, error: toApiError(error) }
  }
}

export type { MethodName }
