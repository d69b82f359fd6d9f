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

export function fastStyleLookup(StyleContextStack: { prototype: AnyRecord }): void {
  const proto = StyleContextStack.prototype
  if (typeof proto.getProperty !== 'function' || (proto.getProperty as () => void).length !== 1) return
  proto.getProperty = getProperty
}
