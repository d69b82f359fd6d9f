import type { Handlers } from '../../shared/contract'
import { preferences } from '../../shared/domain/preferences'
import { schemaVersion } from '../db/migrations'
import { readSettings, writeSetting } from '../db/settings'
import type { ServiceContext } from './context'
import { appVersion } from './version'

const PREFIX = 'preferences.'

export const systemHandlers = ({ db, dataFile, transport }: ServiceContext) => {
  // A stored value this version does not understand falls back to the default, never fails.
  const currentPreferences = () => {
    const parsed = preferences.safeParse(readSettings(db, PREFIX))
    return parsed.success ? parsed.data : preferences.parse({})
  }
  return {
    getAppInfo: () => ({ name: 'Roundtable', version: appVersion, schemaVersion: schemaVersion(db), dataFile, transport }),
    getPreferences: ({ systemLanguage }) => {
      if (systemLanguage && readSettings(db, PREFIX).language === undefined) writeSetting(db, `${PREFIX}language`, systemLanguage)
      return currentPreferences()
    },
    updatePreferences: (patch) => {
      for (const [key, value] of Object.entries(patch)) if (value !== undefined) writeSetting(db, PREFIX + key, value)
      return currentPreferences()
    }
  } satisfies Partial<Handlers>
}
