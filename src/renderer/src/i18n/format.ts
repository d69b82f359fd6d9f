import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

/** Dates in the interface language, read as calendar dates (no time-zone shift). */
export function useDateFormat() {
  const { i18n } = useTranslation()
  const locale = i18n.language === 'zh' ? 'zh-CN' : 'en-GB'
  // Building an Intl formatter is costly; long lists format thousands of dates. Each one is
  // built on its first use: a screen that shows only long dates never pays for the short one.
  return useMemo(() => {
    let long: Intl.DateTimeFormat | undefined
    let short: Intl.DateTimeFormat | undefined
    return {
      longDate: (isoDate: string) =>
        (long ??= new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })).format(
          new Date(`${isoDate}T00:00:00Z`)
        ),
      shortDate: (isoDate: string) =>
        (short ??= new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })).format(new Date(`${isoDate}T00:00:00Z`))
    }
  }, [locale])
}
