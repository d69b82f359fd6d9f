import fc from 'fast-check'
import type { z } from 'zod'

/** Text that has broken apps before: markup, SQL, control characters, lone surrogates, right-to-left marks, CJK. */
export const hostileText = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    "'; DROP TABLE workshops; --",
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '\u0000',
    '\ud800',
    '\u202e\u202dabc',
    '西安 · 上海 · 成都',
    '../../../../etc/passwd',
    '=cmd|"/c calc"!A1',
    '__proto__',
    'constructor',
    '%s%n%x',
    'null',
    '1e309',
    '2026-02-30',
    '25:61',
    'Europe/Nowhere',
    '00000000-0000-0000-0000-000000000000'
  ),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.uuid(),
  fc.constant('x'.repeat(300_001))
)

const leaf = fc.oneof(hostileText, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.bigInt().map(String))

/** Deep nesting and `__proto__`/`constructor` keys, on top of fast-check's own anything(). */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 5 }),
  object: fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'id')), tie('value'), { maxKeys: 5 })
})).value

const deep = fc.integer({ min: 50, max: 1500 }).map((depth) => {
  let value: unknown = 'bottom'
  for (let i = 0; i < depth; i++) value = { a: value }
  return value
})

/** Objects with the keys the method expects (so validation goes past "unknown object") holding hostile values. */
function shaped(schema: z.ZodType, known: { ids: string[] }): fc.Arbitrary<unknown> {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape
  if (!shape || typeof shape !== 'object') return hostileValue
  const plausible = fc.oneof(hostileValue, fc.constantFrom(...known.ids), fc.constantFrom('2026-10-23', '16:30', 'Europe/Brussels', 'online', 'quote', 'skip', 'speakers', 0, 1, true, []))
  return fc.record(Object.fromEntries(Object.keys(shape).map((key) => [key, plausible])), { requiredKeys: [] })
}

export const hostileInput = (schema: z.ZodType, known: { ids: string[] }): fc.Arbitrary<unknown> =>
  fc.oneof({ arbitrary: shaped(schema, known), weight: 3 }, { arbitrary: hostileValue, weight: 2 }, { arbitrary: fc.anything(), weight: 1 }, { arbitrary: deep, weight: 1 })
