/** Saving and choosing files the same way on the desktop (native dialogs) and in browser mode (download, file input). */

export async function saveTextFile(name: string, text: string, mime: string): Promise<void> {
  const bytes = new TextEncoder().encode(text)
  if (window.desktop?.saveFile) {
    await window.desktop.saveFile({ name, bytes, mime })
    return
  }
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export interface ChosenFile {
  name: string
  bytes: Uint8Array
}

export function chooseFile(extensions: string[]): Promise<ChosenFile | null> {
  if (window.desktop?.openFile) return window.desktop.openFile({ extensions })
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = extensions.map((e) => `.${e}`).join(',')
    input.addEventListener('change', () => {
      const file = input.files?.[0]
      if (!file) return resolve(null)
      void file.arrayBuffer().then((buffer) => resolve({ name: file.name, bytes: new Uint8Array(buffer) }))
    })
    input.addEventListener('cancel', () => resolve(null))
    input.click()
  })
}

export const textOf = (file: ChosenFile): string => new TextDecoder().decode(file.bytes)

export function base64Of(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

export const formatSize = (bytes: number): string =>
  bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`
