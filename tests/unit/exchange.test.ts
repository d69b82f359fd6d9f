import { describe, expect, it } from 'vitest'
import { dataTables } from '../../src/core/backup/inspect'
import { contentChecksum } from '../../src/core/exchange/exportData'
import { readTableShapes } from '../../src/core/exchange/tables'
import { freshCore, snapshot } from '../helpers/core'

async function sampleCore() {
  const core = freshCore()
  await core.run('loadSampleWorkshop', {})
  return core
}

describe('JSON export and import', () => {
  it('export → wipe → import gives back exactly the sample workshop (canonical checksum of all rows)', async () => {
    const core = await sampleCore()
    const before = contentChecksum(core.db)
    const { text } = await core.run('exportData', {})
    const doc = JSON.parse(text) as { format: string; version: number; tables: Record<string, unknown[]> }
    expect(doc.format).toBe('roundtable-export')
    expect(doc.version).toBe(1)
    expect(doc.tables.workshops).toHaveLength(1)

    // Wipe: every row of every table goes, including the themes a new database starts with.
    const empty = freshCore()
    empty.db.pragma('foreign_keys = OFF')
    for (const table of dataTables(empty.db)) empty.db.prepare(`DELETE FROM "${table}"`).run()
    empty.db.pragma('foreign_keys = ON')
    const result = await empty.run('importData', { text, onConflict: 'skip' })
    expect(result.tables.find((t) => t.table === 'workshops')?.inserted).toBe(1)
    expect(contentChecksum(empty.db)).toBe(before)
    console.log(`round trip: ${Object.entries(doc.tables).map(([t, rows]) => `${t} ${rows.length}`).join(', ')}`)
  })

  it('leaves out the NUL characters an import file brings, so every word after one is found', async () => {
    const core = await sampleCore()
    const { text } = await core.run('exportData', {})
    const doc = JSON.parse(text) as { tables: Record<string, Record<string, unknown>[]> }
    const [workshop] = doc.tables.workshops!
    workshop!.title = `Imported\0 with 鄂 after a NUL`
    const empty = freshCore()
    empty.db.pragma('foreign_keys = OFF')
    for (const table of dataTables(empty.db)) empty.db.prepare(`DELETE FROM "${table}"`).run()
    empty.db.pragma('foreign_keys = ON')
    await empty.run('importData', { text: JSON.stringify(doc), onConflict: 'skip' })
    expect((await empty.run('listWorkshops', {})).map((w) => w.title)).toEqual(['Imported with 鄂 after a NUL'])
    expect((await empty.run('search', { query: '鄂' })).groups.map((g) => g.kind)).toEqual(['workshop'])
  })

  it('derives its tables from the live schema, leaving full-text indexes out', async () => {
    const core = freshCore()
    const names = readTableShapes(core.db).map((s) => s.name)
    expect(names).toContain('workshops')
    const virtual = core.db.prepare("SELECT name FROM sqlite_schema WHERE sql LIKE 'CREATE VIRTUAL TABLE%'").pluck().all() as string[]
    for (const v of virtual) expect(names.some((n) => n === v || n.startsWith(`${v}_`))).toBe(false)
  })

  it('on conflict: skip keeps what is there, replace overwrites, copy keeps both with references remapped', async () => {
    const core = await sampleCore()
    const { text } = await core.run('exportData', {})
    const [workshop] = await core.run('listWorkshops', {})
    await core.run('updateWorkshop', { id: workshop!.id, title: 'Renamed here' })

    await core.run('importData', { text, onConflict: 'skip' })
    expect((await core.run('listWorkshops', {})).map((w) => w.title)).toEqual(['Renamed here'])

    const preview = await core.run('previewImport', { text })
    expect(preview.tables.find((t) => t.table === 'workshops')).toMatchObject({ incoming: 1, conflicts: 1 })

    await core.run('importData', { text, onConflict: 'replace' })
    const [replaced] = await core.run('listWorkshops', {})
    expect(replaced!.title).not.toBe('Renamed here')

    const speakersBefore = (await core.run('listSpeakers', {})).length
    await core.run('importData', { text, onConflict: 'copy' })
    const workshops = await core.run('listWorkshops', {})
    expect(workshops).toHaveLength(2)
    const copy = workshops.find((w) => w.id !== workshop!.id)!
    const detail = await core.run('getWorkshop', { id: copy.id })
    // The copy's speakers and cities are the copies, not the originals.
    expect(detail.speakers.length).toBeGreaterThan(0)
    expect((await core.run('listSpeakers', {})).length).toBe(speakersBefore * 2)
    const check = core.db.pragma('foreign_key_check') as unknown[]
    expect(check).toEqual([])
  })

  it('refuses a file with one bad row, a newer format, unknown tables or broken references, writing nothing', async () => {
    const core = await sampleCore()
    const { text } = await core.run('exportData', {})
    const target = freshCore()
    const before = snapshot(target)
    const doc = JSON.parse(text)
    const bad: [string, unknown][] = [
      ['not JSON', '{'],
      ['wrong format', { ...doc, format: 'other' }],
      ['newer version', { ...doc, version: 99 }],
      ['unknown table', { ...doc, tables: { ...doc.tables, planets: [{}] } }],
      ['bad row', { ...doc, tables: { ...doc.tables, workshops: [{ ...doc.tables.workshops[0], title: 42 }] } }],
      ['extra column', { ...doc, tables: { ...doc.tables, cities: [{ ...doc.tables.cities[0], __proto__x: 1 }] } }],
      ['missing parent', { ...doc, tables: { ...doc.tables, workshops: [] } }]
    ]
    for (const [name, file] of bad) {
      const result = await target.call('importData', { text: typeof file === 'string' ? file : JSON.stringify(file), onConflict: 'skip' })
      expect(result.ok, name).toBe(false)
      if (!result.ok) expect(result.error.code, name).toMatch(/invalid_input|db_newer_than_app/)
      expect(snapshot(target), name).toBe(before)
    }
  })
})

describe('CSV of speakers and cities', () => {
  it('suggests a column mapping, previews a dry run, then imports all rows or none', async () => {
    const core = freshCore()
    await core.run('createCity', { name: 'Xi’an', group: 'china' })
    const csv = 'Full name,Organization,City,E-mail\nAna Lopez,Porto Council,Xi’an,ana@example.org\n"Wang, Li",Xi’an Tech,,\n'
    const preview = await core.run('previewCsvImport', { kind: 'speakers', text: csv })
    expect(preview.mapping).toEqual({ 'Full name': 'name', Organization: 'organisation', City: 'city', 'E-mail': 'email' })
    expect(preview).toMatchObject({ valid: 2, invalid: 0 })
    expect(await core.run('listSpeakers', {})).toEqual([])

    const bad = `${csv}Nobody,,Atlantis,not-an-email\n`
    const badPreview = await core.run('previewCsvImport', { kind: 'speakers', text: bad })
    expect(badPreview.invalid).toBe(1)
    expect(badPreview.rows[2]!.errors.join(' ')).toMatch(/Atlantis/)
    const before = snapshot(core)
    expect((await core.call('importCsv', { kind: 'speakers', text: bad, mapping: preview.mapping })).ok).toBe(false)
    expect(snapshot(core)).toBe(before)

    expect(await core.run('importCsv', { kind: 'speakers', text: csv, mapping: preview.mapping })).toEqual({ created: 2 })
    const exported = await core.run('exportCsv', { kind: 'speakers' })
    expect(exported.text).toContain('"Wang, Li"')
    expect(exported.text).toContain('Xi’an')
  })

  it('guards spreadsheet formulas on export and undoes the guard on import', async () => {
    const core = freshCore()
    await core.run('createCity', { name: '=HYPERLINK("x")', notes: '- first point' })
    const { text } = await core.run('exportCsv', { kind: 'cities' })
    expect(text).toContain(`'=HYPERLINK`)
    const other = freshCore()
    const { mapping } = await other.run('previewCsvImport', { kind: 'cities', text })
    await other.run('importCsv', { kind: 'cities', text, mapping })
    expect((await other.run('listCities', {}))[0]).toMatchObject({ name: '=HYPERLINK("x")', notes: '- first point' })
  })
})
