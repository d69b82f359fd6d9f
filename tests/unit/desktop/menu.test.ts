import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { menuLabel, menuTemplate } from '../../../src/main/menuTemplate'
import { commandIds, commandKeys, type CommandId } from '../../../src/shared/commands'
import type { Preferences } from '../../../src/shared/domain/preferences'

// The menu is plain data until Electron builds it, so it is tested here without Electron.
const build = (preferences: Preferences = { language: 'en', colorScheme: 'auto' }, platform: NodeJS.Platform = 'linux') => {
  const sent: CommandId[] = []
  let folderOpened = 0
  const template = menuTemplate(preferences, { send: (id) => sent.push(id), openDataFolder: () => folderOpened++ }, { platform, appName: 'Roundtable', devTools: false })
  return { template, sent, folderOpened: () => folderOpened }
}

const items = (template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])])

const click = (item: MenuItemConstructorOptions) => (item.click as () => void)()

describe('application menu', () => {
  it('has File, Edit, View and Help, with Quit in File outside macOS', () => {
    const { template } = build()
    expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help'])
    expect(items(template).some((i) => i.role === 'quit')).toBe(true)
  })

  it('puts the app menu first on macOS, where Quit and About live', () => {
    const { template } = build(undefined, 'darwin')
    expect(template.map((m) => m.label)).toEqual(['Roundtable', 'File', 'Edit', 'View', 'Help'])
    const file = template[1]?.submenu as MenuItemConstructorOptions[]
    expect(file.some((i) => i.role === 'quit')).toBe(false)
  })

  it('offers every command once, and each click sends exactly that command to the window', () => {
    const { template, sent } = build()
    const commandItems = items(template).filter((i) => i.id && (commandIds as readonly string[]).includes(i.id))
    expect(commandItems.map((i) => i.id).sort()).toEqual([...commandIds].sort())
    for (const item of commandItems) click(item)
    expect(sent).toEqual(commandItems.map((i) => i.id))
  })

  it('uses the shared accelerators, so the menu and the shortcut list agree', () => {
    const all = items(build().template)
    for (const [id, keys] of Object.entries(commandKeys)) expect(all.find((i) => i.id === id)?.accelerator).toBe(keys.accelerator)
    expect(all.find((i) => i.id === 'workshop.new')?.accelerator).toBe('CmdOrCtrl+N')
  })

  it('gives Edit and View the standard roles (undo, clipboard, zoom, full screen)', () => {
    const roles = items(build().template).map((i) => i.role).filter(Boolean)
    expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']))
  })

  it('speaks Chinese when the window does, with every label translated', () => {
    const { template } = build({ language: 'zh', colorScheme: 'auto' })
    expect(template.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助'])
    const labels = items(template).map((i) => i.label).filter((l): l is string => typeof l === 'string')
    expect(labels).toContain('新建研讨会')
    // A missing translation would show its key, e.g. "commands.data.export".
    expect(labels.filter((l) => /^[a-z]+\.[a-zA-Z.]+$/.test(l))).toEqual([])
  })

  it('checks the current theme and language', () => {
    const all = items(build({ language: 'zh', colorScheme: 'dark' }).template)
    const checked = all.filter((i) => i.type === 'radio' && i.checked).map((i) => i.id)
    expect(checked.sort()).toEqual(['view.language.zh', 'view.theme.dark'])
  })

  it('opens the data folder from Help', () => {
    const menu = build()
    click(items(menu.template).find((i) => i.id === 'openDataFolder') as MenuItemConstructorOptions)
    expect(menu.folderOpened()).toBe(1)
  })

  it('falls back to the key, not a crash, for a label that does not exist', () => {
    expect(menuLabel('zh', 'commands.nothing.here')).toBe('commands.nothing.here')
    expect(menuLabel('en', 'file')).toBe('File')
  })
})
