import fc from 'fast-check'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { contract, methodNames } from '../../src/shared/contract'
import { errorCodes, type Result } from '../../src/shared/errors'
import { startBrowserServer } from '../../src/server/server'
import { freshCore, snapshot } from '../helpers/core'
import { hostileInput } from '../helpers/hostile'

// Full runs by default; ROUNDTABLE_FUZZ_RUNS lowers them for a quick local loop.
const RUNS = Number(process.env.ROUNDTABLE_FUZZ_RUNS ?? 15)
const HTTP_RUNS = Math.max(3, Math.floor(RUNS / 2.5))

beforeAll(() => {
  // A fuzzed setBackupFolder may name any existing folder: keep every backup in a scratch folder.
  process.env.ROUNDTABLE_BACKUP_DIR = mkdtempSync(join(tmpdir(), 'roundtable-fuzz-backups-'))
})

/** A small real dossier, so that ids in the inputs can point at something. */
async function seeded() {
  const core = freshCore()
  const workshop = await core.run('createWorkshop', { title: 'Fuzzed', date: '2026-10-23' })
  const city = await core.run('createCity', { name: 'Xi’an' })
  const speaker = await core.run('createSpeaker', { name: 'Ana', cityId: city.id })
  return { core, ids: [workshop.id, city.id, speaker.id] }
}

/** A typed error and nothing written, or a result that fits the method's declared output. */
function judge(name: string, result: Result<unknown>, before: string, after: () => string): 'ok' | 'rejected' {
  if (!result.ok) {
    expect(errorCodes, `${name}: unknown error code`).toContain(result.error.code)
    expect(result.error.message.length, `${name}: empty message`).toBeGreaterThan(0)
    expect(result.error.code, `${name}: ${result.error.message}`).not.toBe('internal')
    expect(after(), `${name}: a rejected call wrote to the database`).toBe(before)
    return 'rejected'
  }
  const output = (contract as Record<string, { output: { safeParse: (v: unknown) => { success: boolean } } }>)[name]!.output
  expect(output.safeParse(result.value).success, `${name}: the result does not fit the contract`).toBe(true)
  return 'ok'
}

describe('fuzzing every contract method', () => {
  it('in-process: hostile inputs get a typed error or a valid result; a rejection writes nothing', async () => {
    const counts = { calls: 0, ok: 0, rejected: 0 }
    const slowest: [string, number][] = []
    for (const name of methodNames) {
      // A fresh small dossier per method: accepted calls (ten sample workshops…) must not slow every later snapshot.
      const { core, ids } = await seeded()
      const started = Date.now()
      await fc.assert(
        fc.asyncProperty(hostileInput(contract[name].input, { ids }), async (input) => {
          const before = snapshot(core)
          const verdict = judge(name, await core.call(name, input), before, () => snapshot(core))
          counts.calls++
          counts[verdict]++
        }),
        { numRuns: RUNS }
      )
      slowest.push([name, Date.now() - started])
      core.close()
    }
    slowest.sort((a, b) => b[1] - a[1])
    console.log(`fuzz in-process: ${methodNames.length} methods, ${counts.calls} calls, ${counts.ok} valid results, ${counts.rejected} typed rejections; slowest: ${slowest.slice(0, 3).map(([n, ms]) => `${n} ${ms} ms`).join(', ')}`)
    expect(counts.calls).toBe(methodNames.length * RUNS)
  }, 300_000)

  it('over HTTP: the browser-mode server answers every hostile body with JSON and keeps running', async () => {
    const { core, ids } = await seeded()
    const server = await startBrowserServer({ core, rendererDir: tmpdir() })
    const post = async (name: string, body: string) => {
      const response = await fetch(`http://127.0.0.1:${server.port}/api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
        body
      })
      return (await response.json()) as Result<unknown>
    }
    const counts = { calls: 0, ok: 0, rejected: 0 }
    const rawBodies = fc.oneof(fc.string({ maxLength: 50 }), fc.constantFrom('{', '[]', 'null', '"x"', '{"__proto__":{"admin":true}}', '1e999'))
    try {
      for (const name of methodNames) {
        await fc.assert(
          fc.asyncProperty(fc.oneof(hostileInput(contract[name].input, { ids }).map((v) => JSON.stringify(v) ?? ''), rawBodies), async (body) => {
            const before = snapshot(core)
            const verdict = judge(name, await post(name, body), before, () => snapshot(core))
            counts.calls++
            counts[verdict]++
          }),
          { numRuns: HTTP_RUNS }
        )
      }
      expect((await post('getAppInfo', '{}')).ok).toBe(true)
      expect((await post('noSuchMethod', '{}')).ok).toBe(false)
    } finally {
      await server.close()
    }
    console.log(`fuzz over HTTP: ${methodNames.length} methods, ${counts.calls} requests, ${counts.ok} valid results, ${counts.rejected} typed rejections`)
  }, 300_000)
})
