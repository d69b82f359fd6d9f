import { randomUUID } from 'node:crypto'
import type { Migration } from './index'
import { seedThemes } from './005_themes_seed'

export const m005Themes: Migration = {
  version: 5,
  name: 'cooperation themes and their tags on practices and cooperation areas',
  up(db) {
    db.exec(`
      CREATE TABLE themes (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        name_zh TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        colour TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      -- Two themes with one name would split a city's tags without anyone noticing.
      CREATE UNIQUE INDEX themes_by_name ON themes (name COLLATE NOCASE);

      -- One row per keyword rather than a JSON list: the matcher reads them in order.
      CREATE TABLE theme_keywords (
        theme_id TEXT NOT NULL REFERENCES themes (id) ON DELETE CASCADE,
        keyword TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (theme_id, keyword)
      ) STRICT, WITHOUT ROWID;

      -- A practice or cooperation area carrying a theme; the pair is the key, so a tag exists once.
      CREATE TABLE case_study_item_themes (
        item_id TEXT NOT NULL REFERENCES case_study_items (id) ON DELETE CASCADE,
        theme_id TEXT NOT NULL REFERENCES themes (id) ON DELETE CASCADE,
        PRIMARY KEY (item_id, theme_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX case_study_item_themes_by_theme ON case_study_item_themes (theme_id);
    `)
    const insertTheme = db.prepare(
      `INSERT INTO themes (id, name, name_zh, description, colour, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`
    )
    const insertKeyword = db.prepare('INSERT INTO theme_keywords (theme_id, keyword, position) VALUES (?, ?, ?)')
    const stamp = new Date().toISOString()
    for (const seed of seedThemes) {
      const id = randomUUID()
      insertTheme.run(id, seed.name, seed.nameZh, seed.description, seed.colour, stamp, stamp)
      seed.keywords.forEach((keyword, position) => insertKeyword.run(id, keyword, position))
    }
  }
}
