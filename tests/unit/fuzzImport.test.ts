import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { RoundtableCore } from '../../src/core/app'
import { errorCodes, type Result } from '../../src/shared/errors'
import { freshCore, snapshot } from '../helpers/core'
import { hostileText, hostileValue } from '../helpers/hostile'

const RUNS = Number(process.env.ROUNDTABLE_FUZZ_RUNS ?? 15) * 4

type Json = Record<string, unknown>

/** One random change to a valid export: a value replaced, a key dropped or added, a row duplicated, the text cut. */
const mutation = fc.record({
  kind: fc.constantFrom('set', 'drop', 'add', 'duplicate', 'truncate', 'retable'),
  table: fc.nat(),
  row: fc.nat(),
  key: fc.nat(),
  value: hostileValue,
  cut: fc.double({ min: 0, max: 1, noNaN: true })
})

function mutate(text: string, m: { kind: string; table: number; row: number; key: number; value: unknown; cut: number }): string {
  const { kind, table, row, key, value, cut } = m
  if (kind === 'truncate') return text.slice(0, Math.floor(text.length * cut))
  const name = typeof value === 'string' ? value : (JSON.stringify(value) ?? 'undefined')
  const doc = JSON.parse(text) as { tables: Record<string, Json[]> } & Json
  const names = Object.keys(doc.tables).filter((t) => doc.tables[t]!.length > 0)
  if (kind === 'retable') {
    doc.tables[name] = [{}]
    return JSON.stringify(doc)
  }
  const rows = doc.tables[names[table % names.length]!]!
  const target = rows[row % rows.length]!
  const keys = Object.keys(target)
  if (kind === 'set') target[keys[key % keys.length]!] = value
  if (kind === 'drop') delete target[keys[key % keys.length]!]
  if (kind === 'add') target[name] = value
  if (kind === 'duplicate') rows.push({ ...target })
  return JSON.stringify(doc)
}

function judge(core: RoundtableCore, result: Result<unknown>, before: string): 'ok' | 'rejected' {
  if (!result.ok) {
    expect(errorCodes).toContain(result.error.code)
    expect(result.error.code, result.error.message).not.toBe('internal')
    expect(snapshot(core), 'a refused import wrote something').toBe(before)
    return 'rejected'
  }
  expect(core.db.pragma('foreign_key_check')).toEqual([])
  expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok')
  return 'ok'
}

describe('fuzzing the importers', () => {
  it('JSON: a mutated export is imported whole or refused whole', async () => {
    const source = freshCore()
    await source.run('loadSampleWorkshop', {})
    const { text } = await source.run('exportData', {})
    const target = freshCore()
    await target.run('createWorkshop', { title: 'Already here', date: '2026-01-01' })
    const counts = { ok: 0, rejected: 0 }
    await fc.assert(
      fc.asyncProperty(mutation, fc.constantFrom('skip', 'replace', 'copy'), async (m, onConflict) => {
        const before = snapshot(target)
        counts[judge(target, await target.call('importData', { text: mutate(text, m), onConflict }), before)]++
      }),
      { numRuns: RUNS }
    )
    console.log(`fuzz JSON import: ${RUNS} mutated files, ${counts.ok} imported whole, ${counts.rejected} refused with nothing written`)
  }, 300_000)

  it('CSV: random and mutated files get a preview or a typed error; an import is all rows or none', async () => {
    const core = freshCore()
    await core.run('createCity', { name: 'Xi’an' })
    const valid = 'Name,Organisation,City,Email\nAna,Porto,Xi’an,ana@example.org\nLi,"Tech, Inc",,\n'
    const cell = fc.oneof(hostileText, fc.constantFrom('"', '""', ',', '\n', '\r\n', 'Xi’an', 'a@b.c'))
    const csv = fc.oneof(
      fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 6 }).map((rows) => rows.map((r) => r.join(',')).join('\n')),
      fc.tuple(fc.nat(valid.length), fc.string({ maxLength: 10 })).map(([at, junk]) => valid.slice(0, at) + junk + valid.slice(at))
    )
    const counts = { previews: 0, imported: 0, rejected: 0 }
    await fc.assert(
      fc.asyncProperty(csv, fc.constantFrom('speakers', 'cities'), async (text, kind) => {
        const preview = await core.call('previewCsvImport', { kind, text })
        if (!preview.ok) {
          expect(errorCodes).toContain(preview.error.code)
          expect(preview.error.code).not.toBe('internal')
          return
        }
        counts.previews++
        const before = snapshot(core)
        const verdict = judge(core, await core.call('importCsv', { kind, text, mapping: (preview.value as { mapping: Record<string, string> }).mapping }), before)
        counts[verdict === 'ok' ? 'imported' : 'rejected']++
      }),
      { numRuns: RUNS }
    )
    console.log(`fuzz CSV import: ${RUNS} files, ${counts.previews} previewed, ${counts.imported} imported whole, ${counts.rejected} refused with nothing written`)
  }, 300_000)
})
