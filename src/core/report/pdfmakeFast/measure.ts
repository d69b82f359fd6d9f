import { onlyKnownKeys, ownStyle, RARE_KEYS, type Resolved, sameOwnStyle } from './ownStyle'
import type { AnyRecord, Inline } from './shared'

/* Measuring words: TextInlines#measure */

const LEADING = /^(\s)+/
const TRAILING = /(\s)+$/

export function fastMeasure(TextInlines: { prototype: AnyRecord }, StyleContextStack: { prototype: AnyRecord }): void {
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
        r.rare = RARE_KEYS.map((key) => r[key]).some((v) => v !== null && v !== undefined && v !== false && v !== 0)
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
      if (resolved.rare) for (const key of RARE_KEYS) item[key] = resolved[key]
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
