import { type AnyRecord, isValue } from './shared'

/* Style lookup: StyleContextStack#getProperty */

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

/**
 * getProperty for several properties at once, into `into` (a property with no value anywhere
 * is left as it is): one walk down the overrides instead of one per property, the same answers.
 */
export function readProperties(stack: StyleStack, keys: readonly string[], into: Record<string, unknown>): void {
  if (keys.length > 30) throw new RangeError('at most 30 properties at once')
  let pending = 2 ** keys.length - 1
  const overrides = stack.styleOverrides
  for (let i = overrides ? overrides.length - 1 : -1; i >= 0 && pending !== 0; i--) {
    const item = overrides[i]!
    const named = typeof item === 'string' || item instanceof String
    for (let k = 0; k < keys.length; k++) {
      if ((pending & (1 << k)) === 0) continue
      const value = named ? valueInStyle(stack, item as string, keys[k]!) : item[keys[k]!]
      if (isValue(value)) {
        into[keys[k]!] = value
        pending &= ~(1 << k)
      }
    }
  }
  for (let k = 0; k < keys.length && pending !== 0; k++) {
    const value = (pending & (1 << k)) !== 0 && stack.defaultStyle ? stack.defaultStyle[keys[k]!] : undefined
    if (isValue(value)) into[keys[k]!] = value
  }
}

/**
 * Whether `stack` looks up properties with this file's getProperty: a StyleContextStack of the
 * pdfmake this file was checked against, whose fields readProperties can read the same way.
 */
export const isStyleStack = (stack: unknown): stack is StyleStack =>
  typeof stack === 'object' && stack !== null && (stack as { getProperty?: unknown }).getProperty === getProperty

export function fastStyleLookup(StyleContextStack: { prototype: AnyRecord }): void {
  const proto = StyleContextStack.prototype
  if (typeof proto.getProperty !== 'function' || (proto.getProperty as () => void).length !== 1) return
  proto.getProperty = getProperty
}
