import type { TaggableKind, Theme, ThemeTags } from '../../shared/domain/synergy'
import { AppError } from '../../shared/errors'
import type { Db } from './connection'
import { type ColumnMap, newId, now, updateRow } from './rows'

interface ThemeRow {
  id: string
  name: string
  name_zh: string
  description: string
  colour: string
  created_at: string
  updated_at: string
  usage: number
}

type ThemeInput = Pick<Theme, 'name' | 'nameZh' | 'description' | 'colour' | 'keywords'>

const columns: ColumnMap<Theme> = { name: 'name', nameZh: 'name_zh', description: 'description', colour: 'colour' }

/** Where each kind of taggable thing keeps its tags; only names from this map reach SQL. */
const tagTables: Record<TaggableKind, { table: string; column: string; owner: string; kinds: string }> = {
  item: { table: 'case_study_item_themes', column: 'item_id', owner: 'case_study_items', kinds: "kind IN ('practice', 'cooperation')" },
  note: { table: 'note_themes', column: 'note_id', owner: 'notes', kinds: '1 = 1' }
}

const allTagTables = Object.entries(tagTables) as [TaggableKind, (typeof tagTables)[TaggableKind]][]

const usageSql = allTagTables.map(([, t]) => `(SELECT count(*) FROM ${t.table} WHERE theme_id = th.id)`).join(' + ')

function keywordsOf(db: Db, themeId: string): string[] {
  return db.prepare('SELECT keyword FROM theme_keywords WHERE theme_id = ? ORDER BY position').pluck().all(themeId) as string[]
}

const toTheme = (db: Db, r: ThemeRow): Theme => ({
  id: r.id,
  name: r.name,
  nameZh: r.name_zh,
  description: r.description,
  colour: r.colour,
  keywords: keywordsOf(db, r.id),
  usage: r.usage,
  createdAt: r.created_at,
  updatedAt: r.updated_at
})

export function listThemes(db: Db): Theme[] {
  const rows = db.prepare(`SELECT th.*, ${usageSql} AS usage FROM themes th ORDER BY th.name COLLATE NOCASE`).all() as ThemeRow[]
  return rows.map((r) => toTheme(db, r))
}

export function getTheme(db: Db, id: string): Theme {
  const row = db.prepare(`SELECT th.*, ${usageSql} AS usage FROM themes th WHERE th.id = ?`).get(id) as ThemeRow | undefined
  if (!row) throw new AppError('not_found', 'That theme no longer exists.')
  return toTheme(db, row)
}

function refuseDuplicateName(db: Db, name: string, exceptId: string | null): void {
  const clash = db.prepare('SELECT id FROM themes WHERE name = ? COLLATE NOCASE AND id IS NOT ?').get(name, exceptId)
  if (clash) throw new AppError('conflict', `A theme called "${name}" already exists. Merge the two instead.`)
}

/** Replaces the keyword list, dropping repeats (case-insensitively) so the matcher sees each once. */
function writeKeywords(db: Db, themeId: string, keywords: string[]): void {
  db.prepare('DELETE FROM theme_keywords WHERE theme_id = ?').run(themeId)
  const insert = db.prepare('INSERT INTO theme_keywords (theme_id, keyword, position) VALUES (?, ?, ?)')
  const seen = new Set<string>()
  for (const keyword of keywords) {
    if (seen.has(keyword.toLowerCase())) continue
    seen.add(keyword.toLowerCase())
    insert.run(themeId, keyword, seen.size - 1)
  }
}

export function insertTheme(db: Db, input: ThemeInput): Theme {
  refuseDuplicateName(db, input.name, null)
  const id = newId()
  const stamp = now()
  db.prepare(
    `INSERT INTO themes (id, name, name_zh, description, colour, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`
  ).run(id, input.name, input.nameZh, input.description, input.colour, stamp, stamp)
  writeKeywords(db, id, input.keywords)
  return getTheme(db, id)
}

export function updateTheme(db: Db, id: string, patch: Partial<ThemeInput>): Theme {
  if (patch.name !== undefined) refuseDuplicateName(db, patch.name, id)
  if (!updateRow(db, 'themes', columns, id, patch)) throw new AppError('not_found', 'That theme no longer exists.')
  if (patch.keywords) writeKeywords(db, id, patch.keywords)
  return getTheme(db, id)
}

/** Deleting a theme removes its tags (the tagged items stay). */
export function deleteTheme(db: Db, id: string): void {
  if (db.prepare('DELETE FROM themes WHERE id = ?').run(id).changes === 0) {
    throw new AppError('not_found', 'That theme no longer exists.')
  }
}

/**
 * Folds one theme into another: every tag moves to the target (an item that had both keeps
 * the target once), the source's keywords are added to the target's, the source goes.
 */
export function mergeThemes(db: Db, sourceId: string, targetId: string): Theme {
  if (sourceId === targetId) throw new AppError('invalid_input', 'Choose two different themes to merge.')
  const source = getTheme(db, sourceId)
  const target = getTheme(db, targetId)
  for (const [, t] of allTagTables) {
    db.prepare(`INSERT OR IGNORE INTO ${t.table} (${t.column}, theme_id) SELECT ${t.column}, ? FROM ${t.table} WHERE theme_id = ?`).run(
      targetId,
      sourceId
    )
  }
  writeKeywords(db, targetId, [...target.keywords, source.name, ...(source.nameZh ? [source.nameZh] : []), ...source.keywords])
  deleteTheme(db, sourceId)
  db.prepare('UPDATE themes SET updated_at = ? WHERE id = ?').run(now(), targetId)
  return getTheme(db, targetId)
}

export function tag(db: Db, target: TaggableKind, targetId: string, themeId: string): void {
  const t = tagTables[target]
  getTheme(db, themeId)
  if (db.prepare(`SELECT 1 FROM ${t.owner} WHERE id = ? AND ${t.kinds}`).get(targetId) === undefined) {
    throw new AppError('not_found', 'Only an existing practice, cooperation area or note can carry a theme.')
  }
  db.prepare(`INSERT OR IGNORE INTO ${t.table} (${t.column}, theme_id) VALUES (?, ?)`).run(targetId, themeId)
}

export function untag(db: Db, target: TaggableKind, targetId: string, themeId: string): void {
  const t = tagTables[target]
  db.prepare(`DELETE FROM ${t.table} WHERE ${t.column} = ? AND theme_id = ?`).run(targetId, themeId)
}

/** The ids of the themes one note carries (kept with a deleted note so undo can put them back). */
export function themeIdsOfNote(db: Db, noteId: string): string[] {
  return db.prepare('SELECT theme_id FROM note_themes WHERE note_id = ? ORDER BY theme_id').pluck().all(noteId) as string[]
}

/** Tags a restored note again, leaving out any theme deleted or merged away meanwhile. */
export function retagNote(db: Db, noteId: string, themeIds: string[]): void {
  const insert = db.prepare('INSERT OR IGNORE INTO note_themes (note_id, theme_id) SELECT ?, id FROM themes WHERE id = ?')
  for (const themeId of themeIds) insert.run(noteId, themeId)
}

/** The themes on every practice, cooperation area and note of a workshop. */
export function tagsOfWorkshop(db: Db, workshopId: string): ThemeTags {
  const result: ThemeTags = []
  for (const [kind, t] of allTagTables) {
    const rows = db
      .prepare(
        `SELECT x.${t.column} AS target_id, x.theme_id FROM ${t.table} x JOIN ${t.owner} o ON o.id = x.${t.column}
         WHERE o.workshop_id = ? ORDER BY x.${t.column}, x.theme_id`
      )
      .all(workshopId) as { target_id: string; theme_id: string }[]
    const byTarget = new Map<string, string[]>()
    for (const r of rows) byTarget.set(r.target_id, [...(byTarget.get(r.target_id) ?? []), r.theme_id])
    for (const [targetId, themeIds] of byTarget) result.push({ target: kind, targetId, themeIds })
  }
  return result
}
