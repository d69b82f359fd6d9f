import { homedir } from 'node:os'
import { join, resolve } from 'node:path'

export const DATA_FILE_NAME = 'roundtable.sqlite'

/**
 * The folder that holds the data file: `--data-dir`, else ROUNDTABLE_DATA_DIR, else the
 * platform's user-data folder (the same one Electron's app.getPath('userData') gives).
 */
export function resolveDataDir(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (explicit) return resolve(explicit)
  if (env.ROUNDTABLE_DATA_DIR) return resolve(env.ROUNDTABLE_DATA_DIR)
  return platformDataDir(env)
}

export function platformDataDir(env: NodeJS.ProcessEnv = process.env): string {
  switch (process.platform) {
    case 'darwin':
      return join(homedir(), 'Library', 'Application Support', 'Roundtable')
    case 'win32':
      return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Roundtable')
    default:
      return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Roundtable')
  }
}

export const dataFileIn = (dataDir: string): string => join(dataDir, DATA_FILE_NAME)
