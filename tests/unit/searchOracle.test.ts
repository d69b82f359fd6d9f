import Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type Db, openDatabase } from '../../src/core/db/connection'
import { migrations } from '../../src/core/db/migrations'
import { search } from '../../src/core/search/search'
import { searchKinds, type SearchKind, type SearchResult } from '../../src/shared/domain/search'
import { freshCore, tempDir } from '../helpers/core'

/**
 * Search checked against a plain model: every searchable record written with SQL (so the
 * triggers do the indexing), then every query compared with a filter over the model.
 */

interface Record {
  kind: SearchKind
  id: string
  table: string
  title: string
  body: string
  /** Bumped by every create and edit: the newest record has the highest. */
  seq: number
}

const isMark = (c: number) => (c >= 0x300 && c <= 0x36f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff)
const fold = (s: string) =>
  Array.from(s.normalize('NFD'))
    .filter((ch) => !isMark(ch.codePointAt(0)!))
    .join('')
    .toLowerCase()

function matches(record: Record, query: string): boolean {
  const terms = [...new Set(query.normalize('NFC').split(/\s+/u).filter((t) => t.length > 0))].slice(0, 12)
  // Every term is compared folded, whatever its length; a term of combining marks alone asks for nothing.
  const needles = terms.map((term) => fold(term)).filter((needle) => needle.length > 0)
  if (needles.length === 0) return false
  return needles.every((needle) => [record.title, record.body].some((c) => fold(c).includes(needle)))
}

export class Model {
  records = new Map<string, Record>()
  seq = 0
  n = 0
  constructor(readonly db: Db) {}

  private put(kind: SearchKind, table: string, id: string, title: string, body: string) {
    this.records.set(`${table}:${id}`, { kind, id, table, title, body, seq: ++this.seq })
  }

  workshop(title: string, subtitle = ''): string {
    const id = `w${++this.n}`
    this.db
      .prepare(
        `INSERT INTO workshops (id, title, subtitle, date, start_time, time_zone, format, created_at, updated_at)
         VALUES (?, ?, ?, '2026-10-23', '09:00', 'Europe/Brussels', 'online', 'x', 'x')`
      )
      .run(id, title, subtitle)
    this.put('workshop', 'workshops', id, title, [subtitle].filter((s) => s !== '').join(' '))
    return id
  }

  city(name: string, notes = ''): string {
    const id = `c${++this.n}`
    this.db
      .prepare(`INSERT INTO cities (id, name, native_name, country, city_group, kind, notes, created_at, updated_at) VALUES (?, ?, '', '', 'europe', 'city', ?, 'x', 'x')`)
      .run(id, name, notes)
    this.put('city', 'cities', id, name, notes)
    return id
  }

  speaker(name: string): string {
    const id = `s${++this.n}`
    this.db.prepare(`INSERT INTO speakers (id, name, created_at, updated_at) VALUES (?, ?, 'x', 'x')`).run(id, name)
    this.put('speaker', 'speakers', id, name, '')
    return id
  }

  agendaItem(workshop: string, title: string): string {
    const id = `a${++this.n}`
    this.db
      .prepare(`INSERT INTO agenda_items (id, workshop_id, position, title, kind, duration_minutes, created_at, updated_at) VALUES (?, ?, 0, ?, 'talk', 10, 'x', 'x')`)
      .run(id, workshop, title)
    this.put('agenda_item', 'agenda_items', id, title, '')
    return id
  }

  note(workshop: string, text: string): string {
    const id = `n${++this.n}`
    this.db.prepare(`INSERT INTO notes (id, workshop_id, text, taken_at, created_at, updated_at) VALUES (?, ?, ?, 'x', 'x', 'x')`).run(id, workshop, text)
    this.put('note', 'notes', id, '', text)
    return id
  }

  action(workshop: string, text: string): string {
    const id = `t${++this.n}`
    this.db.prepare(`INSERT INTO action_items (id, workshop_id, text, created_at, updated_at) VALUES (?, ?, ?, 'x', 'x')`).run(id, workshop, text)
    this.put('action_item', 'action_items', id, '', text)
    return id
  }

  caseItem(workshop: string, city: string, kind: 'quote' | 'practice', text: string): string {
    const id = `k${++this.n}`
    this.db.prepare('INSERT OR IGNORE INTO workshop_cities (workshop_id, city_id, position) VALUES (?, ?, 0)').run(workshop, city)
    this.db
      .prepare(`INSERT INTO case_study_items (id, workshop_id, city_id, kind, text, position, created_at) VALUES (?, ?, ?, ?, ?, 0, 'x')`)
      .run(id, workshop, city, kind, text)
    this.put(kind === 'quote' ? 'quote' : 'case_study', 'case_study_items', id, '', text)
    return id
  }

  /** Rewrites the record's main text (title for titled kinds, text otherwise). */
  edit(key: string, text: string) {
    const r = this.records.get(key)!
    const column = { workshops: 'title', cities: 'name', speakers: 'name', agenda_items: 'title' }[r.table] ?? 'text'
    this.db.prepare(`UPDATE ${r.table} SET ${column} = ? WHERE id = ?`).run(text, r.id)
    if (column === 'text') this.put(r.kind, r.table, r.id, '', text)
    else this.put(r.kind, r.table, r.id, text, r.body)
  }

  setCaseKind(key: string, kind: 'quote' | 'practice') {
    const r = this.records.get(key)!
    this.db.prepare('UPDATE case_study_items SET kind = ? WHERE id = ?').run(kind, r.id)
    this.put(kind === 'quote' ? 'quote' : 'case_study', r.table, r.id, r.title, r.body)
  }

  remove(key: string) {
    const r = this.records.get(key)!
    this.db.prepare(`DELETE FROM ${r.table} WHERE id = ?`).run(r.id)
    this.records.delete(key)
    // Cascades: whatever went with it (a workshop's rows, a city's case study) leaves the model too.
    for (const [k, other] of this.records) {
      if (!this.db.prepare(`SELECT 1 FROM ${other.table} WHERE id = ?`).get(other.id)) this.records.delete(k)
    }
  }

  expected(query: string, perKind: number, kinds: readonly SearchKind[] = searchKinds) {
    return searchKinds
      .filter((k) => kinds.includes(k))
      .map((kind) => {
        const rows = [...this.records.values()].filter((r) => r.kind === kind && matches(r, query)).sort((a, b) => b.seq - a.seq)
        return { kind, ids: rows.slice(0, perKind).map((r) => r.id), more: rows.length > perKind }
      })
      .filter((g) => g.ids.length > 0)
  }
}

const actual = (result: SearchResult) => result.groups.map((g) => ({ kind: g.kind, ids: g.hits.map((h) => h.id), more: g.more }))

/** Small random texts over an alphabet with CJK, case, accents and FTS5 syntax in it. */
export function randomTexts(seed: number) {
  const alphabet = Array.from('创新氢能EUeuéab "*\u0301')
  let s = seed
  const random = () => ((s = (s * 1103515245 + 12345) % 2 ** 31), s / 2 ** 31)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!
  const text = () => Array.from({ length: 1 + Math.floor(random() * 7) }, () => pick(alphabet)).join('')
  return { random, pick, text }
}

function queriesFor(model: Model, pick: <T>(xs: readonly T[]) => T, random: () => number): string[] {
  const texts = [...model.records.values()].flatMap((r) => [r.title, r.body]).filter((t) => t.length > 0)
  const queries = ['创新', 'eu', 'EU', 'ab', 'a', 'é', '"', '*', '氢', 'eu 创新', '创新 a', 'EU eu', 'ée', '"e', 'a*b', 'ba', 'zz', '创新氢']
  for (let i = 0; i < 60; i++) {
    const t = pick(texts)
    const from = Math.floor(random() * t.length)
    const length = 1 + Math.floor(random() * 4)
    const q = t.slice(from, from + length).trim()
    if (q) queries.push(random() < 0.3 ? `${q} ${pick(texts).slice(0, 2).trim()}` : q)
  }
  return queries
}

function populate(model: Model, seed: number, rounds: number) {
  const { random, pick, text } = randomTexts(seed)
  const workshops = [model.workshop(text(), text()), model.workshop(text())]
  const cities = [model.city(text(), text()), model.city(text())]
  for (let i = 0; i < rounds; i++) {
    const w = pick(workshops)
    const roll = random()
    if (roll < 0.3) model.note(w, text())
    else if (roll < 0.4) {
      const live = cities.filter((c) => model.records.has(`cities:${c}`))
      model.caseItem(w, live.length > 0 ? pick(live) : model.city(text()), random() < 0.5 ? 'quote' : 'practice', text())
    }
    else if (roll < 0.45) model.action(w, text())
    else if (roll < 0.5) model.agendaItem(w, text())
    else if (roll < 0.53) model.speaker(text())
    else if (roll < 0.55) cities.push(model.city(text()))
    else if (roll < 0.57) workshops.push(model.workshop(text()))
    else {
      const keys = [...model.records.keys()].filter((k) => !k.startsWith('workshops:') && (!k.startsWith('cities:') || random() < 0.1))
      if (keys.length === 0) continue
      const key = pick(keys)
      const r2 = random()
      if (r2 < 0.5) model.edit(key, text())
      else if (r2 < 0.8 && key.startsWith('case_study_items:')) model.setCaseKind(key, model.records.get(key)!.kind === 'quote' ? 'practice' : 'quote')
      else model.remove(key)
    }
  }
  return { random, pick, workshops }
}

function compare(db: Db, model: Model, queries: string[]) {
  // The comparison means something: many queries find several kinds, with more than a page.
  const paged = queries.filter((q) => model.expected(q, 2).some((g) => g.more))
  expect(paged.length).toBeGreaterThanOrEqual(3)
  for (const query of queries) {
    for (const perKind of [1, 2, 3, 500]) {
      expect(actual(search(db, query, perKind)), `${JSON.stringify(query)} perKind ${perKind}`).toEqual(model.expected(query, perKind))
    }
    for (const kinds of [['note'], ['quote', 'case_study', 'quote'], ['note', 'note'], ['speaker', 'workshop']] as SearchKind[][]) {
      expect(actual(search(db, query, 2, kinds)), `${JSON.stringify(query)} kinds ${kinds.join()}`).toEqual(model.expected(query, 2, kinds))
    }
  }
}

describe('search against a plain model', () => {
  it('finds what a filter over the records finds, newest first, with `more` right at every page size', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const core = freshCore()
      const model = new Model(core.db)
      const { random, pick, workshops } = populate(model, seed, 150)
      compare(core.db, model, queriesFor(model, pick, random))
      // A workshop deleted: its rows go with it.
      model.remove(`workshops:${workshops[0]}`)
      for (const key of [...model.records.keys()].filter((k) => k.startsWith('cities:')).slice(0, 1)) model.remove(key)
      compare(core.db, model, queriesFor(model, pick, random))
    }
  })

  for (const from of [8, 9]) {
    it(`gives the same answers after migrating a database at version ${from}`, () => {
      const file = join(tempDir(), `v${from}.sqlite`)
      const old = new Database(file)
      old.pragma('foreign_keys = ON')
      for (const step of migrations.filter((m) => m.version <= from)) {
        step.up(old)
        old.pragma(`user_version = ${step.version}`)
      }
      const model = new Model(old)
      const { random, pick } = populate(model, 40 + from, 200)
      old.close()
      const db = openDatabase(file)
      try {
        const migrated = new Model(db)
        migrated.records = model.records
        migrated.seq = model.seq
        migrated.n = model.n
        const queries = queriesFor(migrated, pick, random)
        compare(db, migrated, queries)
        // And the rebuilt triggers keep it so.
        populate(migrated, 90 + from, 100)
        compare(db, migrated, queries)
      } finally {
        db.close()
      }
    })
  }
})
