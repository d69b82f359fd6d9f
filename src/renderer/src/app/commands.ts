import { notifications } from '@mantine/notifications'
import { useEffect, useRef } from 'react'
import { isCommandId, type CommandId } from '../../../shared/commands'
import type { CommandMessage } from '../../../shared/desktop'
import i18n from '../i18n'
import { openFile, openedFrom, type OpenedFile } from '../platform/files'
import { commandForKeyPress } from '../platform/shortcuts'
import { useAppStore } from '../store'
import type { Route } from '../store/navigation'

/**
 * The one place menu commands and keyboard shortcuts land. Each command runs the same
 * store action (or the same handler) as the button that does it in the window, so nothing
 * is implemented twice. Features plug their own command in with `useCommand`, e.g.
 *
 *   useCommand('data.import', ({ file }) => importFile(file ?? await openFile('.json')))
 *
 * `file` is set when the desktop app was handed an export file (a second launch with a path).
 */
export interface CommandPayload {
  file?: OpenedFile
}

type CommandHandler = (payload: CommandPayload) => void | Promise<void>

// The most recently mounted handler wins: a dialog open over a page takes the command first.
const handlers = new Map<CommandId, CommandHandler[]>()
const waiting = new Map<CommandId, { payload: CommandPayload; timer: ReturnType<typeof setTimeout> }>()
const waitForScreenMs = 5_000

export function registerCommand(id: CommandId, handler: CommandHandler): () => void {
  handlers.set(id, [...(handlers.get(id) ?? []), handler])
  const queued = waiting.get(id)
  if (queued) {
    clearTimeout(queued.timer)
    waiting.delete(id)
    void handler(queued.payload)
  }
  return () => handlers.set(id, (handlers.get(id) ?? []).filter((h) => h !== handler))
}

/** Runs `handler` for a command while the calling component is on screen. */
export function useCommand(id: CommandId, handler: CommandHandler): void {
  const latest = useRef(handler)
  latest.current = handler
  useEffect(() => registerCommand(id, (payload) => latest.current(payload)), [id])
}

const registered = (id: CommandId): CommandHandler | undefined => handlers.get(id)?.at(-1)

function unavailable(id: CommandId): void {
  const command = i18n.t(`menu:commands.${id}`)
  notifications.show({ color: 'yellow', message: i18n.t('menu:unavailable', { command }) })
}

/** Holds a command until the screen that handles it has mounted (after navigating there). */
function runWhenRegistered(id: CommandId, payload: CommandPayload): void {
  const existing = waiting.get(id)
  if (existing) clearTimeout(existing.timer)
  const timer = setTimeout(() => {
    waiting.delete(id)
    unavailable(id)
  }, waitForScreenMs)
  waiting.set(id, { payload, timer })
}

function onScreen(route: Route, id: CommandId, payload: CommandPayload): void {
  useAppStore.getState().navigated(route)
  runWhenRegistered(id, payload)
}

/** What a command does when no screen on display claims it. */
const fallbacks: Partial<Record<CommandId, (payload: CommandPayload) => void | Promise<void>>> = {
  'workshop.new': (payload) => onScreen({ section: 'workshops' }, 'workshop.new', payload),
  'view.theme.auto': () => useAppStore.getState().preferencesChanged({ colorScheme: 'auto' }),
  'view.theme.light': () => useAppStore.getState().preferencesChanged({ colorScheme: 'light' }),
  'view.theme.dark': () => useAppStore.getState().preferencesChanged({ colorScheme: 'dark' }),
  'view.language.en': () => useAppStore.getState().preferencesChanged({ language: 'en' }),
  'view.language.zh': () => useAppStore.getState().preferencesChanged({ language: 'zh' }),
  'view.live': async () => {
    const { route } = useAppStore.getState()
    if (route.section !== 'workshop') {
      notifications.show({ color: 'yellow', message: i18n.t('menu:openWorkshopFirst') })
      return
    }
    if (window.desktop) await window.desktop.openPresenter(route.id)
    // Browser mode: a separate browser window the facilitator can drag to the projector.
    else window.open(`#/live/${encodeURIComponent(route.id)}`, '_blank', 'noopener')
  },
  'edit.find': () => {
    const field = document.querySelector<HTMLElement>('input[type="search"], [role="searchbox"]')
    if (field) field.focus()
    else unavailable('edit.find')
  },
  // Import, export, backup and restore live on the Backups screen: go there, and let the
  // screen's own handler run the command once it has mounted. A browser shows a file chooser
  // only inside the key press that asked for it, not after a screen has loaded: so Import…
  // picks the file here first and hands it over.
  'data.import': async (payload) => {
    const file = payload.file ?? (window.desktop ? undefined : ((await openFile(['json'])) ?? undefined))
    if (!window.desktop && !file) return
    onScreen({ section: 'other', name: 'backups' }, 'data.import', { ...payload, file })
  },
  'data.export': (payload) => onScreen({ section: 'other', name: 'backups' }, 'data.export', payload),
  'data.backup': (payload) => onScreen({ section: 'other', name: 'backups' }, 'data.backup', payload),
  'data.restore': (payload) => onScreen({ section: 'other', name: 'backups' }, 'data.restore', payload),
  // Report… opens the workshop's Report tab, where the report is composed and saved.
  'report.open': () => {
    const { route, navigated } = useAppStore.getState()
    if (route.section !== 'workshop') notifications.show({ color: 'yellow', message: i18n.t('menu:openWorkshopFirst') })
    else navigated({ section: 'workshop', id: route.id, tab: 'report' })
  }
}

/** Whether the command would do something now (so a shortcut can leave other keys to the browser). */
export const commandAvailable = (id: CommandId): boolean => registered(id) !== undefined || fallbacks[id] !== undefined

export async function runCommand(id: CommandId, payload: CommandPayload = {}): Promise<void> {
  const handler = registered(id) ?? fallbacks[id]
  if (!handler) return unavailable(id)
  try {
    await handler(payload)
  } catch (error) {
    notifications.show({ color: 'red', message: error instanceof Error ? error.message : String(error) })
  }
}

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform)

/**
 * Listens for menu commands (desktop) and keyboard shortcuts (browser mode; on the desktop
 * the menu's accelerators already send the same commands, so the keys are not handled twice).
 */
export function listenForCommands(): () => void {
  if (window.desktop) {
    return window.desktop.onCommand((message: CommandMessage) => {
      if (!isCommandId(message.command)) return
      void runCommand(message.command, message.file ? { file: openedFrom(message.file) } : {})
    })
  }
  const onKeyDown = (event: KeyboardEvent) => {
    const id = commandForKeyPress(event, true, isMac())
    if (!id || !commandAvailable(id)) return
    event.preventDefault()
    void runCommand(id)
  }
  window.addEventListener('keydown', onKeyDown)
  return () => window.removeEventListener('keydown', onKeyDown)
}

export function useCommandListener(): void {
  useEffect(() => listenForCommands(), [])
}
