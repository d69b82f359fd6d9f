import { describe, expect, it } from 'vitest'
import { freshCore } from '../helpers/core'

describe('undoing the delete of a note', () => {
  it('brings the note back with its themes, except a theme deleted meanwhile', async () => {
    const core = freshCore()
    const w = await core.run('createWorkshop', { title: 'W', date: '2026-10-23' })
    const note = await core.run('createNote', { workshopId: w.id, text: 'Joint vocational training with Haikou' })
    const [kept, dropped] = await core.run('listThemes', {})
    for (const theme of [kept!, dropped!]) await core.run('tagTheme', { target: 'note', targetId: note.id, themeId: theme.id })

    const deleted = await core.run('deleteNote', { id: note.id })
    expect([...deleted.themeIds].sort()).toEqual([kept!.id, dropped!.id].sort())
    await core.run('deleteTheme', { id: dropped!.id })
    await core.run('restoreNote', deleted)

    const tags = await core.run('listThemeTags', { workshopId: w.id })
    expect(tags.find((t) => t.targetId === note.id)?.themeIds).toEqual([kept!.id])
  })
})
