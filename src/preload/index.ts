import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { isCommandId } from '../shared/commands'
import { methodNames } from '../shared/contract'
import type { CommandMessage, DesktopBridge } from '../shared/desktop'

// The renderer's only door to the app: one function per contract method, a few desktop
// services, and menu commands in. No ipcRenderer, no Node: every call is checked again in main.
const api = Object.fromEntries(methodNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(`api:${name}`, input)]))

const desktop: DesktopBridge = {
  openExternal: (url) => ipcRenderer.invoke('shell:openExternal', url),
  saveFile: (request) => ipcRenderer.invoke('file:save', request),
  openFile: (request) => ipcRenderer.invoke('file:open', request),
  openPresenter: (workshopId) => ipcRenderer.invoke('window:presenter', workshopId),
  onCommand: (handler) => {
    commandHandler = handler
    for (const message of early.splice(0)) handler(message)
    return () => {
      if (commandHandler === handler) commandHandler = null
    }
  }
}

// Commands can arrive before the page has subscribed (a file given at launch): keep them.
// Only allowlisted commands reach the page, and never the raw Electron event.
const early: CommandMessage[] = []
let commandHandler: ((message: CommandMessage) => void) | null = null
ipcRenderer.on('command', (_event: IpcRendererEvent, message: CommandMessage) => {
  if (!isCommandId(message?.command)) return
  const clean: CommandMessage = { command: message.command, file: message.file }
  if (commandHandler) commandHandler(clean)
  else early.push(clean)
})

contextBridge.exposeInMainWorld('api', Object.freeze(api))
contextBridge.exposeInMainWorld('desktop', Object.freeze(desktop))
