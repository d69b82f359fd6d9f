import { isValue, type AnyRecord, type Inline, type Line } from './shared'

/* Drawing lines: Renderer#renderLine */

/**
 * Where pdfmake asks pdfkit to put a word of `line` (drawn at `y`): the line's baseline less
 * the word's ascender. Its anchor, its link and its glyphs all start from there.
 */
const textTop = (y: number, lineHeight: number, descent: number, font: { ascender: number }, size: number) =>
  y + lineHeight - (font.ascender / 1000) * size - descent

/** pdfkit's number formatting in content streams. */
const num = (n: number) => Math.round(n * 1e6) / 1e6

/**
 * An inline the fast path can draw: plain text in one font, size, colour and opacity, maybe
 * linking to a place in the document (the table of contents).
 */
const plainInline = (inline: Inline) =>
  // A line break inside a word (only a noWrap text keeps one) makes pdfkit draw what follows
  // on the next line, and its measured width no longer matches what is drawn on this one.
  !String(inline.text).includes('\n') &&
  !inline._pageNodeRef &&
  !inline._tocItemRef &&
  !inline._pageRef &&
  !inline.link &&
  !inline.linkToPage &&
  (!isValue(inline.linkToDestination) || typeof inline.linkToDestination === 'string') &&
  !inline.fontFeatures &&
  !inline.characterSpacing &&
  !inline.sup &&
  !inline.sub &&
  !inline.decoration &&
  !inline.background &&
  !inline.justifyShift &&
  typeof inline.color === 'string'

export const plainLine = (line: Line) => !line._outline && !line._pageNodeRef && line.inlines.every(plainInline)

interface GlyphPosition {
  xAdvance: number
  advanceWidth: number
  xOffset: number
  yOffset: number
}

interface PdfKitDoc {
  page: { height: number; fonts: Record<string, unknown> }
  opacity: (o: number) => void
  addContent: (s: string) => void
  addNamedDestination: (name: string, ...args: unknown[]) => void
  goTo: (x: number, y: number, w: number, h: number, name: string) => void
  resolveColor: (color: unknown, fallback: string) => unknown
  _normalizeColor: (color: unknown) => number[] | null
}

/** Fill colour operator per colour value, like pdfkit's (`rg`/`k` instead of `cs` + `scn`). */
const colorOps = new Map<string, string | null>()
function fillOperator(doc: PdfKitDoc, color: string): string | null {
  let op = colorOps.get(color)
  if (op === undefined) {
    const normalized = doc._normalizeColor(doc.resolveColor(color, 'black'))
    op = normalized && normalized.length === 3 ? `${normalized.join(' ')} rg` : normalized && normalized.length === 4 ? `${normalized.join(' ')} k` : null
    colorOps.set(color, op)
  }
  return op
}

/**
 * The TJ operators of one run of words, written as pdfkit would write each word: glyphs in
 * segments cut after each kerned glyph (the segment ends with its last glyph's adjustment),
 * and a glyph moved off the baseline in a text matrix of its own. Glyphs go straight from
 * each word's encoding into the segment being written.
 */
class GlyphRun {
  private segment = ''
  private segmentEnd: GlyphPosition | null = null
  private readonly commands: string[] = []
  private started = false
  private moved = false
  private gx = 0

  constructor(
    private readonly out: string[],
    private readonly gy: number,
    private readonly scale: number
  ) {}

  /** A word's text (line breaks left out, as pdfkit does), starting at `startX` if it is the first to draw anything. */
  add(font: { encode: (text: string) => unknown }, piece: unknown, startX: number): void {
    const text = String(piece).replace(/\n/g, '')
    if (text.length === 0) return
    if (!this.started) {
      this.started = true
      this.gx = startX
      this.out.push(`1 0 0 1 ${num(this.gx)} ${num(this.gy)} Tm`)
    }
    const [hex, positions] = font.encode(text) as [string[], GlyphPosition[]]
    for (let g = 0; g < hex.length; g++) {
      const pos = positions[g]!
      if (pos.xOffset || pos.yOffset) {
        this.writeTJ()
        this.out.push(`1 0 0 1 ${num(this.gx + pos.xOffset * this.scale)} ${num(this.gy + pos.yOffset * this.scale)} Tm`)
        this.segment = hex[g]!
        this.segmentEnd = pos
        this.writeTJ()
        this.moved = true
      } else {
        if (this.moved) {
          this.out.push(`1 0 0 1 ${num(this.gx)} ${num(this.gy)} Tm`)
          this.moved = false
        }
        this.segment += hex[g]!
        this.segmentEnd = pos
        if (pos.xAdvance - pos.advanceWidth !== 0) this.endSegment()
      }
      this.gx += pos.xAdvance * this.scale
    }
  }

  end(): void {
    this.writeTJ()
  }

  private endSegment(): void {
    if (this.segment === '') return
    this.commands.push(`<${this.segment}> ${num(-(this.segmentEnd!.xAdvance - this.segmentEnd!.advanceWidth))}`)
    this.segment = ''
  }

  private writeTJ(): void {
    this.endSegment()
    if (this.commands.length === 0) return
    this.out.push(`[${this.commands.join(' ')}] TJ`)
    this.commands.length = 0
  }
}

export function fastRenderLine(Renderer: { prototype: AnyRecord }): void {
  const proto = Renderer.prototype
  const original = proto.renderLine as ((line: Line, x: number, y: number) => void) | undefined
  if (typeof original !== 'function' || original.length !== 3) return

  /**
   * One text object per line instead of one per word: the words of a line that share font,
   * size, colour and opacity become one TJ array made of each word's own glyphs and
   * positions (as pdfkit encodes them), so the page shows exactly what word-by-word drawing
   * showed. Colour and opacity are set inside a saved graphics state, restored at the end.
   */
  proto.renderLine = function renderLine(this: { pdfDocument: PdfKitDoc }, line: Line, x: number, y: number) {
    const doc = this.pdfDocument
    if (!plainLine(line) || line.inlines.some((inline: Inline) => fillOperator(doc, inline.color) === null)) return original.call(this, line, x, y)
    x = x || 0
    y = y || 0
    const lineHeight: number = line.getHeight()
    const descent = lineHeight - line.getAscenderHeight()
    const inlines: Inline[] = line.inlines
    const pageHeight = doc.page.height
    const head = inlines[0]
    if (line.id && head && String(head.text).replace(/\n/g, '').length > 0) {
      // A heading's anchor (the table of contents links to it), where pdfkit would put it.
      const top = textTop(y, lineHeight, descent, head.font, head.fontSize)
      doc.addNamedDestination(line.id, 'XYZ', x + head.x, top, null)
    }
    // pdfkit's save() and transform() as they write it; the saved transform is the page's
    // own again after the line (nothing between reads it), so only the operators are written.
    let out: string[] = ['q', `1 0 0 -1 0 ${num(pageHeight)} cm`]
    let opacity = NaN
    let color = ''
    let fontKey = ''
    out.push('BT')
    let i = 0
    while (i < inlines.length) {
      const first = inlines[i]
      const font = first.font
      const size: number = first.fontSize
      const inlineOpacity = typeof first.opacity === 'number' && !Number.isNaN(first.opacity) ? first.opacity : 1
      if (inlineOpacity !== opacity) {
        // pdfkit's own call registers the graphics state on the page; flush what came before.
        for (const op of out) doc.addContent(op)
        out = []
        doc.opacity(inlineOpacity)
        opacity = inlineOpacity
      }
      if (first.color !== color) {
        out.push(fillOperator(doc, first.color)!)
        color = first.color
      }
      if (doc.page.fonts[font.id] == null) doc.page.fonts[font.id] = font.ref()
      const key = `${font.id} ${size}`
      if (key !== fontKey) {
        out.push(`/${font.id} ${num(size)} Tf`)
        fontKey = key
      }
      // The words drawn together: same font, size, colour and opacity, each starting where
      // the one before ends.
      let j = i
      for (; j < inlines.length; j++) {
        if (j === i) continue
        const inline = inlines[j]
        const previous = inlines[j - 1]
        const sameLook = inline.font === font && inline.fontSize === size && inline.color === first.color && (inline.opacity ?? 1) === (first.opacity ?? 1)
        if (!sameLook || Math.abs(previous.x + previous.width - inline.x) > 1e-6) break
      }
      // As pdfkit's _fragment: baseline from the line's ascender, y flipped for PDF space.
      const top = textTop(y, lineHeight, descent, font, size)
      const glyphs = new GlyphRun(out, pageHeight - top - (font.ascender / 1000) * size, size / 1000)
      for (let k = i; k < j; k++) {
        const inline = inlines[k]
        // A run of words merged after layout keeps each word's text, encoded as it was measured.
        if (inline.pieces) for (const piece of inline.pieces as string[]) glyphs.add(font, piece, x + inline.x)
        else glyphs.add(font, inline.text, x + inline.x)
      }
      glyphs.end()
      i = Math.max(j, i + 1)
    }
    out.push('ET', 'Q')
    doc.addContent(out.join('\n'))
    addLinks(doc, inlines, x, y, lineHeight, descent)
  }
}

/** Whether a word draws anything: pdfkit writes no text, and no link, for an empty one. */
const drawsText = (inline: Inline) => ((inline.pieces as string[] | undefined) ?? [inline.text]).some((piece) => String(piece).replace(/\n/g, '').length > 0)

/**
 * One link annotation per run of words that go to the same place, where pdfkit writes one
 * per word: a 1,900-entry table of contents had some 10,000 annotations. Each is the bounding
 * box of the boxes pdfkit would have given its words (pdfkit's _fragment: from the text's
 * top, one line of the font high); words that draw nothing get no box, as in pdfkit.
 */
function addLinks(doc: PdfKitDoc, inlines: Inline[], x: number, y: number, lineHeight: number, descent: number): void {
  for (let k = 0; k < inlines.length; ) {
    const destination = inlines[k].linkToDestination
    let end = k + 1
    while (end < inlines.length && inlines[end].linkToDestination === destination) end++
    const drawn = destination ? inlines.slice(k, end).filter(drawsText) : []
    if (drawn.length > 0) {
      let top = Infinity
      let bottom = -Infinity
      for (const { font, fontSize } of drawn) {
        const wordTop = textTop(y, lineHeight, descent, font, fontSize)
        top = Math.min(top, wordTop)
        bottom = Math.max(bottom, wordTop + ((font.ascender - font.descender) / 1000) * fontSize)
      }
      const left = x + drawn[0].x
      const last = drawn[drawn.length - 1]
      doc.goTo(left, top, x + last.x + last.width - left, bottom - top, destination)
    }
    k = end
  }
}
