import { useTranslation } from 'react-i18next'
import { localeOf } from '../../i18n'
import type { LocalTime } from '../../../../shared/domain/agenda'

/** How the agenda reads times and durations, in the interface language. */
export function useAgendaFormat() {
  const { t, i18n } = useTranslation('agenda')
  const locale = localeOf(i18n.language)
  const day = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' })
  return {
    /** "3 h 20" or "45 min". */
    minutes: (total: number): string => {
      const m = Math.max(0, Math.round(total))
      return m < 60 ? t('duration.minutes', { count: m }) : t('duration.hours', { hours: Math.floor(m / 60), minutes: String(m % 60).padStart(2, '0') })
    },
    /** The date is shown only when it is not the workshop's date (e.g. Shanghai after midnight). */
    day: (time: LocalTime): string | null => (time.otherDay ? day.format(new Date(`${time.date}T00:00:00Z`)) : null),
    /** A zone id as people say it: Asia/Shanghai → Shanghai. */
    zoneName: (zone: string): string => (zone.split('/').pop() ?? zone).replaceAll('_', ' ')
  }
}
