import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openDatabase } from '../../src/core/db/connection'
import { latestVersion } from '../../src/core/db/migrations'
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../src/core/exchange/exportData'
import type { BenchCase, BenchContext } from '../figures'
import { prng, sentence, uuidFrom } from '../generate'
import { runChild } from './child'

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

interface SideRun {
  ms: number
  maxRssMb?: number
  /** Stopped at the time limit: `ms` is a lower bound. */
  stopped: boolean
}

async function runSide(side: 'importer' | 'raw', file: string, dataDir: string, limitMs: number): Promise<SideRun> {
  const run = await runChild<{ ms: number; maxRssMb: number }>('importSide.ts', [side, file, dataDir], limitMs)
  return run.result ? { ...run.result, stopped: false } : { ms: run.ms, stopped: true }
}

/**
 * A JSON export imported through the contract (importData: validation of every row,
 * conflict checks, one transaction) against the same rows inserted with prepared
 * statements in one transaction (JSON already parsed). Both write into an empty, migrated
 * database, so both also feed the search index through its triggers. Each side runs in a
 * child process, stopped at a time limit so that the whole bench stays within 10 minutes.
 */
export const importCase: BenchCase = {
  id: 'import',
  title: 'Bulk import: JSON importer vs raw inserts',
  async run(ctx) {
    const rows = ctx.sizes.importRows
    const file = exportFile(ctx, rows)
    const path = join(ctx.scratch, 'import.json')
    writeFileSync(path, file.text)
    ctx.log(`import: ${rows.toLocaleString('en')} rows (${file.workshops.length} workshops, ${file.notes.length} notes), ${(file.text.length / 2 ** 20).toFixed(0)} MB of JSON`)
    const limitMs = ctx.importLimitSeconds * 1000
    const importer = await runSide('importer', path, freshDir(ctx, 'import-importer'), limitMs)
    ctx.log(`import: importer ${importer.ms.toFixed(0)} ms${importer.stopped ? ' (stopped at the limit)' : ''}`)
    const raw = await runSide('raw', path, freshDir(ctx, 'import-raw'), limitMs)
    ctx.log(`import: raw ${raw.ms.toFixed(0)} ms${raw.stopped ? ' (stopped at the limit)' : ''}`)
    const importerRate = rows / (importer.ms / 1000)
    const rawRate = rows / (raw.ms / 1000)
    const share = importerRate / rawRate
    const bound = (run: SideRun) => (run.stopped ? `stopped after ${(run.ms / 1000).toFixed(0)} s, so at most this rate` : `${(run.ms / 1000).toFixed(1)} s, peak RSS ${run.maxRssMb?.toFixed(0)} MB`)
    return [
      {
        id: 'import.bulk',
        title: `bulk import ${rows.toLocaleString('en')} rows`,
        unit: 'rows/s',
        sides: [
          { name: 'importData', value: importerRate },
          { name: 'raw inserts', value: rawRate }
        ],
        ratio: importer.stopped || raw.stopped ? undefined : { value: share, label: 'importer rate ÷ raw rate' },
        target: 'importer ≥ 50% of raw rate',
        met: importer.stopped || raw.stopped ? (importer.stopped && !raw.stopped ? false : null) : share >= 0.5,
        status: 'measured',
        note: `one run per side in a child process; importer: ${bound(importer)}; raw: ${bound(raw)}; both feed the search index`
      }
    ]
  }
}
