import { createRequire } from 'node:module'
import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import { digitRun, type ShapedRun } from './digitRuns'
import { fontBytes, fontFamilies } from './fonts'
import { installLayoutProgress, withLayoutProgress } from './layoutProgress'
import { installPdfmakeFastPaths, throwawayPdfKitDocument } from './pdfmakeFast'
import { tableLayouts } from './styles'

/** The part of pdfmake 0.3's Node API the report uses (the @types package describes 0.2). */
interface PdfMake {
  virtualfs: { writeFileSync: (name: string, content: Buffer) => void; existsSync: (name: string) => boolean }
  setFonts: (fonts: typeof fontFamilies) => void
  setTableLayouts: (layouts: typeof tableLayouts) => void
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
    if (!parsed.has(buffer)) parsed.set(buffer, rememberSubsets(fontkit.create(buffer) as SubsettableFont))
    return parsed.get(buffer)
  }
  const cached = requireHere.cache[fontkitPath]
  if (cached) cached.exports = { ...fontkit, create }
}

interface Subset {
  glyphs: number[]
  encode: () => Uint8Array
}
interface SubsettableFont {
  createSubset: () => Subset
}

/** Font subsets kept per font: a report exported again (preview, then save) embeds the same glyphs. */
const KEPT_SUBSETS = 4

/**
 * Cutting the embedded subset out of the Chinese font (CFF, thousands of subroutines) takes
 * tens of milliseconds per report, and is the same work whenever a report uses the same glyphs
 * in the same order, as a report exported again does. The bytes depend only on the font and
 * that glyph list, so they are remembered for the last few lists.
 */
function rememberSubsets(font: SubsettableFont): SubsettableFont {
  const createSubset = font.createSubset.bind(font)
  const encoded = new Map<string, Uint8Array>()
  font.createSubset = () => {
    const subset = createSubset()
    const encode = subset.encode.bind(subset)
    subset.encode = () => {
      const key = subset.glyphs.join(',')
      let bytes = encoded.get(key)
      if (bytes) {
        encoded.delete(key)
      } else {
        bytes = encode()
        if (encoded.size >= KEPT_SUBSETS) encoded.delete(encoded.keys().next().value!)
      }
      encoded.set(key, bytes)
      return bytes
    }
    return subset
  }
  return font
}

/** Words shaped per font, across reports; dropped wholesale when it grows this big. */
const MAX_SHAPED_WORDS = 50_000

interface EmbeddedFont {
  font: object
  layoutRun: (text: string) => ShapedRun
  layoutCached: (text: string) => ShapedRun
  layout: (text: string, features?: unknown, onlyWidth?: boolean) => { glyphs: unknown[] | null; positions: unknown[] | null; advanceWidth: number }
  encode: (text: string, features?: unknown) => unknown
  sharedRuns?: Map<string, ShapedRun>
  encodedWords?: Map<string, unknown>
}

/**
 * Shaping a word (fontkit's layout) is a large part of a report, and the same words come
 * back in every report. pdfkit remembers shaped words per document only; this remembers them
 * per parsed font, across documents. pdfkit scales a run once when it shapes it and only
 * reads it afterwards (its own per-document cache shares runs the same way), so runs are
 * shared as they are, with their width worked out once.
 */
function rememberShaping(): void {
  const sample = throwawayPdfKitDocument<{ font: (src: Buffer) => { _font: EmbeddedFont } }>().font(fontBytes().get('Roboto-Regular.ttf')!)._font
  const proto = Object.getPrototypeOf(sample) as EmbeddedFont
  if (typeof proto.layoutCached !== 'function' || typeof proto.layoutRun !== 'function' || typeof proto.layout !== 'function') return
  const shaped = new WeakMap<object, Map<string, ShapedRun>>()
  proto.layoutCached = function layoutCached(this: EmbeddedFont, text: string) {
    let runs = this.sharedRuns
    if (!runs) {
      runs = shaped.get(this.font)
      if (!runs) shaped.set(this.font, (runs = new Map()))
      this.sharedRuns = runs
    }
    let run = runs.get(text)
    if (run === undefined) {
      if (runs.size >= MAX_SHAPED_WORDS) runs.clear()
      run = digitRun(text, (digit) => this.layoutCached(digit))
      if (!run) {
        run = this.layoutRun(text)
        // fontkit sums the positions on every read of advanceWidth; they no longer change.
        Object.defineProperty(run, 'advanceWidth', { value: run.advanceWidth })
      }
      runs.set(text, run)
    }
    return run
  }
  // pdfkit's layout cuts text after each space and joins the pieces' runs into new arrays.
  // A word (pdfmake measures and draws word by word) is one piece: use its run as it is.
  const layout = proto.layout
  proto.layout = function (this: EmbeddedFont, text: string, features?: unknown, onlyWidth?: boolean) {
    if (features || text.length === 0) return layout.call(this, text, features, onlyWidth)
    const space = text.search(/[ \t]/)
    if (space !== -1 && space !== text.length - 1) return layout.call(this, text, features, onlyWidth)
    const run = this.layoutCached(text)
    // For a width alone (every word measured, every space cut), pdfkit reads advanceWidth only.
    return onlyWidth ? run : { glyphs: run.glyphs, positions: run.positions, advanceWidth: run.advanceWidth }
  }
  // pdfkit encodes a word (its glyphs' ids in the document's font subset, as hex) every time
  // it is drawn: a tenth of what a big report allocated. The ids belong to the document (this
  // font object is the document's own), so the encoding is remembered here, per document.
  // Callers only read it (pdfkit's word spacing concatenates copies).
  const encode = proto.encode
  if (typeof encode !== 'function') return
  proto.encode = function (this: EmbeddedFont, text: string, features?: unknown) {
    if (features) return encode.call(this, text, features)
    const words = (this.encodedWords ??= new Map())
    let encoded = words.get(text)
    if (encoded === undefined) words.set(text, (encoded = encode.call(this, text)))
    return encoded
  }
}

/**
 * pdfmake configured for reports: the embedded fonts in its virtual file system, and
 * access policies that refuse every URL and every file on disk, so nothing in a
 * workshop's data (an image or font path, a link) can make a report read or fetch anything.
 */
export function reportPdfMake({ fastPaths = true } = {}): PdfMake {
  if (ready) return ready
  rememberParsedFonts()
  // Off only in the test that compares the fast paths' PDF with pdfmake's own.
  if (fastPaths) installPdfmakeFastPaths()
  installLayoutProgress()
  rememberShaping()
  const pdfmake = requireHere('pdfmake') as PdfMake
  for (const [name, bytes] of fontBytes()) pdfmake.virtualfs.writeFileSync(name, bytes)
  pdfmake.setFonts(fontFamilies)
  pdfmake.setTableLayouts(tableLayouts)
  pdfmake.setUrlAccessPolicy(() => false)
  pdfmake.setLocalAccessPolicy(() => false)
  ready = pdfmake
  return pdfmake
}

/** Renders a document definition to PDF bytes; `onProgress` receives 0..1 as measuring, layout and drawing go on. */
export async function renderPdf(doc: TDocumentDefinitions, onProgress?: (progress: number) => void): Promise<Buffer> {
  const pdfmake = reportPdfMake()
  return withLayoutProgress(doc.content, onProgress, async (onDrawn) => {
    // pdfmake keeps one progress callback for the module; reports render one at a time per thread.
    pdfmake.setProgressCallback(onDrawn)
    try {
      // Fonts are set per call: pdfmake rewrites the family table while resolving it.
      pdfmake.setFonts(structuredClone(fontFamilies))
      return await pdfmake.createPdf(doc).getBuffer()
    } finally {
      pdfmake.setProgressCallback(undefined)
    }
  })
}
