import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openCore } from '../../src/core/app'
import { loadSample } from '../../src/core/sample'
import { tempDir } from '../helpers/core'

const roundtable = (args: string[]) => spawnSync(process.execPath, ['bin/roundtable.mjs', ...args], { encoding: 'utf8' })

describe('roundtable report', () => {
  it('writes the sample workshop as a Letter PDF and as Markdown, and explains a wrong call', async () => {
    const dataDir = tempDir()
    const core = openCore({ dataDir, transport: 'test' })
    const { workshopId } = await loadSample(core)
    core.close()

    const pdf = join(dataDir, 'summary.pdf')
    const made = roundtable(['--data-dir', dataDir, 'report', '--workshop', workshopId, '--out', pdf, '--paper', 'letter'])
    expect(made.stderr).toBe('')
    expect(made.stdout).toMatch(/Wrote .*summary\.pdf \(\d+ pages\)\./)
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792/)

    const md = join(dataDir, 'summary.md')
    expect(roundtable(['--data-dir', dataDir, 'report', '--workshop', workshopId, '--out', md]).status).toBe(0)
    expect(readFileSync(md, 'utf8')).toContain("### Xi'an 西安")

    const wrong = roundtable(['--data-dir', dataDir, 'report', '--workshop', workshopId, '--out', pdf, '--paper', 'a3'])
    expect(wrong.status).toBe(2)
    expect(wrong.stderr).toContain('--paper is a4 or letter')
  })
})
