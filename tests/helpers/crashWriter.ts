// Run as a child process by tests/unit/crash.test.ts: writes notes and action items through the
// service as fast as it can, and reports each one on stdout only after the service said it was saved.
import { startCore } from '../../src/core/app'

const dataDir = process.argv[2]!
const core = startCore({ dataDir, transport: 'test' })
if (core.openError()) {
  process.stdout.write(`open-failed ${core.openError()!.message}\n`)
  process.exit(3)
}
const existing = await core.run('listWorkshops', {})
const workshopId = existing[0]?.id ?? (await core.run('createWorkshop', { title: 'Crash test', date: '2026-10-23' })).id
process.stdout.write('ready\n')
// Never outlive the test: stop when the test stops reading, or after a bounded run if the
// SIGKILL never comes (a writer left behind once grew to 11 GB of unsent output).
process.stdout.on('error', () => process.exit(0))
const deadline = Date.now() + 30_000
for (let i = 0; Date.now() < deadline; i++) {
  const note = await core.run('createNote', { workshopId, text: `Note ${i} ${'·'.repeat(i % 200)}` })
  process.stdout.write(`note ${note.id}\n`)
  if (i % 3 === 0) {
    const item = await core.run('createActionItem', { workshopId, text: `Follow up ${i}` } as never)
    process.stdout.write(`action ${item.id}\n`)
  }
}
core.close()
