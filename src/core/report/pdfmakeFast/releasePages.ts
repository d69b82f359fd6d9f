import { drawingPage, finishedDrawing, pagesAddedWhileLaidOut, returnToPage } from './drawAsLaidOut'
import type { AnyRecord, Line } from './shared'

/* Drawing pages and letting them go: Renderer#renderPages */

type Page = { pageSize: { width: number; height: number }; items: { type: string; item: Line }[]; watermark?: unknown }
type Renderer = Record<string, (...args: unknown[]) => void> & {
  pdfDocument: AnyRecord & { addPage: (o: object) => void; _pdfMakePages?: unknown }
  progressCallback?: (p: number) => void
}

/** Item type → the Renderer method that draws it, as in pdfmake 0.3's renderPages. */
const draw: Record<string, string> = {
  vector: 'renderVector',
  line: 'renderLine',
  image: 'renderImage',
  svg: 'renderSVG',
  attachment: 'renderAttachment',
  beginClip: 'beginClip',
  endClip: 'endClip',
  beginVerticalAlignment: 'beginVerticalAlignment',
  endVerticalAlignment: 'endVerticalAlignment'
}

/**
 * Draws a laid-out page's items on pdfkit's current page, then lets them go: nothing reads
 * them afterwards (page numbers in the contents come from the nodes' positions, not from the
 * pages), and a big report's memory then falls as it is drawn instead of growing.
 */
function drawItems(renderer: Renderer, page: Page, afterEach?: () => void): void {
  for (const { type, item } of page.items) {
    if (type === 'line') renderer.renderLine!(item, item.x, item.y)
    else if (type === 'endClip') renderer.endClip!()
    else if (draw[type]) renderer[draw[type]!]!(item)
    afterEach?.()
  }
  if (page.watermark) renderer.renderWatermark!(page)
  page.items = []
}

/**
 * Renderer#renderPages as in pdfmake 0.3, except that each page's items are let go once it is
 * drawn, and that pages already drawn while the document was laid out are gone back to for
 * what waited (headers, footers, the contents' page numbers) instead of being added again.
 * Also returns the drawing of one page with a renderer of its own, for drawing during layout.
 */
export function releaseDrawnPages(Renderer: { prototype: AnyRecord }): ((pdfDocument: object, page: Page) => void) | null {
  const proto = Renderer.prototype
  const original = proto.renderPages as ((pages: unknown[]) => void) | undefined
  if (typeof original !== 'function' || original.length !== 1) return null
  if (Object.values(draw).some((m) => typeof proto[m] !== 'function') || typeof proto.renderWatermark !== 'function') return null
  proto.renderPages = function renderPages(this: Renderer, pages: Page[]) {
    const doc = this.pdfDocument
    doc._pdfMakePages = pages
    const addedBefore = pagesAddedWhileLaidOut(doc)
    let totalItems = 0
    if (this.progressCallback) for (const page of pages) totalItems += page.items.length
    let renderedItems = 0
    const progress = this.progressCallback ? () => this.progressCallback!(++renderedItems / totalItems) : undefined
    try {
      pages.forEach((page, index) => {
        if (index < addedBefore) returnToPage(doc as never, index)
        else {
          doc.addPage({ size: [page.pageSize.width, page.pageSize.height] })
          drawingPage(doc, index)
        }
        drawItems(this, page, progress)
      })
    } finally {
      finishedDrawing(doc)
    }
  }
  const renderers = new WeakMap<object, Renderer>()
  const Construct = Renderer as unknown as new (pdfDocument: object, progressCallback?: unknown) => Renderer
  return (pdfDocument, page) => {
    let renderer = renderers.get(pdfDocument)
    if (!renderer) renderers.set(pdfDocument, (renderer = new Construct(pdfDocument)))
    drawItems(renderer, page)
  }
}
