/**
 * Every command the application menu (or a keyboard shortcut) can ask the window to run.
 * The preload forwards only these to the page; the renderer's dispatcher maps each one to
 * the same store action its button uses.
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
  'view.theme.light',
  'view.theme.dark',
  'view.theme.auto',
  'view.language.en',
  'view.language.zh',
  'view.live',
  'help.about',
  'help.shortcuts'
] as const

export type CommandId = (typeof commandIds)[number]

export const isCommandId = (value: unknown): value is CommandId => typeof value === 'string' && (commandIds as readonly string[]).includes(value)
