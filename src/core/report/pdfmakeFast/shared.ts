/** Types and helpers shared by the pdfmake fast paths. */

export type AnyRecord = Record<string, unknown>
// The internals are untyped JavaScript; these aliases only name what is used.
/* eslint-disable @typescript-eslint/no-explicit-any */
export type Inline = any
export type Line = any
/* eslint-enable @typescript-eslint/no-explicit-any */

export const isValue = (v: unknown) => v !== undefined && v !== null
