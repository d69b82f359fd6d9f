import type { TFunction } from 'i18next'
import type { TableCounts } from '../../../../shared/domain/safety'

// The tables a facilitator recognises; others (links, settings) would only be noise here.
const shown = ['workshops', 'notes', 'speakers', 'cities', 'agenda_items', 'action_items']

/** "40 workshops · 120 notes · 3 speakers": empty kinds are left out, except workshops. */
export const countsSummary = (t: TFunction, counts: TableCounts | null): string =>
  counts === null
    ? t('backups:unreadable')
    : shown
        .filter((table) => table in counts && (counts[table]! > 0 || table === 'workshops'))
        .map((table) => t(`backups:counts.${table}`, { count: counts[table] }))
        .join(' · ')
