import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import { sinceStart, takenOn } from '../../src/renderer/src/features/notes/noteTime'

describe('when a note was taken, as the notes list says it', () => {
  const start = DateTime.fromISO('2026-10-23T16:30', { zone: 'Europe/Brussels' })

  it('is relative to the workshop start during the session', () => {
    expect(sinceStart('2026-10-23T15:35:00Z', start)).toEqual({ sign: '+', time: '1:05' })
    expect(sinceStart('2026-10-23T14:20:00Z', start)).toEqual({ sign: '−', time: '0:10' })
  })

  it('gives way to the date for a note taken on another day', () => {
    expect(sinceStart('2031-12-01T09:00:00Z', start)).toBeNull()
    expect(takenOn('2031-12-01T23:30:00Z', 'Asia/Shanghai')).toBe('2031-12-02')
  })
})
