import { commandKeys, type CommandId } from '../../../shared/commands'

/** The parts of a KeyboardEvent a shortcut depends on (so tests can pass plain objects). */
export interface KeyPress {
  key: string
  code: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
}

const codeOf: Record<string, string> = { '/': 'Slash', ',': 'Comma', '.': 'Period' }

/**
 * Whether a key press is the Electron accelerator `accelerator` (e.g. CmdOrCtrl+Shift+E).
 * Letters are compared by physical key (`code`), so Shift, Alt and keyboard layouts that
 * change the character do not break them. Modifiers must match exactly.
 */
export function matchesAccelerator(accelerator: string, press: KeyPress, isMac: boolean): boolean {
  const parts = accelerator.split('+')
  const key = parts.pop() ?? ''
  const mods = new Set(parts.map((p) => p.toLowerCase()))
  const cmdOrCtrl = mods.has('cmdorctrl') || mods.has('commandorcontrol')
  const wantCtrl = mods.has('ctrl') || mods.has('control') || (cmdOrCtrl && !isMac)
  const wantMeta = mods.has('cmd') || mods.has('command') || mods.has('super') || (cmdOrCtrl && isMac)
  if (press.ctrlKey !== wantCtrl || press.metaKey !== wantMeta) return false
  if (press.altKey !== (mods.has('alt') || mods.has('option'))) return false
  if (press.shiftKey !== mods.has('shift')) return false
  if (/^[a-z]$/i.test(key)) return press.code === `Key${key.toUpperCase()}`
  if (/^[0-9]$/.test(key)) return press.code === `Digit${key}`
  return press.key.toLowerCase() === key.toLowerCase() || press.code === codeOf[key]
}

/** The key a command has in this mode: browsers keep a few desktop keys for themselves. */
export function shortcutFor(id: CommandId, inBrowser: boolean): string | undefined {
  const keys = commandKeys[id]
  return inBrowser ? (keys?.browser ?? keys?.accelerator) : keys?.accelerator
}

/** The command a key press runs, if any. */
export function commandForKeyPress(press: KeyPress, inBrowser: boolean, isMac: boolean): CommandId | undefined {
  for (const id of Object.keys(commandKeys) as CommandId[]) {
    const accelerator = shortcutFor(id, inBrowser)
    if (accelerator && matchesAccelerator(accelerator, press, isMac)) return id
  }
  return undefined
}

/** How a shortcut reads on this machine: ⌘⇧E on a Mac, Ctrl+Shift+E elsewhere. */
export function displayShortcut(accelerator: string, isMac: boolean): string {
  const names: Record<string, [string, string]> = {
    cmdorctrl: ['⌘', 'Ctrl'],
    shift: ['⇧', 'Shift'],
    alt: ['⌥', 'Alt']
  }
  const parts = accelerator.split('+').map((p) => names[p.toLowerCase()]?.[isMac ? 0 : 1] ?? p.toUpperCase())
  return parts.join(isMac ? '' : '+')
}
