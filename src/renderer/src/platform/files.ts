import { acceptedExtensions, type PickedFile } from '../../../shared/desktop'

export { acceptedExtensions }

/**
 * Saving and opening files, the same way for every feature: the desktop app shows the
 * system's save/open dialogs (through the preload), browser mode downloads the file or
 * shows a file input. Callers never know which one they got.
 */

/** A file the person chose: its name and content. */
export interface OpenedFile {
  name: string
  bytes: Uint8Array
  /** The content decoded as UTF-8 (JSON, CSV, Markdown). */
  text: () => string
}

const toOpened = (file: PickedFile): OpenedFile => ({
  name: file.name,
  bytes: file.bytes,
  text: () => new TextDecoder().decode(file.bytes)
})

function download(name: string, bytes: Uint8Array, mime: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // The download has started from the click; the URL can go once the event loop has moved on.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

function pickWithInput(accept: string | readonly string[]): Promise<OpenedFile | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = acceptedExtensions(accept).map((e) => `.${e}`).join(',')
    input.style.display = 'none'
    const finish = (file: OpenedFile | null) => {
      input.remove()
      resolve(file)
    }
    input.addEventListener('cancel', () => finish(null))
    input.addEventListener('change', () => {
      const file = input.files?.[0]
      if (!file) return finish(null)
      void file.arrayBuffer().then(
        (buffer) => finish(toOpened({ name: file.name, bytes: new Uint8Array(buffer) })),
        () => finish(null)
      )
    })
    document.body.append(input)
    input.click()
  })
}

/**
 * Offers `bytes` to the person as a file called `name`. Resolves true once the file is
 * written (desktop) or the download has started (browser), false if they cancelled.
 */
export async function saveFile(name: string, bytes: Uint8Array | string, mime: string): Promise<boolean> {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes
  if (window.desktop) return window.desktop.saveFile({ name, bytes: data, mime })
  download(name, data, mime)
  return true
}

/**
 * Lets the person choose one file, e.g. `openFile('.json')` or `openFile(['.sqlite'])`.
 * Resolves null if they cancelled. In browser mode, call it from a click or key press:
 * browsers only show a file chooser in answer to the person.
 */
export async function openFile(accept: string | readonly string[]): Promise<OpenedFile | null> {
  if (window.desktop) {
    const picked = await window.desktop.openFile({ extensions: acceptedExtensions(accept) })
    return picked ? toOpened(picked) : null
  }
  return pickWithInput(accept)
}

/** Wraps a file handed over by the desktop shell (second launch, menu) like a picked one. */
export const openedFrom = (file: PickedFile): OpenedFile => toOpened(file)
