import type { Inline } from './shared'

/* A word's own style values, as measuring words reads and compares them */

/** The rarely used properties: measuring sets them on a word (in this order) only when one of them has a value. */
export const RARE_KEYS = [
  'fontFeatures',
  'characterSpacing',
  'decoration',
  'decorationColor',
  'decorationStyle',
  'decorationThickness',
  'background',
  'link',
  'linkToPage',
  'linkToDestination',
  'noWrap',
  'sup',
  'sub'
] as const

/**
 * A word's own values of everything TextInlines#measure asks the style stack for. A word's
 * answers depend only on these, its `style`, and the stack, which does not change during one
 * call; words cut from one text share them, so the lookups are made once per run of words.
 */
export const OWN_STYLE_KEYS = [
  'font',
  'bold',
  'italics',
  'alignment',
  'fontSize',
  'color',
  'opacity',
  'lineHeight',
  'preserveLeadingSpaces',
  'preserveTrailingSpaces',
  'style',
  ...RARE_KEYS
] as const

type OwnStyleKey = (typeof OWN_STYLE_KEYS)[number]
export type OwnStyle = Record<OwnStyleKey, unknown>

/** Resolved values measuring computes with, as numbers. */
type NumericKey = 'fontSize' | 'characterSpacing' | 'lineHeight'

/**
 * A word's style resolved through the stack: every own property except those that only pick
 * the font or the named styles (`bold`, `italics`, `style`), with `font` the font they select.
 */
export type Resolved = Record<Exclude<OwnStyleKey, 'bold' | 'italics' | 'style' | NumericKey>, unknown> &
  Record<NumericKey, number> & {
    own: OwnStyle
    /** Whether any of the rarely used properties has a value (else they are left unset). */
    rare: boolean
    /** A word's height in this font and size: the font's line height times the line height asked for. */
    height: number
  }

// Written out rather than looped over names: plain property reads are several times faster.
export const ownStyle = (w: Inline): OwnStyle => ({
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

export const sameOwnStyle = (w: Inline, o: OwnStyle): boolean =>
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


/** Own properties a plain word may have (any other, such as a page reference, keeps the word as it is). */
const KNOWN_KEYS = new Set<string>([...OWN_STYLE_KEYS, 'text', 'lineEnd', 'noNewLine', 'wordBreak', 'leadingCut', 'trailingCut', 'width', 'height'])

export function onlyKnownKeys(item: Inline): boolean {
  for (const key in item) if (!KNOWN_KEYS.has(key)) return false
  return true
}
