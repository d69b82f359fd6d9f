import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { openCore } from '../../src/core/app'
import { openDatabase } from '../../src/core/db/connection'
import { dataFileIn } from '../../src/core/paths'

/**
 * One side of the bulk-import figure, in its own process so that it can be stopped when
 * it runs past its time and so that its peak memory is its own. Prints one JSON line.
 * Usage: importSide.ts importer|raw EXPORT.json DATA_DIR
 */
type Row = Record<string, unknown>

async function main(): Promise<void> {
  const [side, file, dataDir] = process.argv.slice(2) as [string, string, string]
  const text = readFileSync(file, 'utf8')
  let ms: number
  if (side === 'importer') {
    const core = openCore({ dataDir, transport: 'cli' })
    const start = performance.now()
    const result = await core.call('importData', { text, onConflict: 'skip' })
    ms = performance.now() - start
    core.close()
    if (!result.ok) throw new Error(`importData failed: ${result.error.message}`)
  } else {
    const db = openDatabase(dataFileIn(dataDir), { create: true })
    const { tables } = JSON.parse(text) as { tables: Record<string, Row[]> }
    const start = performance.now()
    db.transaction(() => {
      for (const [table, rows] of Object.entries(tables)) {
        if (!rows[0]) continue
        const columns = Object.keys(rows[0])
        const insert = db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`)
        for (const row of rows) insert.run(row)
      }
    })()
    ms = performance.now() - start
    db.close()
  }
  console.log(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }))
}

void main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
