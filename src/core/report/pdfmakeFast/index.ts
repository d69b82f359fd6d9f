import { createRequire } from 'node:module'
import { drawPagesAsLaidOut } from './drawAsLaidOut'
import { fastRenderLine } from './drawLine'
import { fastMeasure } from './measure'
import { mergeLaidOutWords } from './mergeWords'
import { lineBreakingWithoutCopies } from './nextLine'
import { releaseDrawnPages } from './releasePages'
import type { AnyRecord } from './shared'
import { fastStyleLookup } from './styles'
import { joinTextChunksOnce } from './textChunks'

/**
 * Faster equivalents of pdfmake 0.3's and pdfkit's hottest internals, installed once before
 * the first report. Profiles of a 1,000-page report showed where the time went, and none of
 * it was in our document: per word, pdfmake resolved ~25 style properties by walking the
 * style stack (allocating a Set per named style it looked into), pdfkit shaped each word
 * again for every document, and drawing a word cost a dozen PDF operators (colour, opacity,
 * a no-op path fill, save, transform, text object, restore), each its own Buffer.
 *
 * Each replacement computes the same layout and draws the same glyphs at the same positions
 * (links to a place in the document, as the contents has, included); anything unusual (links
 * out of the document or to a page number, decorations, backgrounds, page references,
 * sup/sub, letter spacing, font features, justified lines) goes to the original code. The
 * patched methods are checked to exist with the expected arity, so a pdfmake update that
 * changes them leaves pdfmake as it is (slower, still correct) instead of breaking reports.
 */

const requireHere = createRequire(import.meta.url)

/** One of pdfmake 0.3's internal classes (its `js/` modules export them as `default`). */
export function pdfmakeInternal(path: string): { prototype: AnyRecord } {
  const pdfmakeDir = requireHere.resolve('pdfmake')
  return (requireHere(requireHere.resolve(`pdfmake/js/${path}`, { paths: [pdfmakeDir] })) as { default: { prototype: AnyRecord } }).default
}

let installed = false

/** Installs every fast path; safe to call more than once. Must run before pdfmake renders. */
export function installPdfmakeFastPaths(): void {
  if (installed) return
  installed = true
  const load = pdfmakeInternal
  fastStyleLookup(load('StyleContextStack'))
  fastMeasure(load('TextInlines'), load('StyleContextStack'))
  fastRenderLine(load('Renderer'))
  mergeLaidOutWords(load('ElementWriter'))
  const drawPage = releaseDrawnPages(load('Renderer'))
  if (drawPage) drawPagesAsLaidOut({ LayoutBuilder: load('LayoutBuilder'), Printer: load('Printer') }, drawPage)
  lineBreakingWithoutCopies(load('LayoutBuilder'), load('Line') as never, load('TextInlines') as never)
  joinTextChunksOnce(throwawayPdfKitDocument<{ ref: () => AnyRecord }>().ref())
}

/**
 * A document of the pdfkit that pdfmake uses. pdfkit exports only its document class; a
 * throwaway document hands out instances of the others (fonts, references) to patch.
 */
export function throwawayPdfKitDocument<Doc>(): Doc {
  const PDFKit = requireHere(requireHere.resolve('pdfkit', { paths: [requireHere.resolve('pdfmake')] })) as new (options: object) => Doc
  return new PDFKit({ autoFirstPage: false })
}
