import { z } from 'zod'
import { preferences, preferencesUpdate } from '../domain/preferences'
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
  getPreferences: method(z.object({}), preferences),
  updatePreferences: method(preferencesUpdate, preferences)
}
