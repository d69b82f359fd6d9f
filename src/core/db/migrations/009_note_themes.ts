import type { Migration } from './index'

export const m009NoteThemes: Migration = {
  version: 9,
  name: 'themes on notes',
  up(db) {
    db.exec(`
      -- Notes (migration 3) arrived after themes (migration 5): their tags live here.
      CREATE TABLE note_themes (
        note_id TEXT NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
        theme_id TEXT NOT NULL REFERENCES themes (id) ON DELETE CASCADE,
        PRIMARY KEY (note_id, theme_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX note_themes_by_theme ON note_themes (theme_id);
    `)
  }
}
