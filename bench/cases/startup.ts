import Database from 'better-sqlite3'
import { copyFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openDatabase } from '../../src/core/db/connection'
import { latestVersion, migrations } from '../../src/core/db/migrations'
import type { BenchCase, BenchContext } from '../figures'
import { comparison } from '../figures'

/** The first schema version that has a notes table: the oldest database that can hold the notes. */
function notesVersion(): number {
  const db = new Database(':memory:')
  try {
    for (const step of migrations) {
      step.up(db)
      if (db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'notes'").get()) return step.version
    }
    return latestVersion()
  } finally {
    db.close()
  }
}

/**
 * The generated data in a database at schema `version`: built with the migrations up to
 * there, then filled by copying the columns that existed then from the generated file.
 */
function olderDatabase(ctx: BenchContext, version: number, file: string): void {
  rmSync(file, { force: true })
  const db = new Database(file)
  try {
    db.pragma('journal_mode = WAL')
    db.transaction(() => {
      for (const step of migrations.filter((m) => m.version <= version)) step.up(db)
      db.pragma(`user_version = ${version}`)
    })()
    db.prepare('ATTACH DATABASE ? AS gen').run(ctx.generated.dataFile)
    const tables = db.prepare("SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[]
    db.transaction(() => {
      for (const table of tables) {
        const columns = (db.prepare(`SELECT name FROM pragma_table_info(?, 'main')`).pluck().all(table) as string[]).filter(
          (c) => db.prepare(`SELECT 1 FROM pragma_table_info(?, 'gen') WHERE name = ?`).get(table, c) !== undefined
        )
        if (columns.length) db.exec(`INSERT INTO main.${table} (${columns.join(', ')}) SELECT ${columns.join(', ')} FROM gen.${table}`)
      }
    })()
    db.exec('DETACH DATABASE gen')
    db.pragma('wal_checkpoint(TRUNCATE)')
  } finally {
    db.close()
  }
}

/**
 * Launch cost: opening the data file (read-only health check, pragmas) when it is up to
 * date, and when it was last written by an older app, so the pending migrations (search
 * index backfill included) run over every note.
 */
export const startupCase: BenchCase = {
  id: 'startup',
  title: 'Startup: open the database, run pending migrations',
  async run(ctx) {
    const from = notesVersion()
    const to = latestVersion()
    const pristine = join(ctx.scratch, 'startup-old.sqlite')
    olderDatabase(ctx, from, pristine)
    const current = join(ctx.scratch, 'startup-current.sqlite')
    copyFileSync(ctx.generated.dataFile, current)
    const migrating = join(ctx.scratch, 'startup-migrating.sqlite')

    const rounds = Math.min(ctx.rounds, 3)
    const open: number[] = []
    const upgrade: number[] = []
    const began = performance.now()
    for (let round = 0; round < rounds; round++) {
      // Keep the whole bench within its 10 minutes on a busy machine: one round at least.
      if (round > 0 && performance.now() - began > 60_000) break
      // A fresh old file each round (untimed): migrating changes it.
      for (const suffix of ['', '-wal', '-shm']) rmSync(migrating + suffix, { force: true })
      copyFileSync(pristine, migrating)
      const runs: [number[], string][] = [
        [open, current],
        [upgrade, migrating]
      ]
      for (const [into, file] of round % 2 ? runs.reverse() : runs) {
        const start = performance.now()
        const db = openDatabase(file)
        into.push(performance.now() - start)
        db.close()
      }
      ctx.log(`startup round ${round + 1}: open ${open.at(-1)!.toFixed(0)} ms, migrate ${upgrade.at(-1)!.toFixed(0)} ms`)
    }
    const notes = ctx.generated.notesWritten.toLocaleString('en')
    return [
      comparison(
        {
          id: 'startup.migrate',
          title: `open + migrate v${from}→v${to} with ${notes} notes`,
          note: `baseline opens the same data already at v${to}; open includes the read-only quick_check`
        },
        { name: 'migrate', samples: upgrade },
        { name: 'open, up to date', samples: open }
      )
    ]
  }
}
