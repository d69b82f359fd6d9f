import { z } from 'zod'
import { languages, preferences, preferencesUpdate } from '../domain/preferences'
import { method } from './define'

export const appInfo = z.object({
  name: z.string(),
  version: z.string(),
  schemaVersion: z.number().int(),
  dataFile: z.string(),
  transport: z.enum(['electron', 'browser', 'cli', 'test'])
})

export const systemMethods = {
  getAppInfo: method(z.object({}), appInfo),
  /**
   * `systemLanguage`: the language the person's system asks for. Until a language has been
   * chosen, the first start adopts it (a Chinese system starts in Chinese) and remembers it.
   */
  getPreferences: method(z.object({ systemLanguage: z.enum(languages).optional() }), preferences),
  updatePreferences: method(preferencesUpdate, preferences)
}
