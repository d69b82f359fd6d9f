import { z } from 'zod'

/** Why a backup was made; shown in the list so a person knows which one to pick. */
export const backupReason = z.enum(['scheduled', 'manual', 'before-migration', 'before-restore', 'damaged-file'])

/** Rows per table, e.g. { workshops: 3, notes: 120 }; tables added later appear on their own. */
export const tableCounts = z.record(z.string(), z.number().int())

export const databasePreview = z.object({
  size: z.number().int(),
  schemaVersion: z.number().int(),
  counts: tableCounts,
  workshops: z.array(z.object({ title: z.string(), date: z.string() })),
  /** Null when the file is a healthy Roundtable database this app can open. */
  problem: z.string().nullable()
})

export const backupInfo = z.object({
  id: z.string(),
  reason: backupReason,
  createdAt: z.string(),
  size: z.number().int(),
  counts: tableCounts.nullable()
})

// A backup is named by its file name in the backup folder, nothing else: no paths.
export const backupId = z.string().regex(/^roundtable-[0-9TZ-]+-[a-z-]+(-\d+)?\.sqlite$/, 'not a backup name').max(120)

export const dataStatus = z.object({
  dataFile: z.string(),
  backupFolder: z.string(),
  open: z.boolean(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  lastBackupAt: z.string().nullable()
})

export const restoreSource = z.union([z.object({ backupId }), z.object({ uploadId: z.string().regex(/^[a-f0-9]{32}$/) })])

export const upload = z.object({
  name: z.string().max(500),
  // ~48 MB of database once decoded: the browser-mode body limit is 64 MB.
  dataBase64: z.string().max(64_000_000).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64')
})

export const conflictChoice = z.enum(['skip', 'replace', 'copy'])

export const importPreview = z.object({
  version: z.number().int(),
  exportedAt: z.string(),
  tables: z.array(z.object({ table: z.string(), incoming: z.number().int(), conflicts: z.number().int() }))
})

export const importResult = z.object({
  tables: z.array(
    z.object({ table: z.string(), inserted: z.number().int(), replaced: z.number().int(), skipped: z.number().int(), copied: z.number().int() })
  )
})

export const csvKind = z.enum(['speakers', 'cities'])
/** CSV column header → field name; a field mapped from no column keeps its default. */
export const csvMapping = z.record(z.string().max(200), z.string().max(100))

export const csvPreview = z.object({
  headers: z.array(z.string()),
  fields: z.array(z.object({ name: z.string(), required: z.boolean() })),
  mapping: csvMapping,
  rows: z.array(z.object({ line: z.number().int(), values: z.record(z.string(), z.string()), errors: z.array(z.string()) })),
  valid: z.number().int(),
  invalid: z.number().int()
})

export type BackupInfo = z.infer<typeof backupInfo>
export type BackupReason = z.infer<typeof backupReason>
export type DatabasePreview = z.infer<typeof databasePreview>
export type DataStatus = z.infer<typeof dataStatus>
export type ConflictChoice = z.infer<typeof conflictChoice>
export type ImportPreview = z.infer<typeof importPreview>
export type ImportResult = z.infer<typeof importResult>
export type CsvKind = z.infer<typeof csvKind>
export type CsvPreview = z.infer<typeof csvPreview>
export type TableCounts = z.infer<typeof tableCounts>
