import { describe, expect, it } from 'vitest'
import { contract, methodNames } from '../../src/shared/contract'
import { freshCore, snapshot } from '../helpers/core'

describe('the contract at the service edge', () => {
  it('rejects bad input with invalid_input and field paths, writing nothing', async () => {
    const core = freshCore()
    await core.run('createWorkshop', { title: 'Existing', date: '2026-10-23' })
    const before = snapshot(core)
    const bad: [string, unknown][] = [
      ['createWorkshop', { title: '', date: '2026-10-23' }],
      ['createWorkshop', { title: 'x', date: '2026-02-30' }],
      ['createWorkshop', { title: 'x', date: '2026-10-23', timeZone: 'CET' }],
      ['createWorkshop', { title: 'x', date: '2026-10-23', startTime: '25:00' }],
      ['createWorkshop', { title: 'x'.repeat(301), date: '2026-10-23' }],
      ['createWorkshop', null],
      ['createWorkshop', 'a string'],
      ['createSpeaker', { name: 'A', email: 'not-an-email' }],
      ['updateWorkshop', { id: 'not-a-uuid', title: 'x' }],
      ['createCity', { name: 'A', group: 'mars' }]
    ]
    for (const [method, input] of bad) {
      const result = await core.call(method, input)
      expect(result.ok, `${method} ${JSON.stringify(input)}`).toBe(false)
      if (!result.ok) {
        expect(result.error.code).toBe('invalid_input')
        expect(result.error.message.length).toBeGreaterThan(3)
      }
    }
    expect(snapshot(core)).toBe(before)
  })

  it('names the field at fault', async () => {
    const result = await freshCore().call('createWorkshop', { title: 'x', date: 'tomorrow' })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    if (!result.ok) expect(result.error.issues?.[0]?.path).toBe('date')
  })

  it('answers an unknown method with not_found, including prototype names', async () => {
    const core = freshCore()
    for (const name of ['nope', '__proto__', 'constructor', 'toString']) {
      const result = await core.call(name, {})
      expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } })
    }
  })

  it('rolls back a handler that fails half-way', async () => {
    const core = freshCore()
    const w = await core.run('createWorkshop', { title: 'W', date: '2026-10-23' })
    const before = snapshot(core)
    // A city that does not exist: the link must not be half-written.
    const result = await core.call('addWorkshopCity', { workshopId: w.id, cityId: crypto.randomUUID() })
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(snapshot(core)).toBe(before)
  })

  it('returns outputs that match the declared output schemas', async () => {
    const core = freshCore()
    const w = await core.run('createWorkshop', { title: 'W', date: '2026-10-23' })
    const c = await core.run('createCity', { name: "Xi'an", nativeName: '西安', group: 'china' })
    await core.run('addWorkshopCity', { workshopId: w.id, cityId: c.id })
    const checks: [keyof typeof contract, unknown][] = [
      ['getWorkshop', { id: w.id }],
      ['getCity', { id: c.id }],
      ['listWorkshops', {}],
      ['getAppInfo', {}],
      ['getPreferences', {}]
    ]
    for (const [name, input] of checks) {
      const result = await core.call(name, input)
      expect(result.ok).toBe(true)
      if (result.ok) expect(() => contract[name].output.parse(result.value)).not.toThrow()
    }
  })

  it('declares every method with input and output schemas', () => {
    expect(methodNames.length).toBeGreaterThan(10)
    for (const name of methodNames) {
      expect(contract[name].input, name).toBeDefined()
      expect(contract[name].output, name).toBeDefined()
    }
  })
})
