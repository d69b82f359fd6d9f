import Database from 'better-sqlite3'
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { buildSync } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { startCore } from '../../src/core/app'
import { dataFileIn } from '../../src/core/paths'
import { tempDir } from '../helpers/core'

// ROUNDTABLE_CRASH_KILLS=20 for a quick run; the full run (the default) kills the writer 200 times.
const KILLS = Number(process.env.ROUNDTABLE_CRASH_KILLS ?? 200)
const PARALLEL = 3

/** The writer, bundled once so that each restart costs a plain Node start, not a TypeScript compile. */
function bundleWriter(): string {
  mkdirSync('out-safety', { recursive: true })
  const outfile = join('out-safety', `crash-writer-${process.pid}.mjs`)
  buildSync({ entryPoints: ['tests/helpers/crashWriter.ts'], bundle: true, platform: 'node', format: 'esm', external: ['better-sqlite3'], outfile, logLevel: 'error' })
  return outfile
}

/**
 * Starts the writer and SIGKILLs it at a random moment: mostly while it saves, sometimes while it
 * is still opening the file (checking it, migrating). Returns every id it reported as saved.
 */
function runAndKill(writer: string, dataDir: string, typicalStartMs: number): Promise<{ saved: string[]; readyAfterMs: number | null }> {
  return new Promise((resolve, reject) => {
    const started = Date.now()
    const child = spawn(process.execPath, [writer, dataDir], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, NODE_COMPILE_CACHE: join('out-safety', 'compile-cache') }
    })
    const saved: string[] = []
    let buffered = ''
    let readyAfterMs: number | null = null
    const kill = () => child.kill('SIGKILL')
    const early = Math.random() < 0.2
    if (early) setTimeout(kill, Math.random() * typicalStartMs)
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      const lines = buffered.split('\n')
      buffered = lines.pop()!
      for (const line of lines) {
        if (line === 'ready' && readyAfterMs === null) {
          readyAfterMs = Date.now() - started
          if (!early) setTimeout(kill, Math.random() * 60)
        } else if (line.startsWith('note ') || line.startsWith('action ')) saved.push(line)
        else if (line.startsWith('open-failed')) reject(new Error(line))
      }
    })
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve({ saved, readyAfterMs }) : reject(new Error(`writer exited on its own (${signal})`))))
  })
}

/** Opens the file as the app's next start would (replaying the -wal) and checks it. */
function verify(dataDir: string, acknowledged: string[]): { missing: string[]; integrity: string } {
  // Killed before the data file was made: nothing can have been promised yet.
  if (!existsSync(dataFileIn(dataDir))) return { missing: acknowledged, integrity: 'ok' }
  const db = new Database(dataFileIn(dataDir))
  try {
    const integrity = db.pragma('integrity_check', { simple: true }) as string
    // Killed during its very first open, before the schema was committed: an empty file, nothing promised.
    const migrated = db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'notes'").pluck().get() === 1
    const ids = (table: string) => new Set(migrated ? (db.prepare(`SELECT id FROM ${table}`).pluck().all() as string[]) : [])
    const notes = ids('notes')
    const actions = ids('action_items')
    const missing = acknowledged.filter((line) => {
      const [kind, id] = line.split(' ')
      return !(kind === 'note' ? notes : actions).has(id!)
    })
    return { missing, integrity }
  } finally {
    db.close()
  }
}

describe('crash durability', () => {
  it(`every save reported before a SIGKILL survives it (${KILLS} kills)`, async () => {
    const writer = bundleWriter()
    const started = Date.now()
    let kills = 0
    let saves = 0
    try {
      await Promise.all(
        Array.from({ length: PARALLEL }, async (_, lane) => {
          const dataDir = tempDir()
          const acknowledged: string[] = []
          let typicalStartMs = 300
          for (let round = 0; kills < KILLS; round++) {
            const { saved, readyAfterMs } = await runAndKill(writer, dataDir, typicalStartMs)
            if (readyAfterMs !== null) typicalStartMs = readyAfterMs
            kills++
            acknowledged.push(...saved)
            const { missing, integrity } = verify(dataDir, acknowledged)
            expect(integrity, `lane ${lane} round ${round}`).toBe('ok')
            expect(missing, `lane ${lane} round ${round}: saves lost`).toEqual([])
            // Now and then, open it the app's way too: the check on a copy, then migrations.
            if (round % 25 === 0) {
              const core = startCore({ dataDir, transport: 'test' })
              expect(core.openError()).toBeNull()
              core.close()
            }
          }
          saves += acknowledged.length
        })
      )
    } finally {
      rmSync(writer, { force: true })
    }
    console.log(`crash test: ${kills} SIGKILLs, ${saves} acknowledged saves, none lost, integrity ok every time (${((Date.now() - started) / 1000).toFixed(1)} s)`)
    expect(kills).toBeGreaterThanOrEqual(KILLS)
  }, 300_000)
})
