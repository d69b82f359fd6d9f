import type { Migration } from './index'

/**
 * One FTS5 index over everything a facilitator may look for. The trigram tokenizer finds
 * Chinese without word segmentation and partial words in any language.
 *
 * `search_refs` says what each index row stands for. Its rowid (shared with the index) is
 * allocated in one band per kind, so a search can ask the index for one kind at a time with
 * a rowid range and stop after a page of hits instead of ranking every match.
 *
 * Triggers keep both tables in step inside the writing transaction: a rolled-back write
 * leaves the index as it was. This file is frozen once landed; the search code reads the
 * bands from here, and later search migrations build on its sources and triggers.
 */
export const searchBand = {
  workshop: 1,
  agenda_item: 2,
  note: 3,
  quote: 4,
  case_study: 5,
  action_item: 6,
  city: 7,
  speaker: 8
} as const
export const bandSpan = 2 ** 40

export interface Source {
  table: string
  /** `$` stands for the row (new., old. or the table alias). */
  kind: string
  kinds: (keyof typeof searchBand)[]
  workshop: string
  title: string
  body: string
  /** Columns whose change rewrites the index row. */
  watched: string[]
}

export const sources: Source[] = [
  {
    table: 'workshops',
    kind: "'workshop'",
    kinds: ['workshop'],
    workshop: '$id',
    title: '$title',
    body: "concat_ws(' ', $subtitle, $location, $organiser, $intro, $key_messages, $conclusions)",
    watched: ['title', 'subtitle', 'location', 'organiser', 'intro', 'key_messages', 'conclusions']
  },
  {
    table: 'agenda_items',
    kind: "'agenda_item'",
    kinds: ['agenda_item'],
    workshop: '$workshop_id',
    title: '$title',
    body: "concat_ws(' ', $content_notes, $facilitator_notes)",
    watched: ['title', 'content_notes', 'facilitator_notes']
  },
  { table: 'notes', kind: "'note'", kinds: ['note'], workshop: '$workshop_id', title: "''", body: '$text', watched: ['text'] },
  {
    table: 'case_study_items',
    kind: "CASE $kind WHEN 'quote' THEN 'quote' ELSE 'case_study' END",
    kinds: ['quote', 'case_study'],
    workshop: '$workshop_id',
    title: "''",
    body: "concat_ws(' ', $text, $attribution)",
    watched: ['text', 'attribution', 'kind']
  },
  {
    table: 'action_items',
    kind: "'action_item'",
    kinds: ['action_item'],
    workshop: '$workshop_id',
    title: "''",
    body: "concat_ws(' ', $text, $owner_text)",
    watched: ['text', 'owner_text']
  },
  {
    table: 'cities',
    kind: "'city'",
    kinds: ['city'],
    workshop: 'NULL',
    title: "concat_ws(' ', $name, $native_name)",
    body: "concat_ws(' ', $country, $notes)",
    watched: ['name', 'native_name', 'country', 'notes']
  },
  {
    table: 'speakers',
    kind: "'speaker'",
    kinds: ['speaker'],
    workshop: 'NULL',
    title: '$name',
    body: "concat_ws(' ', $role, $organisation, $bio)",
    watched: ['name', 'role', 'organisation', 'bio']
  }
]

export const on = (expr: string, row: string) => expr.replaceAll('$', `${row}.`)
export const bandOf = (kindExpr: string) =>
  `(CASE ${kindExpr} ${Object.entries(searchBand)
    .map(([kind, band]) => `WHEN '${kind}' THEN ${band * bandSpan}`)
    .join(' ')} END)`
const kindList = (s: Source) => s.kinds.map((k) => `'${k}'`).join(', ')

/** The next free rowid in a kind's band: the top of the band so far plus one. */
const nextRowid = (kindExpr: string) =>
  `coalesce((SELECT r.rowid FROM search_refs r WHERE r.rowid > ${bandOf(kindExpr)} AND r.rowid < ${bandOf(kindExpr)} + ${bandSpan} ORDER BY r.rowid DESC LIMIT 1), ${bandOf(kindExpr)}) + 1`

/** SQL for the rowid a new index row of this kind gets. */
export type Allocate = (kindExpr: string) => string

function addRow(s: Source, row: string, allocate: Allocate): string {
  const kind = on(s.kind, row)
  return `
    INSERT INTO search_refs (rowid, kind, ref_id, workshop_id) VALUES (${allocate(kind)}, ${kind}, ${row}.id, ${on(s.workshop, row)});
    INSERT INTO search_index (rowid, title, body)
      SELECT rowid, ${on(s.title, row)}, ${on(s.body, row)} FROM search_refs WHERE ref_id = ${row}.id AND kind = ${kind};`
}

function dropRow(s: Source, row: string): string {
  return `
    DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_refs WHERE ref_id = ${row}.id AND kind IN (${kindList(s)}));
    DELETE FROM search_refs WHERE ref_id = ${row}.id AND kind IN (${kindList(s)});`
}

export function triggers(s: Source, allocate: Allocate = nextRowid): string {
  return `
    CREATE TRIGGER search_${s.table}_added AFTER INSERT ON ${s.table} BEGIN ${addRow(s, 'new', allocate)} END;
    CREATE TRIGGER search_${s.table}_removed AFTER DELETE ON ${s.table} BEGIN ${dropRow(s, 'old')} END;
    CREATE TRIGGER search_${s.table}_changed AFTER UPDATE OF ${s.watched.join(', ')} ON ${s.table} BEGIN ${dropRow(s, 'old')} ${addRow(s, 'new', allocate)} END;`
}

function backfill(s: Source): string {
  const kind = on(s.kind, 't')
  return `
    INSERT INTO search_refs (rowid, kind, ref_id, workshop_id)
      SELECT ${bandOf(kind)} + row_number() OVER (PARTITION BY ${kind} ORDER BY t.created_at, t.id), ${kind}, t.id, ${on(s.workshop, 't')} FROM ${s.table} t;
    INSERT INTO search_index (rowid, title, body)
      SELECT r.rowid, ${on(s.title, 't')}, ${on(s.body, 't')} FROM ${s.table} t JOIN search_refs r ON r.ref_id = t.id AND r.kind = ${kind};`
}

export const m008Search: Migration = {
  version: 8,
  name: 'full-text search (FTS5, trigram) kept in step by triggers',
  up(db) {
    db.exec(`
      CREATE TABLE search_refs (
        rowid INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN (${Object.keys(searchBand).map((k) => `'${k}'`).join(', ')})),
        ref_id TEXT NOT NULL,
        -- no foreign key: the triggers remove the row with its source, whatever table that is
        workshop_id TEXT,
        UNIQUE (ref_id, kind)
      ) STRICT;
      CREATE VIRTUAL TABLE search_index USING fts5(title, body, tokenize = 'trigram remove_diacritics 1');
      ${sources.map(backfill).join('\n')}
      ${sources.map((s) => triggers(s)).join('\n')}
    `)
  }
}
