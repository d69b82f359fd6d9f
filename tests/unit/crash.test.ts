import Database from 'better-sqlite3'
import { spawn } from 'node:child_process'
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { buildSync } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { startCore } from '../../src/core/app'
import { dataFileIn } from '../../src/core/paths'
import { tempDir } from '../helpers/core'

// ROUNDTABLE_CRASH_KILLS=20 for a quick run; the full run (the default) kills the writer 200 times.
const KILLS = Number(process.env.ROUNDTABLE_CRASH_KILLS ?? 200)
const PARALLEL = 2

/** The writer, bundled once so that each restart costs a plain Node start, not a TypeScript compile. */
function bundleWriter(): string {
  mkdirSync('out-safety', { recursive: true })
  const outfile = join('out-safety', `crash-writer-${process.pid}.mjs`)
  buildSync({ entryPoints: ['tests/helpers/crashWriter.ts'], bundle: true, platform: 'node', format: 'esm', external: ['better-sqlite3'], outfile, logLevel: 'error' })
  return outfile
}

/** Starts the writer, lets it save for a random moment, SIGKILLs it; returns every id it reported as saved. */
function runAndKill(writer: string, dataDir: string): Promise<{ saved: string[]; killedAfterMs: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dataDir], { stdio: ['ignore', 'pipe', 'inherit'] })
    const saved: string[] = []
    let buffered = ''
    let killedAfterMs = -1
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      const lines = buffered.split('\n')
      buffered = lines.pop()!
      for (const line of lines) {
        if (line === 'ready' && killedAfterMs < 0) {
          killedAfterMs = Math.floor(Math.random() * 60)
          setTimeout(() => child.kill('SIGKILL'), killedAfterMs)
        } else if (line.startsWith('note ') || line.startsWith('action ')) saved.push(line)
        else if (line.startsWith('open-failed')) reject(new Error(line))
      }
    })
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve({ saved, killedAfterMs }) : reject(new Error(`writer exited on its own (${signal})`))))
  })
}

/** Opens the file as the app's next start would (replaying the -wal) and checks it. */
function verify(dataDir: string, acknowledged: string[]): { missing: string[]; integrity: string } {
  const db = new Database(dataFileIn(dataDir))
  try {
    const integrity = db.pragma('integrity_check', { simple: true }) as string
    const notes = new Set(db.prepare('SELECT id FROM notes').pluck().all() as string[])
    const actions = new Set(db.prepare('SELECT id FROM action_items').pluck().all() as string[])
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
          for (let round = 0; kills < KILLS; round++) {
            const { saved } = await runAndKill(writer, dataDir)
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
  }, 120_000)
})
