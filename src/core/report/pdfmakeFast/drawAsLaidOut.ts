import type { AnyRecord, Line } from './shared'
import { settleWrittenText } from './textChunks'

/* Drawing pages while the document is laid out: LayoutBuilder#layoutDocument and #tryLayoutDocument */

/**
 * pdfmake measures every word of a document, then lays out every page, then draws them all,
 * so a big report holds all of its measured words and laid-out lines at once: most of the
 * memory a 1,000-page report took. Here each top-level block of the document is measured
 * just before it is laid out, and the pages it has finished are drawn and let go at once.
 *
 * A page is finished when layout has moved past it: later blocks never go back to it. Two
 * things are still missing then, and wait for the end: the running header and footer (the
 * footer counts the pages) and page numbers that point further on (the table of contents).
 * pdfkit keeps its pages open (`bufferPages`) so that the end can go back to them; an open
 * page holds its drawing operators as bytes, not the layout they came from.
 *
 * The same pages come out: measuring a block later measures it the same way (the document's
 * root has no style of its own to inherit), and each page gets the same items in the same
 * order (a page's background is laid out when the page is added; its watermark is drawn last,
 * at the end). Documents whose earlier pages can change after the fact (a pageBreakBefore
 * function, sections, a page limit, pages of unbounded height, a contents list with outlines)
 * are laid out and drawn as pdfmake does.
 */

interface Page {
  pageSize: { width: number; height: number }
  items: { type: string; item: Line }[]
}

interface PdfKitDocument {
  options: { bufferPages?: boolean }
  page: { height: number; content: object }
  addPage: (options: object) => void
  switchToPage: (index: number) => void
  addNamedDestination: (name: string, ...args: unknown[]) => unknown
  _ctm: number[]
}

interface Builder {
  pageSize: { height: number }
  writer: { context(): { page: number; pages: Page[] } }
  docMeasure: { measureNode(node: AnyRecord): AnyRecord; measureDocument(node: AnyRecord): AnyRecord }
  processNode(node: AnyRecord): void
  processVerticalContainer(node: AnyRecord): void
  drawAsLaidOut?: boolean
  linearNodeList: unknown[]
}

type DrawPage = (pdfDocument: PdfKitDocument, page: Page) => void

/**
 * Per pdfkit document being laid out and drawn, from its first block to its last page drawn:
 * how many of its pages were added (and drawn, but for what waits), the page being drawn, and
 * the page each named destination was last set on.
 */
interface Drawing {
  added: number
  page: number
  destinations: Map<string, number>
}
const drawing = new Map<object, Drawing>()

/** Tells which page is being drawn (pages that wait are drawn after later ones). */
export function drawingPage(pdfDocument: object, index: number): void {
  const state = drawing.get(pdfDocument)
  if (state) state.page = index
}

/**
 * Starts drawing a document as it is laid out. pdfkit points a name asked for more than once
 * (an id in a table's header row, repeated on each page) at the place drawn last, which in
 * page order is the last page. Pages that wait for the end are drawn after later pages, so
 * there a name keeps a later page's place.
 */
function startDrawing(pdfDocument: PdfKitDocument): Drawing {
  const state: Drawing = { added: 0, page: 0, destinations: new Map() }
  drawing.set(pdfDocument, state)
  pdfDocument.options.bufferPages = true
  const addNamedDestination = pdfDocument.addNamedDestination
  pdfDocument.addNamedDestination = function (this: PdfKitDocument, name: string, ...args: unknown[]) {
    if ((state.destinations.get(name) ?? -1) > state.page) return this
    state.destinations.set(name, state.page)
    return addNamedDestination.call(this, name, ...args)
  }
  return state
}

/** Content of documents with a page limit: pdfmake cuts their pages after layout. */
const limitedContent = new WeakSet<object>()

/** Pages already in pdfkit for this document, from drawing while laying out. */
export const pagesAddedWhileLaidOut = (pdfDocument: object) => drawing.get(pdfDocument)?.added ?? 0

/** Whether a document is being laid out and drawn at once (its progress is then one pass). */
export const isDrawingAsLaidOut = () => drawing.size > 0

/**
 * Goes back to a page added earlier, to draw what waited for the end. pdfkit's transform
 * (which places link areas) is the one its last added page set up; each page has its own height.
 */
export function returnToPage(pdfDocument: PdfKitDocument, index: number): void {
  drawingPage(pdfDocument, index)
  pdfDocument.switchToPage(index)
  pdfDocument._ctm = [1, 0, 0, -1, 0, pdfDocument.page.height]
}

/** Stops drawing a document as it is laid out (its last pages have been drawn). */
export const finishedDrawing = (pdfDocument: object) => drawing.delete(pdfDocument)

/**
 * Whether a page holds something that can only be drawn at the end: a page number of a node
 * not laid out yet in this layout (the contents; a node may hold positions from an earlier
 * rendering of the same definition), or an outline entry (outline entries are added in
 * drawing order, so all of them wait together).
 */
function waitsForTheEnd(page: Page, placed: WeakSet<object>): boolean {
  const notPlacedYet = (node: object | undefined | null) => node != null && !placed.has(node)
  return page.items.some(
    ({ type, item }) =>
      type === 'line' && (item._outline || notPlacedYet(item._pageNodeRef) || item.inlines.some((inline: Line) => notPlacedYet(inline._pageNodeRef)))
  )
}

export function drawPagesAsLaidOut(
  classes: { LayoutBuilder: { prototype: AnyRecord }; Printer: { prototype: AnyRecord } },
  drawPage: DrawPage
): void {
  const builder = classes.LayoutBuilder.prototype
  const printer = classes.Printer.prototype
  const { layoutDocument, tryLayoutDocument, processVerticalContainer } = builder
  const createPdfKitDocument = printer.createPdfKitDocument
  if (typeof layoutDocument !== 'function' || layoutDocument.length !== 9) return
  if (typeof tryLayoutDocument !== 'function' || tryLayoutDocument.length !== 8) return
  if (typeof processVerticalContainer !== 'function' || typeof createPdfKitDocument !== 'function') return

  printer.createPdfKitDocument = function (this: unknown, docDefinition: AnyRecord, ...rest: unknown[]) {
    const limit = docDefinition?.maxPagesNumber
    if (typeof limit === 'number' && limit > -1 && docDefinition.content && typeof docDefinition.content === 'object') {
      limitedContent.add(docDefinition.content)
    }
    return (createPdfKitDocument as (...args: unknown[]) => unknown).call(this, docDefinition, ...rest)
  }

  builder.layoutDocument = function (this: Builder, ...args: unknown[]) {
    const [docStructure, , , , , , , , pageBreakBefore] = args
    this.drawAsLaidOut =
      typeof pageBreakBefore !== 'function' &&
      Number.isFinite(this.pageSize.height) &&
      !(docStructure && typeof docStructure === 'object' && limitedContent.has(docStructure))
    return (layoutDocument as (...a: unknown[]) => unknown).apply(this, args)
  }

  builder.tryLayoutDocument = function (this: Builder, ...args: unknown[]) {
    const pdfDocument = args[1] as PdfKitDocument
    if (!this.drawAsLaidOut || !pdfDocument?.options || typeof pdfDocument.switchToPage !== 'function') {
      return (tryLayoutDocument as (...a: unknown[]) => unknown).apply(this, args)
    }
    // The document's root: measured without its blocks, which are measured one by one below.
    let root: AnyRecord | null = null
    const measure = this.docMeasure
    // A contents list with outlines marks its entries when it is measured, which must come
    // before they are laid out: such documents are measured whole, as pdfmake does.
    const tocs = (this as unknown as { docPreprocessor?: { tocs?: Record<string, { toc?: AnyRecord }> } }).docPreprocessor
    measure.measureDocument = (node: AnyRecord) => {
      const blocks = node.stack
      const outlined = Object.values(tocs?.tocs ?? {}).some((entry) => Boolean(entry?.toc?.outlines))
      const plainRoot =
        !outlined && Array.isArray(blocks) && Object.keys(node).every((key) => key === 'stack') && !blocks.some((block: AnyRecord) => block?.section)
      if (!plainRoot) return measure.measureNode(node)
      node.stack = []
      const measured = measure.measureNode(node)
      measured.stack = blocks
      root = measured
      return measured
    }
    const placed = new WeakSet<object>()
    const processNode = this.processNode
    this.processNode = (node: AnyRecord, ...rest: unknown[]) => {
      placed.add(node)
      return (processNode as (...args: unknown[]) => void).call(this, node, ...rest)
    }
    this.processVerticalContainer = (node: AnyRecord) => {
      if (node !== root) return processVerticalContainer.call(this, node)
      const state = startDrawing(pdfDocument)
      // The root's positions (every block's, gathered) are read only by a pageBreakBefore
      // function: they are not gathered here, so that each block's can go with its layout.
      const blocks = node.stack as AnyRecord[]
      for (let i = 0; i < blocks.length; i++) {
        const block = (blocks[i] = measure.measureNode(blocks[i]!))
        this.processNode(block)
        forgetLayout(block)
        drawFinishedPages(this, pdfDocument, state, drawPage, placed)
        // pdfmake keeps every node it laid out for a pageBreakBefore function, which these
        // documents do not have: only what the next block adds is needed.
        this.linearNodeList.length = 0
      }
    }
    try {
      return (tryLayoutDocument as (...a: unknown[]) => unknown).apply(this, args)
    } catch (error) {
      finishedDrawing(pdfDocument)
      throw error
    } finally {
      delete (this as Partial<Builder>).processVerticalContainer
      delete (this as Partial<Builder>).processNode
    }
  }
}

/** The nodes a node holds, in the document definition's own keys (a table's cells included). */
function* childNodes(node: AnyRecord): Generator<AnyRecord> {
  for (const key of ['stack', 'columns', 'ul', 'ol']) {
    const children = node[key]
    if (Array.isArray(children)) for (const child of children) if (child && typeof child === 'object') yield child
  }
  const body = (node.table as { body?: unknown[][] } | undefined)?.body
  if (Array.isArray(body)) for (const row of body) if (Array.isArray(row)) for (const cell of row) if (cell && typeof cell === 'object') yield cell as AnyRecord
}

/**
 * What DocMeasure and LayoutBuilder (pdfmake 0.3) add to a node for layout alone. Not its
 * size (an image node is itself what is drawn, at its measured size).
 */
const layoutLeftovers = ['_inlines', 'listMarker', 'resetXY', '_margin', '_minWidth', '_maxWidth', '_gap', '_gapSize']

/** Whether a page number may point to this node: it, or a piece of its text, has an id or is a contents entry. */
const mayBePointedTo = (node: AnyRecord) =>
  node.id !== undefined ||
  Boolean(node.tocItem) ||
  (Array.isArray(node.text) && node.text.some((piece: AnyRecord) => piece && typeof piece === 'object' && (piece.id !== undefined || piece.tocItem)))

/**
 * What measuring and layout left on a laid-out block's nodes, let go: its words (already on
 * its pages), widths and margins, and its positions where nothing reads them when the page
 * is drawn (a page number pointing to the node, a cell's vertical alignment do).
 */
function forgetLayout(node: AnyRecord): void {
  for (const child of childNodes(node)) forgetLayout(child)
  if (node.positions !== undefined && !node.verticalAlignment && !mayBePointedTo(node)) node.positions = undefined
  for (const key of layoutLeftovers) if (node[key] !== undefined) node[key] = undefined
}

/** Adds to pdfkit, and draws, every page that layout has moved past. */
function drawFinishedPages(builder: Builder, pdfDocument: PdfKitDocument, state: Drawing, drawPage: DrawPage, placed: WeakSet<object>): void {
  const context = builder.writer.context()
  for (; state.added < context.page; state.added++) {
    const page = context.pages[state.added]!
    pdfDocument.addPage({ size: [page.pageSize.width, page.pageSize.height] })
    state.page = state.added
    if (waitsForTheEnd(page, placed)) continue
    drawPage(pdfDocument, page)
    settleWrittenText(pdfDocument.page.content)
  }
}
