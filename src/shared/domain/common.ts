import { z } from 'zod'

export const id = z.uuid({ error: 'Not a valid id.' })
export const byId = z.object({ id })

/**
 * NUL has no meaning in what a person types, and SQLite's text functions stop at it, so the
 * search index's short words (migration 11) never saw text after one. It comes in with
 * pasted or imported text now and then; it is dropped like surrounding spaces are (and from
 * every text an import file brings).
 */
export const withoutNul = (text: string) => (text.includes('\0') ? text.replaceAll('\0', '') : text)

/** A one-line text a person typed: trimmed, bounded. */
export const line = (max = 300) => z.string().overwrite(withoutNul).trim().max(max, { error: `At most ${max} characters.` })
export const requiredLine = (max = 300) => line(max).min(1, { error: 'Required.' })

/** Markdown written by a person; long but bounded so a paste cannot fill the disk. */
export const markdown = z.string().overwrite(withoutNul).max(200_000, { error: 'At most 200,000 characters.' })

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Use the form YYYY-MM-DD.' })
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    message: 'Not a real date.'
  })

export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Use the form HH:MM (24-hour).' })

const knownZones = new Set(
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []
)

/** An IANA time zone id such as Europe/Brussels; abbreviations like CET are refused on purpose. */
export const timeZone = z.string().refine(
  (zone) => {
    if (zone === 'UTC' || knownZones.has(zone)) return true
    if (!zone.includes('/')) return false
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone })
      return true
    } catch {
      return false
    }
  },
  { error: 'Use an IANA time zone such as Europe/Brussels or Asia/Shanghai.' }
)

export const timestamp = z.string()
export const positionList = z.array(id).max(10_000)
export const searchFilter = z.object({ query: line(200).optional() })

type WithoutDefault<S> = S extends z.ZodDefault<infer Inner> ? Inner : S
type PatchShape<T extends z.ZodRawShape> = { [K in keyof T]: z.ZodOptional<WithoutDefault<T[K]>> }

/**
 * The schema of a partial update: every field optional and, unlike zod's `.partial()`,
 * without defaults, so that a field left out of an update keeps its stored value.
 */
export function patchOf<T extends z.ZodRawShape>(fields: z.ZodObject<T>): z.ZodObject<PatchShape<T>> {
  const shape: Record<string, z.ZodType> = {}
  for (const [key, schema] of Object.entries(fields.shape)) {
    const inner = schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : (schema as z.ZodType)
    shape[key] = inner.optional()
  }
  return z.object(shape) as unknown as z.ZodObject<PatchShape<T>>
}
