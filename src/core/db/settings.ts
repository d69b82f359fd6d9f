import type { Db } from './connection'

/** Reads one remembered value; unknown keys read as undefined. */
export function readSetting(db: Db, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined
  return row?.value
}

export function writeSetting(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value)
}

export function readSettings(db: Db, prefix: string): Record<string, string> {
  const rows = db.prepare("SELECT key, value FROM settings WHERE substr(key, 1, length(?)) = ?").all(prefix, prefix) as { key: string; value: string }[]
  return Object.fromEntries(rows.map((r) => [r.key.slice(prefix.length), r.value]))
}
