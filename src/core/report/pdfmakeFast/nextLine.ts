import type { AnyRecord, Inline, Line } from './shared'

/* Breaking text into lines: LayoutBuilder#buildNextLine */

/** What pdfmake 0.3's buildNextLine does that this file changes; anything else leaves it alone. */
const slicingCall = 'line.hasEnoughSpaceForInline(textNode._inlines[0], textNode._inlines.slice(1))'

/**
 * Line#hasEnoughSpaceForInline(inlines[0], inlines.slice(1)) without the copy: the original
 * copies the rest of the paragraph for every word it places, which makes a paragraph cost
 * the square of its length in words.
 */
function fits(line: Line, inlines: Inline[]): boolean {
  if (line.inlines.length === 0) return true
  if (line.newLineForced) return false
  const inline = inlines[0]
  let width = inline.width
  let trailingCut = inline.trailingCut || 0
  if (inline.noNewLine) {
    for (let i = 1; i < inlines.length; i++) {
      const next = inlines[i]
      width += next.width
      trailingCut += next.trailingCut || 0
      if (!next.noNewLine) break
    }
  }
  return line.inlineWidths + width - line.leadingCut - trailingCut <= line.maxWidth
}

/**
 * The same line breaking as pdfmake's, word for word, with `fits` in place of the copying
 * call. Installed only when the original still reads as expected.
 */
export function lineBreakingWithoutCopies(
  LayoutBuilder: { prototype: AnyRecord },
  LineClass: new (maxWidth: number) => Line,
  TextInlines: new (fontProvider: null) => { widthOfText(text: string, inline: Inline): number }
): void {
  const proto = LayoutBuilder.prototype
  const original = proto.buildNextLine
  if (typeof original !== 'function' || original.length !== 1 || !original.toString().includes(slicingCall)) return
  proto.buildNextLine = function (this: { writer: { context(): { availableWidth: number } } }, textNode: { _inlines?: Inline[] }) {
    const inlines = textNode._inlines
    if (!inlines || inlines.length === 0) return null
    const line = new LineClass(this.writer.context().availableWidth)
    const textInlines = new TextInlines(null)
    let isForceContinue = false
    while (inlines.length > 0 && (fits(line, inlines) || isForceContinue)) {
      let isHardWrap = false
      const inline = inlines.shift()
      if (!inline.noWrap && inline.text.length > 1 && inline.width > line.getAvailableWidth()) {
        const maxChars = maxFitLength(inline.text, line.getAvailableWidth(), (text) => textInlines.widthOfText(text, inline))
        if (maxChars < inline.text.length) {
          const rest = cloneInline(inline)
          rest.text = inline.text.substr(maxChars)
          inline.text = inline.text.substr(0, maxChars)
          rest.width = textInlines.widthOfText(rest.text, rest)
          inline.width = textInlines.widthOfText(inline.text, inline)
          inlines.unshift(rest)
          isHardWrap = true
        }
      }
      line.addInline(inline)
      isForceContinue = inline.noNewLine && !isHardWrap
    }
    line.lastLineInParagraph = inlines.length === 0
    return line
  }
}

/** pdfmake's own copy of an inline (it calls the constructor as a function: a plain object). */
function cloneInline(inline: Inline): Inline {
  const copy = inline.constructor()
  for (const key in inline) copy[key] = inline[key]
  return copy
}

/** The longest prefix of `text` (one character at least) that fits in `maxWidth`. */
function maxFitLength(text: string, maxWidth: number, widthOf: (text: string) => number): number {
  let low = 1
  let high = text.length
  let bestFit = 1
  while (low <= high) {
    const mid = Math.floor((low + high) / 2)
    if (widthOf(text.substring(0, mid)) <= maxWidth) {
      bestFit = mid
      low = mid + 1
    } else high = mid - 1
  }
  return bestFit
}
