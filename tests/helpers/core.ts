import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import { openCore, type RoundtableCore } from '../../src/core/app'

const opened: { core: RoundtableCore; dir: string }[] = []

/** A real Roundtable database in a fresh temp folder, closed and removed after the test. */
export function freshCore(): RoundtableCore & { dataDir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'roundtable-test-'))
  const core = openCore({ dataDir: dir, transport: 'test' })
  opened.push({ core, dir })
  return Object.assign(core, { dataDir: dir })
}

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'roundtable-test-'))
  opened.push({ core: { close: () => {} } as RoundtableCore, dir })
  return dir
}

afterEach(() => {
  for (const { core, dir } of opened.splice(0)) {
    core.close()
    rmSync(dir, { recursive: true, force: true })
  }
})

/** Every row of every table, in a stable order: equal snapshots mean nothing was written. */
export function snapshot(core: RoundtableCore): string {
  const tables = core.db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[]
  return JSON.stringify(tables.map((t) => [t, core.db.prepare(`SELECT * FROM "${t}" ORDER BY 1`).all()]))
}
