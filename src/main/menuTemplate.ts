import type { MenuItemConstructorOptions } from 'electron'
import { commandKeys, type CommandId } from '../shared/commands'
import type { ColorScheme, Language, Preferences } from '../shared/domain/preferences'
import en from '../renderer/src/i18n/locales/en/menu.json'
import zh from '../renderer/src/i18n/locales/zh/menu.json'

/**
 * The application menu as plain data, so it can be tested without Electron. Its labels
 * come from the renderer's own translation files (one place for every string); commands
 * are sent to the window, which runs them through the same store actions as its buttons.
 */
export interface MenuActions {
  send: (command: CommandId) => void
  openDataFolder: () => void
}

const labels = { en, zh } as const

/** Looks up `commands.data.import` and the like; a missing key shows the key, never crashes. */
export function menuLabel(language: Language, key: string): string {
  let node: unknown = labels[language] ?? labels.en
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part]
  return typeof node === 'string' ? node : key
}

export function menuTemplate(
  preferences: Preferences,
  actions: MenuActions,
  options: { platform: NodeJS.Platform; appName: string; devTools: boolean }
): MenuItemConstructorOptions[] {
  const l = (key: string) => menuLabel(preferences.language, key)
  const isMac = options.platform === 'darwin'
  const command = (id: CommandId): MenuItemConstructorOptions => ({
    id,
    label: l(`commands.${id}`),
    accelerator: commandKeys[id]?.accelerator,
    click: () => actions.send(id)
  })
  const role = (name: NonNullable<MenuItemConstructorOptions['role']>): MenuItemConstructorOptions => ({ role: name, label: l(`roles.${name}`) })
  const radio = (id: CommandId, checked: boolean): MenuItemConstructorOptions => ({ ...command(id), type: 'radio', checked })
  const schemes: ColorScheme[] = ['auto', 'light', 'dark']
  const languages: Language[] = ['en', 'zh']

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [{ label: options.appName, submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'services' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit', label: l('quit') }] }]
    : []

  return [
    ...appMenu,
    {
      label: l('file'),
      submenu: [
        command('workshop.new'),
        command('workshop.openSample'),
        { type: 'separator' },
        command('data.import'),
        command('data.export'),
        command('report.open'),
        { type: 'separator' },
        command('data.backup'),
        command('data.restore'),
        ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: l('quit') } as const])
      ]
    },
    {
      label: l('edit'),
      submenu: [role('undo'), role('redo'), { type: 'separator' }, role('cut'), role('copy'), role('paste'), role('selectAll'), { type: 'separator' }, command('edit.find')]
    },
    {
      label: l('view'),
      submenu: [
        { label: l('theme'), submenu: schemes.map((s) => radio(`view.theme.${s}`, preferences.colorScheme === s)) },
        { label: l('language'), submenu: languages.map((lang) => radio(`view.language.${lang}`, preferences.language === lang)) },
        { type: 'separator' },
        role('resetZoom'),
        role('zoomIn'),
        role('zoomOut'),
        { type: 'separator' },
        role('togglefullscreen'),
        command('view.live'),
        ...(options.devTools ? [{ type: 'separator' } as const, role('toggleDevTools')] : [])
      ]
    },
    {
      label: l('help'),
      role: 'help',
      submenu: [command('help.about'), command('help.shortcuts'), { type: 'separator' }, { id: 'openDataFolder', label: l('openDataFolder'), click: () => actions.openDataFolder() }]
    }
  ]
}
