import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openCore } from '../../src/core/app'
import { openDatabase } from '../../src/core/db/connection'
import { latestVersion } from '../../src/core/db/migrations'
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../src/core/exchange/exportData'
import { dataFileIn } from '../../src/core/paths'
import type { BenchCase, BenchContext } from '../figures'
import { median } from '../harness'
import { prng, sentence, uuidFrom } from '../generate'

type Row = Record<string, unknown>

/** `rows` rows as an export file: some generated workshops, and notes on them for the rest. */
function exportFile(ctx: BenchContext, rows: number): { text: string; workshops: Row[]; notes: Row[] } {
  const source = openDatabase(ctx.generated.dataFile)
  const workshops = source.prepare('SELECT * FROM workshops ORDER BY id LIMIT ?').all(Math.max(1, Math.min(1000, Math.floor(rows / 10)))) as Row[]
  source.close()
  const rng = prng(ctx.seed + 1)
  const stamp = '2026-01-01T00:00:00.000Z'
  const notes = Array.from({ length: Math.max(0, rows - workshops.length) }, (_, i) => ({
    id: uuidFrom(rng),
    workshop_id: workshops[Math.floor(rng() * workshops.length)]!.id,
    text: sentence(rng, 6 + Math.floor(rng() * 24)),
    taken_at: new Date(Date.parse(stamp) + i * 1000).toISOString(),
    agenda_item_id: null,
    speaker_id: null,
    city_id: null,
    kind: 'plain',
    case_study_item_id: null,
    created_at: stamp,
    updated_at: stamp
  }))
  const document = { format: EXPORT_FORMAT, version: EXPORT_VERSION, schemaVersion: latestVersion(), exportedAt: stamp, tables: { workshops, notes } }
  return { text: JSON.stringify(document), workshops, notes }
}

function freshDir(ctx: BenchContext, name: string): string {
  const dir = join(ctx.scratch, name)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  return dir
}

/**
 * A JSON export imported through the contract (importData: validation of every row,
 * conflict checks, one transaction) against the same rows inserted with two prepared
 * statements in one transaction. Both write into an empty, migrated database, so both
 * also feed the search index through its triggers.
 */
export const importCase: BenchCase = {
  id: 'import',
  title: 'Bulk import: JSON importer vs raw inserts',
  async run(ctx) {
    const rows = ctx.sizes.importRows
    const file = exportFile(ctx, rows)
    ctx.log(`import: ${rows.toLocaleString('en')} rows (${file.workshops.length} workshops, ${file.notes.length} notes), ${(file.text.length / 2 ** 20).toFixed(0)} MB of JSON`)

    const importer = async () => {
      const core = openCore({ dataDir: freshDir(ctx, 'import-importer'), transport: 'cli' })
      try {
        const start = performance.now()
        const result = await core.call('importData', { text: file.text, onConflict: 'skip' })
        const ms = performance.now() - start
        if (!result.ok) throw new Error(`importData failed: ${result.error.message}`)
        return ms
      } finally {
        core.close()
      }
    }
    const raw = () => {
      const db = openDatabase(dataFileIn(freshDir(ctx, 'import-raw')), { create: true })
      try {
        const insert = (table: string, sample: Row) => {
          const columns = Object.keys(sample)
          return db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`)
        }
        const start = performance.now()
        const workshop = insert('workshops', file.workshops[0]!)
        const note = file.notes[0] ? insert('notes', file.notes[0]) : undefined
        db.transaction(() => {
          for (const row of file.workshops) workshop.run(row)
          for (const row of file.notes) note!.run(row)
        })()
        return performance.now() - start
      } finally {
        db.close()
      }
    }

    const rounds = Math.min(ctx.rounds, 2)
    const importerMs: number[] = []
    const rawMs: number[] = []
    for (let round = 0; round < rounds; round++) {
      // ABBA: each side goes first once.
      const order = round % 2 ? ['raw', 'importer'] : ['importer', 'raw']
      for (const side of order) {
        if (side === 'raw') rawMs.push(raw())
        else importerMs.push(await importer())
      }
      ctx.log(`import round ${round + 1}/${rounds}: importer ${importerMs.at(-1)!.toFixed(0)} ms, raw ${rawMs.at(-1)!.toFixed(0)} ms`)
    }
    const importerRate = rows / (median(importerMs) / 1000)
    const rawRate = rows / (median(rawMs) / 1000)
    const share = importerRate / rawRate
    return [
      {
        id: 'import.bulk',
        title: `bulk import ${rows.toLocaleString('en')} rows`,
        unit: 'rows/s',
        sides: [
          { name: 'importData', value: importerRate },
          { name: 'raw inserts', value: rawRate }
        ],
        ratio: { value: share, label: 'importer rate ÷ raw rate' },
        target: 'importer ≥ 50% of raw rate',
        met: share >= 0.5,
        status: 'measured',
        note: `median of ${rounds} round(s); times ${importerMs.map((ms) => ms.toFixed(0)).join('/')} ms vs ${rawMs.map((ms) => ms.toFixed(0)).join('/')} ms; both feed the search index`
      }
    ]
  }
}
