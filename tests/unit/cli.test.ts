import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { openCore } from '../../src/core/app'
import { tempDir } from '../helpers/core'

const roundtable = (args: string[]) => execFileSync(process.execPath, ['bin/roundtable.mjs', ...args], { encoding: 'utf8' })

describe('the roundtable command', () => {
  it('lists, as JSON, what the app saved in the same data folder', async () => {
    const dataDir = tempDir()
    const core = openCore({ dataDir, transport: 'test' })
    await core.run('createWorkshop', { title: 'Saved by the app', date: '2026-10-23' })
    core.close()
    const listed = JSON.parse(roundtable(['--data-dir', dataDir, 'list', 'workshops', '--json'])) as { title: string }[]
    expect(listed.map((w) => w.title)).toEqual(['Saved by the app'])
  })

  it('explains itself with --help and refuses an unknown listing with exit code 2', () => {
    expect(roundtable(['--help'])).toContain('list workshops|speakers|cities')
    expect(() => roundtable(['--data-dir', tempDir(), 'list', 'planets'])).toThrow(/Say what to list/)
  })
})
