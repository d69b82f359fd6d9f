import type { AnyRecord, Line } from './shared'

/* Releasing drawn pages: Renderer#renderPages */

/**
 * pdfmake keeps every laid-out page until the last one is drawn, although pdfkit has written
 * each page out by then. Renderer#renderPages as in pdfmake 0.3, except that a page's items
 * are let go once it is drawn, so a big report's memory falls while it is drawn instead of
 * growing. Nothing reads the items afterwards (page numbers in the contents come from the
 * nodes' positions, not from the pages).
 */
export function releaseDrawnPages(Renderer: { prototype: AnyRecord }): void {
  const proto = Renderer.prototype
  const original = proto.renderPages as ((pages: unknown[]) => void) | undefined
  const draw: Record<string, string> = {
    vector: 'renderVector',
    line: 'renderLine',
    image: 'renderImage',
    svg: 'renderSVG',
    attachment: 'renderAttachment',
    beginClip: 'beginClip',
    endVerticalAlignment: 'endVerticalAlignment',
    beginVerticalAlignment: 'beginVerticalAlignment'
  }
  if (typeof original !== 'function' || original.length !== 1 || Object.values(draw).some((m) => typeof proto[m] !== 'function')) return
  if (typeof proto.endClip !== 'function' || typeof proto.renderWatermark !== 'function') return
  type Page = { pageSize: { width: number; height: number }; items: { type: string; item: Line }[]; watermark?: unknown }
  type This = {
    pdfDocument: { addPage: (o: object) => void; _pdfMakePages?: unknown }
    progressCallback?: (p: number) => void
  } & Record<string, (...args: unknown[]) => void>
  proto.renderPages = function renderPages(this: This, pages: Page[]) {
    this.pdfDocument._pdfMakePages = pages
    let totalItems = 0
    if (this.progressCallback) for (const page of pages) totalItems += page.items.length
    let renderedItems = 0
    for (const page of pages) {
      this.pdfDocument.addPage({ size: [page.pageSize.width, page.pageSize.height] })
      for (const { type, item } of page.items) {
        if (type === 'line') this.renderLine!(item, item.x, item.y)
        else if (type === 'endClip') this.endClip!()
        else if (draw[type]) this[draw[type]!]!(item)
        renderedItems++
        if (this.progressCallback) this.progressCallback(renderedItems / totalItems)
      }
      if (page.watermark) this.renderWatermark!(page)
      page.items = []
    }
  }
}
