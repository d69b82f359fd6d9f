import { contextBridge, ipcRenderer } from 'electron'
import { methodNames } from '../shared/contract'

// The renderer's only door to the app: one function per contract method, nothing else.
// No ipcRenderer, no Node: each call is checked again in the main process.
const api = Object.fromEntries(methodNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(`api:${name}`, input)]))

contextBridge.exposeInMainWorld('api', Object.freeze(api))
contextBridge.exposeInMainWorld('desktop', Object.freeze({ openExternal: (url: string) => ipcRenderer.invoke('shell:openExternal', url) }))
