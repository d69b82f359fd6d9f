/* eslint-disable @typescript-eslint/triple-slash-reference -- the Window typings sit beside src/preload/index.ts, which hides them from an import */
/// <reference lib="dom" />
/// <reference path="../../src/preload/index.d.ts" />
// The renderer's store is typed against the DOM (window.api); the slices run in Node here.
import { beforeEach, describe, expect, it } from 'vitest'
import { methodNames } from '../../src/shared/contract'
import type { RawApi } from '../../src/shared/transport'
import { setTransport } from '../../src/renderer/src/api/client'
import { useAppStore } from '../../src/renderer/src/store'
import { freshCore } from '../helpers/core'

/** The renderer's API client over a real core, in process: the store talks to real SQLite. */
function plugCore() {
  const core = freshCore()
  setTransport(Object.fromEntries(methodNames.map((name) => [name, (input: unknown) => core.call(name, input)])) as RawApi)
  return core
}

const initial = useAppStore.getState()
beforeEach(() => useAppStore.setState(initial, true))

describe('speakers slice', () => {
  it('lists, searches as you type, creates, saves and deletes speakers', async () => {
    const core = plugCore()
    await core.run('createSpeaker', { name: 'Floriske Deutman', organisation: 'IURC China' })
    await core.run('createSpeaker', { name: 'Li Wei', role: 'Dean' })
    const store = useAppStore.getState()
    await store.speakersRequested()
    expect(useAppStore.getState().speakers.map((s) => s.name)).toEqual(['Floriske Deutman', 'Li Wei'])
    await store.speakersRequested('iurc')
    expect(useAppStore.getState().speakers.map((s) => s.name)).toEqual(['Floriske Deutman'])

    // Creating clears a search that would hide the new speaker.
    const created = await store.speakerCreated({ name: 'Floris' })
    expect(useAppStore.getState().speakerQuery).toBe('')
    expect(useAppStore.getState().speakers.map((s) => s.id)).toContain(created.id)
    await store.speakerSaved({ id: created.id, role: 'Moderator' })
    expect(useAppStore.getState().speakers.find((s) => s.id === created.id)?.role).toBe('Moderator')

    store.speakerHidden(created.id)
    expect(useAppStore.getState().speakers.map((s) => s.id)).not.toContain(created.id)
    expect((await core.run('getSpeaker', { id: created.id })).speaker.name).toBe('Floris')
    await store.speakerDeleted(created.id)
    await expect(core.run('getSpeaker', { id: created.id })).rejects.toMatchObject({ code: 'not_found' })
  })

  it('keeps the answer to the latest search when an older one arrives late', async () => {
    plugCore()
    const store = useAppStore.getState()
    const older = store.speakersRequested('a')
    const newer = store.speakersRequested('b')
    await Promise.all([older, newer])
    expect(useAppStore.getState().speakerQuery).toBe('b')
  })

  it('surfaces validation errors with the field they belong to', async () => {
    plugCore()
    await expect(useAppStore.getState().speakerCreated({ name: ' ' })).rejects.toMatchObject({ error: { code: 'invalid_input', issues: [{ path: 'name' }] } })
  })
})

describe('cities slice', () => {
  it('filters by search and by group, and saves a dossier field', async () => {
    const core = plugCore()
    await core.run('createCity', { name: "Xi'an", nativeName: '西安', group: 'china' })
    await core.run('createCity', { name: 'Sofia', group: 'europe' })
    const store = useAppStore.getState()
    await store.citiesRequested()
    expect(useAppStore.getState().cities.map((c) => c.name)).toEqual(['Sofia', "Xi'an"])
    await store.citiesRequested({ query: '西安' })
    expect(useAppStore.getState().cities.map((c) => c.name)).toEqual(["Xi'an"])
    await store.citiesRequested({ query: '', group: 'europe' })
    expect(useAppStore.getState().cities.map((c) => c.name)).toEqual(['Sofia'])

    const sofia = useAppStore.getState().cities[0]!
    await store.citySaved({ id: sofia.id, nativeName: 'София', kind: 'city' })
    expect(useAppStore.getState().cities[0]).toMatchObject({ nativeName: 'София' })
    const created = await store.cityCreated({ name: 'Lazio', group: 'europe', kind: 'region' })
    expect(useAppStore.getState().cities.map((c) => c.name)).toEqual(['Lazio', 'Sofia', "Xi'an"])
    await store.cityDeleted(created.id)
    expect(useAppStore.getState().cities.map((c) => c.name)).toEqual(['Sofia', "Xi'an"])
  })
})
