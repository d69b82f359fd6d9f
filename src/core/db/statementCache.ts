import type { Statement } from 'better-sqlite3'
import type { Db } from './connection'

/** Enough for every fixed statement of the app; SQL built per call (IN lists) cycles through the rest. */
const capacity = 500

/**
 * Makes `db.prepare` hand out the statement it compiled before for the same SQL. The db
 * modules prepare their SQL where they run it, which reads well, but compiling a statement
 * costs about as much as running a small query: a read through the API spent half its time
 * compiling. A statement handed out again is reset to return rows of numbers (a caller may
 * have asked for `.pluck()`, `.raw()` or safe integers); one that is still being iterated is
 * never shared, the caller gets a new one. `.bind()` cannot be undone: never call it on a
 * statement from `db.prepare`.
 * So a statement belongs to its caller only until the next `prepare` of the same SQL: use it
 * within the call that prepared it, never across an `await`.
 */
export function reuseCompiledStatements(db: Db): void {
  const compile = db.prepare.bind(db)
  const compiled = new Map<string, Statement>()
  db.prepare = ((sql: string) => {
    const statement = compiled.get(sql)
    if (statement && !statement.busy) {
      if (statement.reader) statement.pluck(false).expand(false).raw(false)
      statement.safeIntegers(false)
      return statement
    }
    const fresh = compile(sql)
    if (!statement) {
      // Past the app's own statements, SQL is being built per call: start over rather than
      // keep every variant (cheaper per call than keeping the most recently used).
      if (compiled.size >= capacity) compiled.clear()
      compiled.set(sql, fresh)
    }
    return fresh
  }) as Db['prepare']
}
