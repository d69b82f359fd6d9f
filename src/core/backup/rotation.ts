/**
 * Which backups to keep: every backup of the last day (up to `recent`), then the newest of
 * each day for `days` days. Copies of a damaged data file are never deleted automatically:
 * they are the only trace of what was in it.
 */
export interface RotationPolicy {
  recent: number
  days: number
}

export const defaultRotation: RotationPolicy = { recent: 12, days: 30 }

const DAY = 24 * 60 * 60 * 1000

export function backupsToDelete<T extends { id: string; createdAt: string; reason: string }>(
  backups: T[],
  now: Date,
  policy: RotationPolicy = defaultRotation
): T[] {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  const keep = new Set<string>()
  const daysSeen = new Set<string>()
  let recent = 0
  for (const backup of newestFirst) {
    const age = now.getTime() - Date.parse(backup.createdAt)
    if (backup.reason === 'damaged-file') {
      keep.add(backup.id)
    } else if (age < DAY && recent < policy.recent) {
      keep.add(backup.id)
      recent++
    } else if (age < policy.days * DAY && !daysSeen.has(backup.createdAt.slice(0, 10))) {
      keep.add(backup.id)
    }
    daysSeen.add(backup.createdAt.slice(0, 10))
  }
  // The newest backup is kept whatever its age: after a long holiday it is the only one.
  if (newestFirst[0]) keep.add(newestFirst[0].id)
  return newestFirst.filter((b) => !keep.has(b.id))
}
