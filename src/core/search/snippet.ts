import type { SnippetPart } from '../../shared/domain/search'

// Control characters no one types: snippet() wraps matches in them and they are split off here,
// so the renderer builds highlighted elements from positions instead of parsing markup.
export const hitStart = '\u0002'
export const hitEnd = '\u0003'

const markers = new RegExp(`(${hitStart}|${hitEnd})`, 'u')

/** Splits text marked by snippet()/highlight() into plain and highlighted parts. */
export function partsOfMarked(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = []
  let hit = false
  for (const piece of marked.split(markers)) {
    if (piece === hitStart) hit = true
    else if (piece === hitEnd) hit = false
    else if (piece) parts.push({ text: piece, hit })
  }
  return parts
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Also highlights the short terms the index did not match (case-insensitively, like LIKE). */
export function markTerms(parts: SnippetPart[], terms: string[]): SnippetPart[] {
  if (terms.length === 0) return parts
  const pattern = new RegExp(`(${terms.map(escapeRegExp).join('|')})`, 'giu')
  return parts.flatMap((part) =>
    part.hit
      ? [part]
      : part.text
          .split(pattern)
          // split() with one capturing group alternates: text, match, text, match, …
          .map((text, i) => ({ text, hit: i % 2 === 1 }))
          .filter((piece) => piece.text.length > 0)
  )
}

/** A window of plain text around the first occurrence of any term, for LIKE-only matches. */
export function windowAround(text: string, terms: string[], radius = 60): SnippetPart[] {
  const lower = text.toLowerCase()
  const found = terms.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0)
  const first = found.length > 0 ? Math.min(...found) : 0
  const start = Math.max(0, first - radius)
  const end = Math.min(text.length, first + radius * 2)
  const window = `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`
  return markTerms([{ text: window, hit: false }], terms)
}
