import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/**
 * The fonts every report embeds, read from the installed packages (both are runtime
 * dependencies, so a packaged app ships them; nothing is taken from the system):
 * - Roboto (Apache-2.0) from pdfmake: Latin, Greek, Cyrillic with real italics. pdfmake
 *   ships Medium rather than Bold, so Medium is the bold face.
 * - Noto Sans Hans / Noto Sans CJK SC (SIL OFL 1.1) from @embedpdf/fonts-sc: Chinese.
 * Copying them into resources/ would add 17 MB to the repository for no gain.
 */
const requireHere = createRequire(import.meta.url)

export const LATIN = 'Roboto'
export const CJK = 'NotoSansSC'

function fontFolders() {
  const roboto = join(dirname(requireHere.resolve('pdfmake/package.json')), 'build', 'fonts', 'Roboto')
  const notoSc = join(dirname(requireHere.resolve('@embedpdf/fonts-sc')), '..', 'fonts')
  return { roboto, notoSc }
}

/** Virtual file name → path on disk. Only these names are ever readable by a report. */
export function fontFiles(): Record<string, string> {
  const { roboto, notoSc } = fontFolders()
  return {
    'Roboto-Regular.ttf': join(roboto, 'Roboto-Regular.ttf'),
    'Roboto-Medium.ttf': join(roboto, 'Roboto-Medium.ttf'),
    'Roboto-Italic.ttf': join(roboto, 'Roboto-Italic.ttf'),
    'Roboto-MediumItalic.ttf': join(roboto, 'Roboto-MediumItalic.ttf'),
    'NotoSansSC-Regular.otf': join(notoSc, 'NotoSansHans-Regular.otf'),
    'NotoSansSC-Bold.otf': join(notoSc, 'NotoSansHans-Bold.otf')
  }
}

/**
 * The families as pdfmake names them. Chinese has no italic: an italic CJK run is set
 * upright (as Chinese typesetting does) rather than dropped or faked.
 */
export const fontFamilies = {
  [LATIN]: {
    normal: 'Roboto-Regular.ttf',
    bold: 'Roboto-Medium.ttf',
    italics: 'Roboto-Italic.ttf',
    bolditalics: 'Roboto-MediumItalic.ttf'
  },
  [CJK]: {
    normal: 'NotoSansSC-Regular.otf',
    bold: 'NotoSansSC-Bold.otf',
    italics: 'NotoSansSC-Regular.otf',
    bolditalics: 'NotoSansSC-Bold.otf'
  }
}

let loaded: Map<string, Buffer> | undefined

/** The font bytes, read once per process (about 17 MB, mostly the Chinese faces). */
export function fontBytes(): Map<string, Buffer> {
  loaded ??= new Map(Object.entries(fontFiles()).map(([name, path]) => [name, readFileSync(path)]))
  return loaded
}
