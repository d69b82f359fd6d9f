import type { TFunction } from 'i18next'
import type { TableCounts } from '../../../../shared/domain/safety'

// The tables a facilitator recognises; others (links, settings) would only be noise here.
const shown = ['workshops', 'notes', 'speakers', 'cities', 'agenda_items', 'action_items']

export const countsSummary = (t: TFunction, counts: TableCounts | null): string =>
  counts === null
    ? t('backups:unreadable')
    : shown
        .filter((table) => table in counts)
        .map((table) => `${counts[table]} ${t(`backups:tables.${table}`, { defaultValue: table })}`)
        .join(' · ')
