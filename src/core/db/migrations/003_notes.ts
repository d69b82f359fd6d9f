import type { Migration } from './index'

export const m003Notes: Migration = {
  version: 3,
  name: 'live notes and action items',
  up(db) {
    db.exec(`
      CREATE TABLE notes (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        -- an absolute instant (ISO, UTC): the workshop's zone turns it into local and relative times
        taken_at TEXT NOT NULL,
        -- links outlive nothing: a deleted agenda item, speaker or city leaves the note unlinked
        agenda_item_id TEXT REFERENCES agenda_items (id) ON DELETE SET NULL,
        speaker_id TEXT REFERENCES speakers (id) ON DELETE SET NULL,
        city_id TEXT REFERENCES cities (id) ON DELETE SET NULL,
        kind TEXT NOT NULL DEFAULT 'plain' CHECK (kind IN ('plain', 'quote', 'practice', 'cooperation', 'action')),
        case_study_item_id TEXT REFERENCES case_study_items (id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX notes_by_workshop ON notes (workshop_id, taken_at);
      CREATE INDEX notes_by_agenda_item ON notes (agenda_item_id);
      CREATE INDEX notes_by_speaker ON notes (speaker_id);
      CREATE INDEX notes_by_city ON notes (city_id);
      CREATE INDEX notes_by_case_study_item ON notes (case_study_item_id);

      CREATE TABLE action_items (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        -- the note it was marked from, if any; deleting that note deletes the action too
        note_id TEXT REFERENCES notes (id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        owner_speaker_id TEXT REFERENCES speakers (id) ON DELETE SET NULL,
        owner_city_id TEXT REFERENCES cities (id) ON DELETE SET NULL,
        owner_text TEXT NOT NULL DEFAULT '',
        due_date TEXT,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX action_items_by_workshop ON action_items (workshop_id);
      CREATE UNIQUE INDEX action_items_by_note ON action_items (note_id) WHERE note_id IS NOT NULL;
      CREATE INDEX action_items_by_status ON action_items (status, due_date);
      CREATE INDEX action_items_by_owner_speaker ON action_items (owner_speaker_id);
      CREATE INDEX action_items_by_owner_city ON action_items (owner_city_id);
    `)
  }
}
