import { createRequire } from 'node:module'
import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import { fontBytes, fontFamilies } from './fonts'

/** The part of pdfmake 0.3's Node API the report uses (the @types package describes 0.2). */
interface PdfMake {
  virtualfs: { writeFileSync: (name: string, content: Buffer) => void; existsSync: (name: string) => boolean }
  setFonts: (fonts: typeof fontFamilies) => void
  setUrlAccessPolicy: (policy: (url: string) => boolean) => void
  setLocalAccessPolicy: (policy: (path: string) => boolean) => void
  setProgressCallback: (callback: ((progress: number) => void) | undefined) => void
  createPdf: (doc: TDocumentDefinitions) => { getBuffer: () => Promise<Buffer> }
}

const requireHere = createRequire(import.meta.url)
let ready: PdfMake | undefined

/**
 * Parsing the 8 MB Chinese font costs ~150 ms per document; pdfkit parses it anew each
 * time. Handing pdfkit a fontkit whose `create` remembers the parsed font per buffer makes
 * every report after the first reuse it. Must run before pdfkit is first loaded.
 */
function rememberParsedFonts(): void {
  const fontkitPath = requireHere.resolve('fontkit', { paths: [requireHere.resolve('pdfkit')] })
  const fontkit = requireHere(fontkitPath) as Record<string, unknown> & { create: (b: Uint8Array, name?: string) => unknown }
  const parsed = new WeakMap<Uint8Array, unknown>()
  const create = (buffer: Uint8Array, name?: string) => {
    if (name !== undefined || !(buffer instanceof Uint8Array)) return fontkit.create(buffer, name)
    if (!parsed.has(buffer)) parsed.set(buffer, rememberShaping(fontkit.create(buffer) as ShapedFont))
    return parsed.get(buffer)
  }
  const cached = requireHere.cache[fontkitPath]
  if (cached) cached.exports = { ...fontkit, create }
}

interface GlyphRun {
  glyphs: unknown[]
  positions: Record<string, number>[]
}
interface ShapedFont {
  layout: (text: string, ...rest: unknown[]) => GlyphRun
}

/** Words shaped per font, across reports; dropped wholesale when it grows this big. */
const MAX_SHAPED_WORDS = 50_000

/**
 * Shaping a word (fontkit's layout) is most of the time a report takes, and the same words
 * come back in every report. pdfkit scales the positions it is given in place, so each
 * caller gets a copy of the remembered run: same glyphs, fresh positions.
 */
function rememberShaping(font: ShapedFont): ShapedFont {
  const layout = font.layout.bind(font)
  const runs = new Map<string, GlyphRun>()
  font.layout = (text: string, ...rest: unknown[]) => {
    if (rest.some((arg) => arg !== undefined)) return layout(text, ...rest)
    let run = runs.get(text)
    if (!run) {
      if (runs.size >= MAX_SHAPED_WORDS) runs.clear()
      run = layout(text)
      runs.set(text, run)
    }
    const copy = Object.create(Object.getPrototypeOf(run) as object) as GlyphRun
    Object.assign(copy, run, { positions: run.positions.map((p) => ({ ...p })) })
    return copy
  }
  return font
}

/**
 * pdfmake configured for reports: the embedded fonts in its virtual file system, and
 * access policies that refuse every URL and every file on disk, so nothing in a
 * workshop's data (an image or font path, a link) can make a report read or fetch anything.
 */
export function reportPdfMake(): PdfMake {
  if (ready) return ready
  rememberParsedFonts()
  const pdfmake = requireHere('pdfmake') as PdfMake
  for (const [name, bytes] of fontBytes()) pdfmake.virtualfs.writeFileSync(name, bytes)
  pdfmake.setFonts(fontFamilies)
  pdfmake.setUrlAccessPolicy(() => false)
  pdfmake.setLocalAccessPolicy(() => false)
  ready = pdfmake
  return pdfmake
}

/** Renders a document definition to PDF bytes; `onProgress` receives 0..1 while pages are drawn. */
export async function renderPdf(doc: TDocumentDefinitions, onProgress?: (progress: number) => void): Promise<Buffer> {
  const pdfmake = reportPdfMake()
  // pdfmake keeps one progress callback for the module; reports render one at a time per thread.
  pdfmake.setProgressCallback(onProgress)
  try {
    // Fonts are set per call: pdfmake rewrites the family table while resolving it.
    pdfmake.setFonts(structuredClone(fontFamilies))
    return await pdfmake.createPdf(doc).getBuffer()
  } finally {
    pdfmake.setProgressCallback(undefined)
  }
}
