/**
 * Every command the application menu or a keyboard shortcut can ask the window to run.
 * The preload forwards only these to the page; the renderer's dispatcher maps each one to
 * the same store action its button uses. Accelerators use Electron's syntax, and the
 * renderer matches the same strings in browser mode, so both list one set of keys.
 */
export const commandIds = [
  'workshop.new',
  'workshop.openSample',
  'data.import',
  'data.export',
  'data.backup',
  'data.restore',
  'report.open',
  'edit.find',
  'view.theme.auto',
  'view.theme.light',
  'view.theme.dark',
  'view.language.en',
  'view.language.zh',
  'view.live',
  'help.about',
  'help.shortcuts'
] as const

export type CommandId = (typeof commandIds)[number]

export const isCommandId = (value: unknown): value is CommandId => typeof value === 'string' && (commandIds as readonly string[]).includes(value)

/**
 * Keys for commands. `browser` replaces the desktop key where a browser keeps it for
 * itself (Ctrl+N opens a browser window and never reaches the page).
 */
export const commandKeys: Partial<Record<CommandId, { accelerator: string; browser?: string }>> = {
  'workshop.new': { accelerator: 'CmdOrCtrl+N', browser: 'Alt+Shift+N' },
  'data.import': { accelerator: 'CmdOrCtrl+O' },
  'data.export': { accelerator: 'CmdOrCtrl+Shift+E' },
  'data.backup': { accelerator: 'CmdOrCtrl+Shift+B' },
  'report.open': { accelerator: 'CmdOrCtrl+P' },
  'edit.find': { accelerator: 'CmdOrCtrl+F' },
  'view.live': { accelerator: 'CmdOrCtrl+Shift+L' },
  'help.shortcuts': { accelerator: 'CmdOrCtrl+/' }
}
