import type { Migration } from './index'

export const m002Agenda: Migration = {
  version: 2,
  name: 'agenda items, their speakers and the live run',
  up(db) {
    db.exec(`
      -- Start and end times are computed from the workshop's date, start time and zone plus
      -- the durations before each item; only what a person decided or live mode saw is stored.
      CREATE TABLE agenda_items (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL CHECK (kind IN ('welcome', 'talk', 'case_study', 'panel', 'discussion', 'break', 'other')),
        duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 0 AND 1440),
        -- the item outlives the city record it was about
        city_id TEXT REFERENCES cities (id) ON DELETE SET NULL,
        facilitator_notes TEXT NOT NULL DEFAULT '',
        content_notes TEXT NOT NULL DEFAULT '',
        actual_start TEXT,
        actual_end TEXT,
        extra_minutes INTEGER NOT NULL DEFAULT 0 CHECK (extra_minutes >= 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX agenda_items_by_workshop ON agenda_items (workshop_id, position);
      CREATE INDEX agenda_items_by_city ON agenda_items (city_id);

      CREATE TABLE agenda_item_speakers (
        agenda_item_id TEXT NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
        speaker_id TEXT NOT NULL REFERENCES speakers (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (agenda_item_id, speaker_id)
      ) STRICT;
      CREATE INDEX agenda_item_speakers_by_speaker ON agenda_item_speakers (speaker_id);

      -- One live run per workshop, saved on every step so a reload or crash mid-webinar loses nothing.
      CREATE TABLE live_runs (
        workshop_id TEXT PRIMARY KEY REFERENCES workshops (id) ON DELETE CASCADE,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        current_item_id TEXT REFERENCES agenda_items (id) ON DELETE SET NULL,
        current_item_started_at TEXT
      ) STRICT;
    `)
  }
}
