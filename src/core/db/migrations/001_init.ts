import type { Migration } from './index'

export const m001Init: Migration = {
  version: 1,
  name: 'workshops, speakers, cities and case studies',
  up(db) {
    db.exec(`
      CREATE TABLE workshops (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        subtitle TEXT NOT NULL DEFAULT '',
        date TEXT NOT NULL,
        start_time TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        second_time_zone TEXT,
        planned_end_time TEXT,
        format TEXT NOT NULL CHECK (format IN ('online', 'onsite', 'hybrid')),
        location TEXT NOT NULL DEFAULT '',
        organiser TEXT NOT NULL DEFAULT '',
        intro TEXT NOT NULL DEFAULT '',
        key_messages TEXT NOT NULL DEFAULT '',
        conclusions TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX workshops_by_date ON workshops (date DESC, start_time DESC);

      CREATE TABLE cities (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        native_name TEXT NOT NULL DEFAULT '',
        country TEXT NOT NULL DEFAULT '',
        city_group TEXT NOT NULL CHECK (city_group IN ('europe', 'china', 'other')),
        kind TEXT NOT NULL CHECK (kind IN ('city', 'region', 'metropolitan_area')),
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX cities_by_name ON cities (name COLLATE NOCASE);

      CREATE TABLE speakers (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        -- a speaker outlives the city record they were filed under
        city_id TEXT REFERENCES cities (id) ON DELETE SET NULL,
        bio TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX speakers_by_name ON speakers (name COLLATE NOCASE);
      CREATE INDEX speakers_by_city ON speakers (city_id);

      CREATE TABLE workshop_speakers (
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        speaker_id TEXT NOT NULL REFERENCES speakers (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (workshop_id, speaker_id)
      ) STRICT;
      CREATE INDEX workshop_speakers_by_speaker ON workshop_speakers (speaker_id);

      -- A city taking part in a workshop; its case study hangs off this row.
      CREATE TABLE workshop_cities (
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        city_id TEXT NOT NULL REFERENCES cities (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        summary TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (workshop_id, city_id)
      ) STRICT;
      CREATE INDEX workshop_cities_by_city ON workshop_cities (city_id);

      CREATE TABLE case_study_items (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL,
        city_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('practice', 'cooperation', 'quote', 'follow_up')),
        text TEXT NOT NULL,
        speaker_id TEXT REFERENCES speakers (id) ON DELETE SET NULL,
        attribution TEXT NOT NULL DEFAULT '',
        approved INTEGER NOT NULL DEFAULT 0 CHECK (approved IN (0, 1)),
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        FOREIGN KEY (workshop_id, city_id) REFERENCES workshop_cities (workshop_id, city_id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX case_study_items_by_city ON case_study_items (workshop_id, city_id, kind, position);
      CREATE INDEX case_study_items_by_speaker ON case_study_items (speaker_id);

      -- Small preferences the app remembers (language, theme, report settings per workshop).
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `)
  }
}
