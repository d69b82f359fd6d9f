import { describe, expect, it, vi } from 'vitest'
import { openCore } from '../../src/core/app'
import { search } from '../../src/core/search/search'
import { keepSearchIndexTidy, searchIndexSegments, tidySearchIndex } from '../../src/core/search/upkeep'
import { freshCore, tempDir } from '../helpers/core'

const hits = (result: ReturnType<typeof search>) => result.groups.map((g) => `${g.kind}:${g.hits.length}${g.more ? '+' : ''}`)
const integrityCheck = (core: ReturnType<typeof freshCore>) =>
  core.db.prepare("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)").run()

/** A workshop with `count` notes, each written in its own transaction as during a live session. */
async function liveNotes(core: ReturnType<typeof freshCore>, count: number, padding = 0) {
  const workshop = await core.run('createWorkshop', { title: 'Dual training exchange', date: '2026-10-23' })
  for (let i = 0; i < count; i++) {
    // Padding of distinct numbers makes each note's part of the index span several pages.
    const pad = Array.from({ length: padding }, (_, j) => `${i * padding + j}`).join(' ')
    await core.run('createNote', { workshopId: workshop.id, text: `${i % 3 ? `Note ${i} on apprenticeships` : `笔记 ${i} 职业教育 in Łódź`} ${pad}` })
  }
  return workshop
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('search index upkeep', () => {
  it('merges the b-trees of many small writes into one, and every search finds the same', async () => {
    const core = freshCore()
    await liveNotes(core, 60)
    const queries = ['apprenticeships', '职业教育', 'lodz', 'Note 4', 'nothing like this']
    const before = queries.map((q) => hits(search(core.db, q, 50)))
    expect(searchIndexSegments(core.db)).toBeGreaterThan(1)

    tidySearchIndex(core.db)

    expect(searchIndexSegments(core.db)).toBe(1)
    expect(queries.map((q) => hits(search(core.db, q, 50)))).toEqual(before)
    expect(before[0]).toEqual(['note:40'])
    expect(() => integrityCheck(core)).not.toThrow()
  })

  it('works while the app is idle, pauses when a call comes in, and keeps the rows', async () => {
    const core = freshCore()
    const workshop = await liveNotes(core, 40, 400)
    const segments = searchIndexSegments(core.db)
    expect(segments).toBeGreaterThan(1)
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      const upkeep = keepSearchIndexTidy(() => core.db, { idleMs: 40, pagesPerStep: 1 })
      // Calls keep coming faster than the idle time: nothing is merged yet.
      for (let i = 0; i < 5; i++) {
        upkeep.poke()
        vi.advanceTimersByTime(30)
      }
      expect(searchIndexSegments(core.db)).toBe(segments)
      // Quiet: it merges a step at a time; a call in the middle pauses it until the next quiet moment.
      vi.advanceTimersToNextTimer()
      vi.advanceTimersToNextTimer()
      const merging = searchIndexSegments(core.db)
      // Mid-merge: the new b-tree exists beside the ones it is being made from.
      expect(merging).toBeGreaterThan(1)
      upkeep.poke()
      vi.advanceTimersByTime(30)
      expect(searchIndexSegments(core.db)).toBe(merging)
      vi.runAllTimers()
      expect(searchIndexSegments(core.db)).toBe(1)
      // New writes add small b-trees; below the limit they are left alone.
      await core.run('createNote', { workshopId: workshop.id, text: 'One more apprenticeship' })
      upkeep.poke()
      vi.runAllTimers()
      expect(searchIndexSegments(core.db)).toBe(2)
      upkeep.stop()
    } finally {
      vi.useRealTimers()
    }
    expect(search(core.db, 'apprenticeship').groups.find((g) => g.kind === 'note')?.hits).toHaveLength(27)
    expect(() => integrityCheck(core)).not.toThrow()
  })

  it('leaves a closed database alone', async () => {
    const core = openCore({ dataDir: tempDir(), transport: 'test' })
    const upkeep = keepSearchIndexTidy(() => core.db, { idleMs: 5 })
    core.close()
    await wait(50)
    upkeep.stop()
  })
})
