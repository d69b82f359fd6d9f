import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Language } from '../../../shared/domain/preferences'

// Every feature keeps its strings in locales/<language>/<feature>.json; each file is a namespace.
const files = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json', { eager: true })

const resources: Record<string, Record<string, Record<string, unknown>>> = {}
for (const [path, module] of Object.entries(files)) {
  const [, language, namespace] = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path) ?? []
  if (!language || !namespace) continue
  ;(resources[language] ??= {})[namespace] = module.default
}

export const namespaces = Object.keys(resources.en ?? {})

void i18n.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  ns: namespaces,
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false
})

/** BCP 47 tags for Intl and the page's lang: dates and times follow the interface language. */
export const localeOf = (language: Language | string): string => (language === 'zh' ? 'zh-CN' : 'en-GB')

export default i18n
