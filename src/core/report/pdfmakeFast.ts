import { createRequire } from 'node:module'

/**
 * Faster equivalents of pdfmake 0.3's and pdfkit's hottest internals, installed once before
 * the first report. Profiles of a 1,000-page report showed where the time went, and none of
 * it was in our document: per word, pdfmake resolved ~25 style properties by walking the
 * style stack (allocating a Set per named style it looked into), pdfkit shaped each word
 * again for every document, and drawing a word cost a dozen PDF operators (colour, opacity,
 * a no-op path fill, save, transform, text object, restore), each its own Buffer.
 *
 * Each replacement computes the same layout and draws the same glyphs at the same positions;
 * anything unusual (links, decorations, backgrounds, page references, sup/sub, letter
 * spacing, font features, justified lines) goes to the original code. The patched methods
 * are checked to exist with the expected arity, so a pdfmake update that changes them
 * leaves pdfmake as it is (slower, still correct) instead of breaking reports.
 */

const requireHere = createRequire(import.meta.url)

type AnyRecord = Record<string, unknown>
// The internals are untyped JavaScript; these aliases only name what is used.
/* eslint-disable @typescript-eslint/no-explicit-any */
type Inline = any
type Line = any
/* eslint-enable @typescript-eslint/no-explicit-any */

const isValue = (v: unknown) => v !== undefined && v !== null

let installed = false

/** Installs every fast path; safe to call more than once. Must run before pdfmake renders. */
export function installPdfmakeFastPaths(): void {
  if (installed) return
  installed = true
  const pdfmakeDir = requireHere.resolve('pdfmake')
  const load = (path: string) => requireHere(requireHere.resolve(`pdfmake/js/${path}`, { paths: [pdfmakeDir] })) as { default: { prototype: AnyRecord } }
  fastStyleLookup(load('StyleContextStack').default)
  fastMeasure(load('TextInlines').default, load('StyleContextStack').default)
  fastRenderLine(load('Renderer').default)
  mergeLaidOutWords(load('ElementWriter').default)
  releaseDrawnPages(load('Renderer').default)
}

/* ---------------------------------------------------------------- style lookup */

interface StyleStack {
  styleDictionary: Record<string, AnyRecord | undefined>
  defaultStyle: AnyRecord | undefined
  styleOverrides: (string | AnyRecord)[]
}

function valueInStyle(stack: StyleStack, name: string, property: string, visited?: Set<string>): unknown {
  const style = stack.styleDictionary[name]
  if (!style) return undefined
  if (isValue(style[property])) return style[property]
  if (!style.extends) return undefined
  // Only styles that extend others need the cycle guard (the original makes one per lookup).
  const seen = visited ?? new Set<string>()
  seen.add(name)
  const parents = (Array.isArray(style.extends) ? style.extends : [style.extends]) as string[]
  for (let i = parents.length - 1; i >= 0; i--) {
    if (seen.has(parents[i]!)) continue
    const value = valueInStyle(stack, parents[i]!, property, seen)
    if (isValue(value)) return value
  }
  return undefined
}

/** StyleContextStack#getProperty, the same walk without allocating a Set per named style. */
function getProperty(this: StyleStack, property: string): unknown {
  const overrides = this.styleOverrides
  if (overrides) {
    for (let i = overrides.length - 1; i >= 0; i--) {
      const item = overrides[i]!
      if (typeof item === 'string' || item instanceof String) {
        const value = valueInStyle(this, item as string, property)
        if (isValue(value)) return value
      } else if (isValue(item[property])) return item[property]
    }
  }
  return this.defaultStyle && this.defaultStyle[property]
}

function fastStyleLookup(StyleContextStack: { prototype: AnyRecord }): void {
  const proto = StyleContextStack.prototype
  if (typeof proto.getProperty !== 'function' || (proto.getProperty as () => void).length !== 1) return
  proto.getProperty = getProperty
}

/* ---------------------------------------------------------------- measuring words */

/**
 * A word's own values of everything TextInlines#measure asks the style stack for. A word's
 * answers depend only on these, its `style`, and the stack, which does not change during one
 * call; words cut from one text share them, so the lookups are made once per run of words.
 */
interface OwnStyle {
  font: unknown
  bold: unknown
  italics: unknown
  alignment: unknown
  fontSize: unknown
  fontFeatures: unknown
  characterSpacing: unknown
  color: unknown
  decoration: unknown
  decorationColor: unknown
  decorationStyle: unknown
  decorationThickness: unknown
  background: unknown
  link: unknown
  linkToPage: unknown
  linkToDestination: unknown
  noWrap: unknown
  opacity: unknown
  sup: unknown
  sub: unknown
  lineHeight: unknown
  preserveLeadingSpaces: unknown
  preserveTrailingSpaces: unknown
  style: unknown
}

// Written out rather than looped over names: plain property reads are several times faster.
const ownStyle = (w: Inline): OwnStyle => ({
  font: w.font,
  bold: w.bold,
  italics: w.italics,
  alignment: w.alignment,
  fontSize: w.fontSize,
  fontFeatures: w.fontFeatures,
  characterSpacing: w.characterSpacing,
  color: w.color,
  decoration: w.decoration,
  decorationColor: w.decorationColor,
  decorationStyle: w.decorationStyle,
  decorationThickness: w.decorationThickness,
  background: w.background,
  link: w.link,
  linkToPage: w.linkToPage,
  linkToDestination: w.linkToDestination,
  noWrap: w.noWrap,
  opacity: w.opacity,
  sup: w.sup,
  sub: w.sub,
  lineHeight: w.lineHeight,
  preserveLeadingSpaces: w.preserveLeadingSpaces,
  preserveTrailingSpaces: w.preserveTrailingSpaces,
  style: w.style
})

const sameOwnStyle = (w: Inline, o: OwnStyle): boolean =>
  w.font === o.font &&
  w.bold === o.bold &&
  w.italics === o.italics &&
  w.alignment === o.alignment &&
  w.fontSize === o.fontSize &&
  w.fontFeatures === o.fontFeatures &&
  w.characterSpacing === o.characterSpacing &&
  w.color === o.color &&
  w.decoration === o.decoration &&
  w.decorationColor === o.decorationColor &&
  w.decorationStyle === o.decorationStyle &&
  w.decorationThickness === o.decorationThickness &&
  w.background === o.background &&
  w.link === o.link &&
  w.linkToPage === o.linkToPage &&
  w.linkToDestination === o.linkToDestination &&
  w.noWrap === o.noWrap &&
  w.opacity === o.opacity &&
  w.sup === o.sup &&
  w.sub === o.sub &&
  w.lineHeight === o.lineHeight &&
  w.preserveLeadingSpaces === o.preserveLeadingSpaces &&
  w.preserveTrailingSpaces === o.preserveTrailingSpaces &&
  w.style === o.style

const LEADING = /^(\s)+/
const TRAILING = /(\s)+$/

interface Resolved {
  own: OwnStyle
  font: unknown
  alignment: unknown
  fontSize: number
  fontFeatures: unknown
  characterSpacing: number
  color: unknown
  decoration: unknown
  decorationColor: unknown
  decorationStyle: unknown
  decorationThickness: unknown
  background: unknown
  link: unknown
  linkToPage: unknown
  linkToDestination: unknown
  noWrap: unknown
  opacity: unknown
  sup: unknown
  sub: unknown
  lineHeight: number
  preserveLeadingSpaces: unknown
  preserveTrailingSpaces: unknown
  /** Whether any of the rarely used properties has a value (else they are left unset). */
  rare: boolean
}

function fastMeasure(TextInlines: { prototype: AnyRecord }, StyleContextStack: { prototype: AnyRecord }): void {
  const proto = TextInlines.prototype
  const getStyleProperty = (StyleContextStack as unknown as { getStyleProperty?: (...args: unknown[]) => unknown }).getStyleProperty
  if (typeof proto.measure !== 'function' || (proto.measure as () => void).length !== 2 || typeof getStyleProperty !== 'function') return
  const style = (item: Inline, stack: unknown, property: string, fallback: unknown) => getStyleProperty(item, stack, property, fallback)

  // The same steps as TextInlines#measure (pdfmake 0.3), with the style lookups done once per
  // run of words that share their own style values instead of once per word.
  proto.measure = function measure(this: { pdfDocument: { provideFont: (f: unknown, b: unknown, i: unknown) => Inline }; widthOfText: (t: string, i: Inline) => number }, array: Inline[], stack: unknown) {
    if (array.length) {
      const leadingIndent = style(array[0], stack, 'leadingIndent', 0) as number
      if (leadingIndent) {
        array[0].leadingCut = -leadingIndent
        array[0].leadingIndent = leadingIndent
      }
    }
    let last: Resolved | undefined
    for (let index = 0; index < array.length; index++) {
      const item = array[index]
      let resolved = last && sameOwnStyle(item, last.own) ? last : undefined
      if (!resolved) {
        const own = ownStyle(item)
        let fontSize = style(item, stack, 'fontSize', 12) as number
        const sup = style(item, stack, 'sup', false)
        const sub = style(item, stack, 'sub', false)
        // Font size reduction as pdfmake does it for superscript and subscript.
        if (sup || sub) fontSize *= 0.58
        resolved = {
          own,
          font: this.pdfDocument.provideFont(style(item, stack, 'font', 'Roboto'), style(item, stack, 'bold', false), style(item, stack, 'italics', false)),
          alignment: style(item, stack, 'alignment', 'left'),
          fontSize,
          fontFeatures: style(item, stack, 'fontFeatures', null),
          characterSpacing: style(item, stack, 'characterSpacing', 0) as number,
          color: style(item, stack, 'color', 'black'),
          decoration: style(item, stack, 'decoration', null),
          decorationColor: style(item, stack, 'decorationColor', null),
          decorationStyle: style(item, stack, 'decorationStyle', null),
          decorationThickness: style(item, stack, 'decorationThickness', null),
          background: style(item, stack, 'background', null),
          link: style(item, stack, 'link', null),
          linkToPage: style(item, stack, 'linkToPage', null),
          linkToDestination: style(item, stack, 'linkToDestination', null),
          noWrap: style(item, stack, 'noWrap', null),
          opacity: style(item, stack, 'opacity', 1),
          sup,
          sub,
          lineHeight: style(item, stack, 'lineHeight', 1) as number,
          preserveLeadingSpaces: style(item, stack, 'preserveLeadingSpaces', false),
          preserveTrailingSpaces: style(item, stack, 'preserveTrailingSpaces', false),
          rare: false
        }
        const r = resolved
        r.rare = [r.fontFeatures, r.characterSpacing, r.decoration, r.decorationColor, r.decorationStyle, r.decorationThickness, r.background, r.link, r.linkToPage, r.linkToDestination, r.noWrap, r.sup, r.sub].some(
          (v) => v !== null && v !== undefined && v !== false && v !== 0
        )
        last = resolved
      }
      item.font = resolved.font
      item.alignment = resolved.alignment
      item.fontSize = resolved.fontSize
      item.color = resolved.color
      item.opacity = resolved.opacity
      // Words are the most numerous objects of a big report. These properties are read only
      // for truthiness or with a default (`|| 0`, `!= null`), so when none has a value they
      // stay unset (as they are on the word) rather than being set to null on every word.
      if (resolved.rare) {
        item.fontFeatures = resolved.fontFeatures
        item.characterSpacing = resolved.characterSpacing
        item.decoration = resolved.decoration
        item.decorationColor = resolved.decorationColor
        item.decorationStyle = resolved.decorationStyle
        item.decorationThickness = resolved.decorationThickness
        item.background = resolved.background
        item.link = resolved.link
        item.linkToPage = resolved.linkToPage
        item.linkToDestination = resolved.linkToDestination
        item.noWrap = resolved.noWrap
        item.sup = resolved.sup
        item.sub = resolved.sub
      }
      item.width = this.widthOfText(item.text, item)
      item.height = item.font.lineHeight(item.fontSize) * resolved.lineHeight
      if (!item.leadingCut) item.leadingCut = 0
      if (!resolved.preserveLeadingSpaces) {
        const leading = LEADING.exec(item.text)
        if (leading) item.leadingCut += this.widthOfText(leading[0], item)
      }
      item.trailingCut = 0
      if (!resolved.preserveTrailingSpaces) {
        const trailing = TRAILING.exec(item.text)
        if (trailing) item.trailingCut = this.widthOfText(trailing[0], item)
      }
      // Every word of a document is measured before the first is laid out, so they are all
      // alive at once. A plain word is kept as one small object with just what layout and
      // drawing read, instead of the word TextBreaker made plus everything added to it.
      if (!resolved.rare && onlyKnownKeys(item)) {
        array[index] = {
          text: item.text,
          font: item.font,
          fontSize: item.fontSize,
          color: item.color,
          opacity: item.opacity,
          alignment: item.alignment,
          width: item.width,
          height: item.height,
          leadingCut: item.leadingCut,
          trailingCut: item.trailingCut,
          lineEnd: item.lineEnd,
          noNewLine: item.noNewLine,
          x: 0
        }
      }
    }
    return array
  }
}

/** Own properties a plain word may have (any other, such as a page reference, keeps the word as it is). */
const KNOWN_KEYS = new Set([
  ...Object.keys(ownStyle({})),
  'text',
  'lineEnd',
  'noNewLine',
  'wordBreak',
  'leadingCut',
  'trailingCut',
  'width',
  'height'
])

function onlyKnownKeys(item: Inline): boolean {
  for (const key in item) if (!KNOWN_KEYS.has(key)) return false
  return true
}

/* ---------------------------------------------------------------- drawing lines */

/** pdfkit's number formatting in content streams. */
const num = (n: number) => Math.round(n * 1e6) / 1e6

/** An inline the fast path can draw: plain text in one font, size, colour and opacity. */
const plainInline = (inline: Inline) =>
  !inline._pageNodeRef &&
  !inline._tocItemRef &&
  !inline._pageRef &&
  !inline.link &&
  !inline.linkToPage &&
  !inline.linkToDestination &&
  !inline.fontFeatures &&
  !inline.characterSpacing &&
  !inline.sup &&
  !inline.sub &&
  !inline.decoration &&
  !inline.background &&
  !inline.justifyShift &&
  typeof inline.color === 'string'

const plainLine = (line: Line) => !line._outline && !line._pageNodeRef && line.inlines.every(plainInline)

interface PdfKitDoc {
  page: { height: number; fonts: Record<string, unknown> }
  save: () => void
  restore: () => void
  transform: (...m: number[]) => void
  opacity: (o: number) => void
  addContent: (s: string) => void
  addNamedDestination: (name: string, ...args: unknown[]) => void
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

function fastRenderLine(Renderer: { prototype: AnyRecord }): void {
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
      const top = y + lineHeight - (head.font.ascender / 1000) * head.fontSize - descent
      doc.addNamedDestination(line.id, 'XYZ', x + head.x, top, null)
    }
    doc.save()
    doc.transform(1, 0, 0, -1, 0, pageHeight)
    let out: string[] = []
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
      const encoded: string[] = []
      const positions: { xAdvance: number; advanceWidth: number; xOffset: number; yOffset: number }[] = []
      let startX: number | undefined
      let j = i
      for (; j < inlines.length; j++) {
        const inline = inlines[j]
        if (j > i) {
          const previous = inlines[j - 1]
          const sameLook = inline.font === font && inline.fontSize === size && inline.color === first.color && (inline.opacity ?? 1) === (first.opacity ?? 1)
          if (!sameLook || Math.abs(previous.x + previous.width - inline.x) > 1e-6) break
        }
        // A run of words merged after layout keeps each word's text, encoded as it was measured.
        const pieces: string[] = inline.pieces ?? [inline.text]
        for (const piece of pieces) {
          const text = String(piece).replace(/\n/g, '')
          if (text.length === 0) continue
          startX ??= inline.x as number
          const [glyphs, glyphPositions] = font.encode(text) as [string[], typeof positions]
          for (let g = 0; g < glyphs.length; g++) {
            encoded.push(glyphs[g]!)
            positions.push(glyphPositions[g]!)
          }
        }
      }
      if (encoded.length > 0) {
        // As pdfkit's _fragment: baseline from the line's ascender, y flipped for PDF space.
        const shiftToBaseline = lineHeight - (font.ascender / 1000) * size - descent
        const top = y + shiftToBaseline
        let gx = x + startX!
        const gy = pageHeight - top - (font.ascender / 1000) * size
        out.push(`1 0 0 1 ${num(gx)} ${num(gy)} Tm`)
        const scale = size / 1000
        const commands: string[] = []
        let last = 0
        let hadOffset = false
        const addSegment = (cur: number) => {
          if (last < cur) {
            const advance = positions[cur - 1]!.xAdvance - positions[cur - 1]!.advanceWidth
            commands.push(`<${encoded.slice(last, cur).join('')}> ${num(-advance)}`)
          }
          last = cur
        }
        const flush = (k: number) => {
          addSegment(k)
          if (commands.length > 0) {
            out.push(`[${commands.join(' ')}] TJ`)
            commands.length = 0
          }
        }
        let k = 0
        for (; k < positions.length; k++) {
          const pos = positions[k]!
          if (pos.xOffset || pos.yOffset) {
            flush(k)
            out.push(`1 0 0 1 ${num(gx + pos.xOffset * scale)} ${num(gy + pos.yOffset * scale)} Tm`)
            flush(k + 1)
            hadOffset = true
          } else {
            if (hadOffset) {
              out.push(`1 0 0 1 ${num(gx)} ${num(gy)} Tm`)
              hadOffset = false
            }
            if (pos.xAdvance - pos.advanceWidth !== 0) addSegment(k + 1)
          }
          gx += pos.xAdvance * scale
        }
        flush(k)
      }
      i = Math.max(j, i + 1)
    }
    out.push('ET')
    doc.addContent(out.join('\n'))
    doc.restore()
  }
}

/* ---------------------------------------------------------------- merging words after layout */

/** Whether two neighbouring words of a placed line look the same and touch. */
const sameRun = (a: Inline, b: Inline) =>
  a.font === b.font &&
  a.fontSize === b.fontSize &&
  a.color === b.color &&
  a.opacity === b.opacity &&
  a.height === b.height &&
  a.alignment === b.alignment &&
  Math.abs(a.x + a.width - b.x) <= 1e-6

/**
 * Once a line has its place on a page, its words are only drawn. A 1,000-page report holds
 * hundreds of thousands of measured words (each with a dozen properties) until the last page
 * is laid out; keeping one object per run of same-looking words instead (with the words'
 * texts, which are drawn one by one exactly as before) divides that memory several times.
 * Only lines the fast drawing path takes are merged, after pdfmake has aligned them.
 */
function mergeLaidOutWords(ElementWriter: { prototype: AnyRecord }): void {
  const proto = ElementWriter.prototype
  const addLine = proto.addLine as ((line: Line, dontUpdate?: boolean, index?: number) => unknown) | undefined
  if (typeof addLine !== 'function' || addLine.length !== 3) return
  proto.addLine = function (this: unknown, line: Line, dontUpdateContextPosition?: boolean, index?: number) {
    const position = addLine.call(this, line, dontUpdateContextPosition, index)
    if (position !== false && line.inlines.length > 1 && plainLine(line)) line.inlines = mergeRuns(line.inlines)
    return position
  }
}

function mergeRuns(inlines: Inline[]): Inline[] {
  const merged: Inline[] = []
  let i = 0
  while (i < inlines.length) {
    const first = inlines[i]
    let j = i + 1
    while (j < inlines.length && sameRun(inlines[j - 1], inlines[j])) j++
    if (j - i === 1) merged.push(first)
    else {
      const last = inlines[j - 1]
      const pieces: string[] = []
      for (let k = i; k < j; k++) pieces.push(inlines[k].text)
      merged.push({
        text: pieces.join(''),
        pieces,
        font: first.font,
        fontSize: first.fontSize,
        color: first.color,
        opacity: first.opacity,
        alignment: first.alignment,
        height: first.height,
        x: first.x,
        width: last.x + last.width - first.x,
        leadingCut: first.leadingCut,
        trailingCut: last.trailingCut,
        lineEnd: last.lineEnd
      })
    }
    i = j
  }
  return merged
}

/* ---------------------------------------------------------------- releasing drawn pages */

/**
 * pdfmake keeps every laid-out page until the last one is drawn, although pdfkit has written
 * each page out by then. Renderer#renderPages as in pdfmake 0.3, except that a page's items
 * are let go once it is drawn, so a big report's memory falls while it is drawn instead of
 * growing. Nothing reads the items afterwards (page numbers in the contents come from the
 * nodes' positions, not from the pages).
 */
function releaseDrawnPages(Renderer: { prototype: AnyRecord }): void {
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
