import { plainLine } from './drawLine'
import type { AnyRecord, Inline, Line } from './shared'

/* Merging words after layout: ElementWriter#addLine */

/** Whether two neighbouring words of a placed line look the same and touch. */
const sameRun = (a: Inline, b: Inline) =>
  a.font === b.font &&
  a.fontSize === b.fontSize &&
  a.color === b.color &&
  a.opacity === b.opacity &&
  a.height === b.height &&
  a.alignment === b.alignment &&
  a.linkToDestination === b.linkToDestination &&
  Math.abs(a.x + a.width - b.x) <= 1e-6

/**
 * Once a line has its place on a page, its words are only drawn. A 1,000-page report holds
 * hundreds of thousands of measured words (each with a dozen properties) until the last page
 * is laid out; keeping one object per run of same-looking words instead (with the words'
 * texts, which are drawn one by one exactly as before) divides that memory several times.
 * Only lines the fast drawing path takes are merged, after pdfmake has aligned them.
 */
export function mergeLaidOutWords(ElementWriter: { prototype: AnyRecord }): void {
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
        linkToDestination: first.linkToDestination,
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
