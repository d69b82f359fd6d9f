import type { Db } from '../db/connection'

// FTS5 writes every transaction's index changes as a new b-tree (segment) and merges them in
// the background only partly: 100,000 notes written over time leave some twenty large
// segments, and every search looks up each of its trigrams in each of them. Merged into one,
// the same searches take a fifth of the time. Small new segments (a live note each) cost
// next to nothing, so the index is merged when it has grown into many, while nobody is waiting.

/** The two FTS5 tables of search: the trigram index, and the spread-out one for short words (migration 11). */
const indexes = ['search_index', 'search_spread'] as const

/** How many b-trees the search indexes are made of now: the larger count of the two. */
export const searchIndexSegments = (db: Db): number =>
  Math.max(...indexes.map((table) => db.prepare(`SELECT count(DISTINCT segid) FROM ${table}_idx`).pluck().get() as number))

/**
 * Merges about `pages` pages of each index's b-trees towards one, in one short transaction.
 * Returns false when there was nothing left to merge.
 */
export function tidySearchIndexStep(db: Db, pages = 64): boolean {
  const changes = db.prepare('SELECT total_changes()').pluck()
  const worked = db
    .transaction(() =>
      indexes.map((table) => {
        const before = changes.get() as number
        db.prepare(`INSERT INTO ${table} (${table}, rank) VALUES ('merge', ?)`).run(-pages)
        // FTS5's documented signal: a merge that did no work changes fewer than two rows.
        return (changes.get() as number) - before >= 2
      })
    )
    .immediate()
  return worked.some(Boolean)
}

/** Merges the whole index into one b-tree now (CLI, benchmarks, tests). */
export function tidySearchIndex(db: Db): void {
  while (tidySearchIndexStep(db, 1000));
}

export interface IndexUpkeep {
  /** Something happened: wait for the next quiet moment before merging. */
  poke: () => void
  stop: () => void
}

interface UpkeepOptions {
  /** Quiet time before merging starts, and after any call interrupts it. */
  idleMs?: number
  /** Once per run of the app the index is merged whenever it has more than one b-tree; after that, past this many. */
  maxSegments?: number
  /** Pages merged per step: each step is one transaction of a few milliseconds. */
  pagesPerStep?: number
}

/**
 * Keeps the search index merged while the app is idle: a step at a time, each its own short
 * transaction, pausing whenever a call comes in. `database` returns null while no data file is open.
 */
export function keepSearchIndexTidy(database: () => Db | null, options: UpkeepOptions = {}): IndexUpkeep {
  const { idleMs = 3000, maxSegments = 16, pagesPerStep = 64 } = options
  let timer: NodeJS.Timeout | undefined
  let mergedOnce = false
  let stopped = false

  const later = (ms: number, run: () => void) => {
    clearTimeout(timer)
    if (stopped) return
    timer = setTimeout(run, ms)
    timer.unref()
  }

  const step = () => {
    const db = database()
    if (!db?.open) return
    // Another process writing (the CLI, say) holds the lock: waiting out the connection's busy
    // timeout would freeze the app's main thread for seconds, so the step gives up at once.
    let patience: number | undefined
    try {
      patience = db.pragma('busy_timeout', { simple: true }) as number
      db.pragma('busy_timeout = 0')
      if (tidySearchIndexStep(db, pagesPerStep)) later(0, step)
      else mergedOnce = true
    } catch {
      // Busy or closing: the next quiet moment tries again.
      later(idleMs, start)
    } finally {
      if (patience !== undefined && db.open) db.pragma(`busy_timeout = ${patience}`)
    }
  }

  const start = () => {
    const db = database()
    if (!db?.open) return
    try {
      if (searchIndexSegments(db) > (mergedOnce ? maxSegments : 1)) step()
    } catch {
      // A database without the index (recovery, a newer schema) has nothing to keep.
    }
  }

  later(idleMs, start)
  return {
    poke: () => later(idleMs, start),
    stop: () => {
      stopped = true
      clearTimeout(timer)
    }
  }
}
