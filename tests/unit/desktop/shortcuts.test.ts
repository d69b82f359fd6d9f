import { describe, expect, it } from 'vitest'
import { acceptedExtensions } from '../../../src/shared/desktop'
import { commandForKeyPress, displayShortcut, matchesAccelerator, type KeyPress } from '../../../src/renderer/src/platform/shortcuts'

const press = (key: string, code: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, code, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods })

describe('keyboard shortcuts in the window', () => {
  it('reads CmdOrCtrl as Ctrl on Windows and Linux and as ⌘ on a Mac', () => {
    expect(matchesAccelerator('CmdOrCtrl+O', press('o', 'KeyO', { ctrlKey: true }), false)).toBe(true)
    expect(matchesAccelerator('CmdOrCtrl+O', press('o', 'KeyO', { ctrlKey: true }), true)).toBe(false)
    expect(matchesAccelerator('CmdOrCtrl+O', press('o', 'KeyO', { metaKey: true }), true)).toBe(true)
  })

  it('needs exactly the modifiers asked for', () => {
    expect(matchesAccelerator('CmdOrCtrl+Shift+E', press('E', 'KeyE', { ctrlKey: true, shiftKey: true }), false)).toBe(true)
    expect(matchesAccelerator('CmdOrCtrl+Shift+E', press('e', 'KeyE', { ctrlKey: true }), false)).toBe(false)
    expect(matchesAccelerator('CmdOrCtrl+E', press('E', 'KeyE', { ctrlKey: true, shiftKey: true }), false)).toBe(false)
  })

  it('matches letters by key position, so Alt and other layouts still work', () => {
    // On a Mac, Option+Shift+N types "˜", yet it is the N key.
    expect(matchesAccelerator('Alt+Shift+N', press('˜', 'KeyN', { altKey: true, shiftKey: true }), true)).toBe(true)
    expect(matchesAccelerator('CmdOrCtrl+/', press('/', 'Slash', { ctrlKey: true }), false)).toBe(true)
  })

  it('uses the browser key for New workshop in browser mode, where Ctrl+N opens a browser window', () => {
    expect(commandForKeyPress(press('n', 'KeyN', { ctrlKey: true }), true, false)).toBeUndefined()
    expect(commandForKeyPress(press('N', 'KeyN', { altKey: true, shiftKey: true }), true, false)).toBe('workshop.new')
    expect(commandForKeyPress(press('n', 'KeyN', { ctrlKey: true }), false, false)).toBe('workshop.new')
    expect(commandForKeyPress(press('x', 'KeyX'), true, false)).toBeUndefined()
  })

  it('shows shortcuts the way each platform writes them', () => {
    expect(displayShortcut('CmdOrCtrl+Shift+L', false)).toBe('Ctrl+Shift+L')
    expect(displayShortcut('CmdOrCtrl+Shift+L', true)).toBe('⌘⇧L')
  })
})

describe('accepted file types', () => {
  it('turns an HTML accept string or a list into plain extensions', () => {
    expect(acceptedExtensions('.json, .CSV')).toEqual(['json', 'csv'])
    expect(acceptedExtensions(['.sqlite', 'json', 'application/json'])).toEqual(['sqlite', 'json'])
  })
})
