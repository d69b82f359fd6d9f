import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { openCore } from '../../src/core/app'
import type { SearchResult } from '../../src/shared/domain/search'
import { tempDir } from '../helpers/core'

const roundtable = (args: string[]) => execFileSync(process.execPath, ['bin/roundtable.mjs', ...args], { encoding: 'utf8' })

describe('roundtable search', () => {
  it('prints the hits with the matched words marked, or JSON', async () => {
    const dataDir = tempDir()
    const core = openCore({ dataDir, transport: 'test' })
    const w = await core.run('createWorkshop', { title: 'Skills webinar', date: '2026-10-23' })
    const note = await core.run('createNote', { workshopId: w.id, text: '郑州推动创新驱动发展' })
    core.close()

    const text = roundtable(['--data-dir', dataDir, 'search', '创新'])
    expect(text).toContain('»创新«')
    expect(text).toContain(note.id)
    const json = JSON.parse(roundtable(['--data-dir', dataDir, 'search', '创新', '--json'])) as SearchResult
    expect(json.groups.map((g) => [g.kind, g.hits[0]?.target])).toEqual([['note', { section: 'workshop', id: w.id, tab: 'notes', focus: note.id }]])
    expect(roundtable(['--data-dir', dataDir, 'search', '"unbalanced ( OR'])).toContain('Nothing matches')
  })
})
