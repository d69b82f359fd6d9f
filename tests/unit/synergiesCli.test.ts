import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { openCore } from '../../src/core/app'
import type { Synergies } from '../../src/shared/domain/synergy'
import { tempDir } from '../helpers/core'

const roundtable = (args: string[]) => execFileSync(process.execPath, ['bin/roundtable.mjs', ...args], { encoding: 'utf8' })

describe('roundtable synergies', () => {
  it('prints the matrix and the ranked pairs with their evidence, or JSON', async () => {
    const dataDir = tempDir()
    const core = openCore({ dataDir, transport: 'test' })
    const w = await core.run('createWorkshop', { title: 'Skills webinar', date: '2026-10-23' })
    const themes = await core.run('listThemes', {})
    const tourism = themes.find((t) => t.name === 'Tourism')!
    for (const [name, group, text] of [
      ['Ioannina', 'europe', 'Sustainable tourism exchange'],
      ['Xi’an', 'china', 'Heritage tourism']
    ] as const) {
      const c = await core.run('createCity', { name, group })
      await core.run('addWorkshopCity', { workshopId: w.id, cityId: c.id })
      const item = await core.run('createCaseStudyItem', { workshopId: w.id, cityId: c.id, kind: 'cooperation', text })
      await core.run('tagTheme', { targetId: item.id, themeId: tourism.id })
    }
    core.close()

    const text = roundtable(['--data-dir', dataDir, 'synergies', '--workshop', w.id])
    expect(text).toContain('T1  Tourism (2 cities')
    expect(text).toMatch(/1\. Ioannina \+ Xi’an {2}score [\d.]+ {2}Europe–China/)
    expect(text).toContain('- Ioannina, cooperation: Sustainable tourism exchange')
    const json = JSON.parse(roundtable(['--data-dir', dataDir, 'synergies', '--workshop', w.id, '--json'])) as Synergies
    expect(json.pairs).toHaveLength(1)
    expect(json.cells.map((c) => c.count)).toEqual([1, 1])
  })
})
