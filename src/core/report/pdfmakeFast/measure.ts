import { onlyKnownKeys, ownStyle, RARE_KEYS, type Resolved, sameOwnStyle } from './ownStyle'
import { type AnyRecord, type Inline, isValue } from './shared'
import { leadingSpaces, trailingSpaces } from './spaces'
import { isStyleStack, readProperties } from './styles'

/* Measuring words: TextInlines#measure */

/** What TextInlines#measure asks the style stack for, with the default of each. */
const defaults = {
  fontSize: 12,
  sup: false,
  sub: false,
  font: 'Roboto',
  bold: false,
  italics: false,
  alignment: 'left',
  fontFeatures: null,
  characterSpacing: 0,
  color: 'black',
  decoration: null,
  decorationColor: null,
  decorationStyle: null,
  decorationThickness: null,
  background: null,
  link: null,
  linkToPage: null,
  linkToDestination: null,
  noWrap: null,
  opacity: 1,
  lineHeight: 1,
  preserveLeadingSpaces: false,
  preserveTrailingSpaces: false
}
type MeasuredStyle = Record<keyof typeof defaults, unknown>
const measuredStyle: Readonly<MeasuredStyle> = defaults
const measuredKeys = Object.keys(measuredStyle) as (keyof MeasuredStyle)[]

interface Stack {
  auto: (item: Inline, read: () => void) => void
  getProperty: (property: string) => unknown
}

/**
 * StyleContextStack.getStyleProperty for every property measuring reads, with the word's
 * styles pushed on the stack once and the stack walked once (readProperties): asked one at a
 * time, each lookup pushed them anew with a closure and an array of its own, and walked the
 * stack again. The same answers: the word's own value, else the stack's (the word on top of
 * it), else the default.
 */
function styleValues(item: Inline, stack: Stack | null): MeasuredStyle {
  // A copy of the defaults: one object of the right shape, filled in place.
  const values = { ...measuredStyle }
  const inherited = measuredKeys.filter((key) => {
    const own = item[key]
    if (!isValue(own)) return true
    values[key] = own
    return false
  })
  if (!stack || inherited.length === 0) return values
  const read = isStyleStack(stack)
    ? () => readProperties(stack, inherited, values)
    : () => {
        for (const key of inherited) {
          const value = stack.getProperty(key)
          if (isValue(value)) values[key] = value
        }
      }
  stack.auto(item, read)
  return values
}

export function fastMeasure(TextInlines: { prototype: AnyRecord }, StyleContextStack: { prototype: AnyRecord }): void {
  const proto = TextInlines.prototype
  const getStyleProperty = (StyleContextStack as unknown as { getStyleProperty?: (...args: unknown[]) => unknown }).getStyleProperty
  if (typeof proto.measure !== 'function' || (proto.measure as () => void).length !== 2 || typeof getStyleProperty !== 'function') return
  const style = (item: Inline, stack: unknown, property: string, fallback: unknown) => getStyleProperty(item, stack, property, fallback)

  // The same steps as TextInlines#measure (pdfmake 0.3), with the style lookups done once per
  // run of words that share their own style values instead of once per word.
  type This = {
    pdfDocument: { provideFont: (f: unknown, b: unknown, i: unknown) => Inline }
    widthOfText: (t: string, i: Inline) => number
  }
  /** The width of a word's leading or trailing spaces; none is no width at all, as in pdfmake. */
  const widthOfSpaces = (inlines: This, spaces: string, inline: Inline) => (spaces ? inlines.widthOfText(spaces, inline) : 0)
  proto.measure = function measure(this: This, array: Inline[], stack: unknown) {
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
        const value = styleValues(item, stack as Stack | null)
        let fontSize = value.fontSize as number
        // Font size reduction as pdfmake does it for superscript and subscript.
        if (value.sup || value.sub) fontSize *= 0.58
        resolved = {
          own,
          font: this.pdfDocument.provideFont(value.font, value.bold, value.italics),
          alignment: value.alignment,
          fontSize,
          fontFeatures: value.fontFeatures,
          characterSpacing: value.characterSpacing as number,
          color: value.color,
          decoration: value.decoration,
          decorationColor: value.decorationColor,
          decorationStyle: value.decorationStyle,
          decorationThickness: value.decorationThickness,
          background: value.background,
          link: value.link,
          linkToPage: value.linkToPage,
          linkToDestination: value.linkToDestination,
          noWrap: value.noWrap,
          opacity: value.opacity,
          sup: value.sup,
          sub: value.sub,
          lineHeight: value.lineHeight as number,
          preserveLeadingSpaces: value.preserveLeadingSpaces,
          preserveTrailingSpaces: value.preserveTrailingSpaces,
          rare: false,
          height: 0
        }
        const r = resolved
        r.rare = RARE_KEYS.map((key) => r[key]).some((v) => v !== null && v !== undefined && v !== false && v !== 0)
        r.height = (r.font as { lineHeight: (size: number) => number }).lineHeight(fontSize) * r.lineHeight
        last = resolved
      }
      // Every word of a document goes through here. A plain word (no rarely used property,
      // nothing but what TextBreaker and styles give it) becomes one small object with just
      // what layout and drawing read, made at once: adding a dozen properties to the word
      // TextBreaker made grew its property storage several times over, for each word.
      // `resolved` answers what widthOfText reads (font, size, features, spacing) as the
      // word would once they were set on it.
      if (!resolved.rare && onlyKnownKeys(item)) {
        const text: string = item.text
        array[index] = {
          text,
          font: resolved.font,
          fontSize: resolved.fontSize,
          color: resolved.color,
          opacity: resolved.opacity,
          alignment: resolved.alignment,
          width: this.widthOfText(text, resolved),
          height: resolved.height,
          leadingCut: (item.leadingCut || 0) + (resolved.preserveLeadingSpaces ? 0 : widthOfSpaces(this, leadingSpaces(text), resolved)),
          trailingCut: resolved.preserveTrailingSpaces ? 0 : widthOfSpaces(this, trailingSpaces(text), resolved),
          lineEnd: item.lineEnd,
          noNewLine: item.noNewLine,
          x: 0
        }
        continue
      }
      item.font = resolved.font
      item.alignment = resolved.alignment
      item.fontSize = resolved.fontSize
      item.color = resolved.color
      item.opacity = resolved.opacity
      // These properties are read only for truthiness or with a default (`|| 0`, `!= null`),
      // so when none has a value they stay unset (as they are on the word).
      if (resolved.rare) for (const key of RARE_KEYS) item[key] = resolved[key]
      item.width = this.widthOfText(item.text, item)
      item.height = resolved.height
      if (!item.leadingCut) item.leadingCut = 0
      if (!resolved.preserveLeadingSpaces) {
        const leading = leadingSpaces(item.text)
        if (leading) item.leadingCut += this.widthOfText(leading, item)
      }
      item.trailingCut = 0
      if (!resolved.preserveTrailingSpaces) {
        const trailing = trailingSpaces(item.text)
        if (trailing) item.trailingCut = this.widthOfText(trailing, item)
      }
    }
    return array
  }
}
