import { describe, expect, it } from 'vitest'
import { defaultSize, minimumSize, parseWindowState, restoreBounds, type Rect } from '../../../src/main/windowState'

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 900 }
const monitorOnTheRight: Rect = { x: 1440, y: 0, width: 2560, height: 1440 }

describe('remembered window state', () => {
  it('reads back what was saved', () => {
    const saved = { bounds: { x: 100, y: 80, width: 1200, height: 800 }, maximized: true }
    expect(parseWindowState(JSON.stringify(saved))).toEqual(saved)
  })

  it('ignores nothing saved, broken JSON and half-written bounds', () => {
    expect(parseWindowState(undefined)).toBeUndefined()
    expect(parseWindowState('{"bounds":')).toBeUndefined()
    expect(parseWindowState(JSON.stringify({ bounds: { x: 1, y: 2, width: 'wide' } }))).toBeUndefined()
  })

  it('opens at the default size the first time', () => {
    expect(restoreBounds(undefined, [laptop])).toEqual(defaultSize)
  })

  it('reopens where it was on a screen that is still there', () => {
    const state = { bounds: { x: 1600, y: 100, width: 1400, height: 900 }, maximized: false }
    expect(restoreBounds(state, [laptop, monitorOnTheRight])).toEqual(state.bounds)
  })

  it('does not reopen on a monitor that has been unplugged, and fits the size to the screen left', () => {
    const state = { bounds: { x: 1600, y: 100, width: 2000, height: 1200 }, maximized: false }
    const bounds = restoreBounds(state, [laptop])
    expect(bounds.x).toBeUndefined()
    expect(bounds).toEqual({ width: 1440, height: 900 })
  })

  it('never opens smaller than the minimum size', () => {
    const state = { bounds: { x: 10, y: 10, width: 200, height: 100 }, maximized: false }
    expect(restoreBounds(state, [laptop])).toMatchObject({ width: minimumSize.width, height: minimumSize.height })
  })
})
