import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { startCore } from '../core/app'
import { startBackupSchedule } from '../core/backup/schedule'
import { resolveDataDir } from '../core/paths'
import { startBrowserServer } from './server'

/** `npm run web -- --port P --data-dir DIR`: browser mode on 127.0.0.1. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '5199' },
      'data-dir': { type: 'string' },
      'renderer-dir': { type: 'string', default: 'out/renderer' },
      reason: { type: 'string' }
    }
  })
  const rendererDir = resolve(values['renderer-dir'])
  if (!existsSync(resolve(rendererDir, 'index.html'))) {
    console.error(`The app is not built yet (${rendererDir} has no index.html). Run: npm run build`)
    process.exit(1)
  }
  const dataDir = resolveDataDir(values['data-dir'])
  // A data file that cannot be opened still gets a server: the page shows the recovery screen.
  const core = startCore({ dataDir, transport: 'browser' })
  const openError = core.openError()
  if (openError) console.error(`${openError.message}\nThe app will offer to restore a backup.`)
  const backups = startBackupSchedule(core)
  const web = await startBrowserServer({ core, rendererDir, port: Number(values.port) })
  if (values.reason) console.log(values.reason)
  console.log(`Roundtable is running in browser mode. Data: ${core.dataFile}`)
  console.log(`Open ${web.url}`)
  console.log('Press Ctrl+C to stop.')
  const stop = () => {
    backups.stop()
    void web.close().finally(() => {
      core.close()
      process.exit(0)
    })
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

void main()
