import { useTranslation } from 'react-i18next'
import { localeOf } from '.'

export interface DateFormat {
  longDate: (isoDate: string) => string
  shortDate: (isoDate: string) => string
}

/**
 * One pair of formatters per language for the whole page: building an Intl formatter costs
 * about a millisecond, and every card of a list asks for one. Each is built on its first use:
 * a screen that shows only long dates never pays for the short one.
 */
const formats = new Map<string, DateFormat>()

function dateFormat(locale: string): DateFormat {
  let format = formats.get(locale)
  if (!format) {
    let long: Intl.DateTimeFormat | undefined
    let short: Intl.DateTimeFormat | undefined
    const calendarDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`)
    format = {
      longDate: (isoDate) =>
        (long ??= new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })).format(calendarDate(isoDate)),
      shortDate: (isoDate) => (short ??= new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })).format(calendarDate(isoDate))
    }
    formats.set(locale, format)
  }
  return format
}

/** Dates in the interface language, read as calendar dates (no time-zone shift). */
export function useDateFormat(): DateFormat {
  const { i18n } = useTranslation()
  return dateFormat(localeOf(i18n.language))
}
