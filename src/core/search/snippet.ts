import type { SnippetPart } from '../../shared/domain/search'

// Highlighting happens here rather than in FTS5's snippet()/highlight(): those re-tokenize
// every hit into trigrams and cost more than the search itself. The index decides what
// matches; this only finds where, the way the index compares (case and accents folded).

/** Combining marks of Latin, Greek and Cyrillic letters (what remove_diacritics drops). */
const isMark = (code: number) => (code >= 0x0300 && code <= 0x036f) || (code >= 0x1ab0 && code <= 0x1aff) || (code >= 0x1dc0 && code <= 0x1dff)

/** The query's terms as the index compares them; fold once per search, not per hit. */
export const foldTerms = (terms: string[]): FoldedTerms => terms.map(foldTerm).filter((t) => t.length > 0) as FoldedTerms
export type FoldedTerms = string[] & { readonly folded: unique symbol }

/** Text as the index compares it: accents dropped, lower case. */
export const foldTerm = (term: string) =>
  Array.from(term.normalize('NFD'))
    .filter((ch) => !isMark(ch.codePointAt(0) ?? 0))
    .join('')
    .toLowerCase()

/** The same ranges as isMark, for native scans of a whole text. */
// eslint-disable-next-line no-misleading-character-class -- escaped ranges of marks, on purpose
const everyMark = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff]/g
const hasMark = (text: string) => text.search(everyMark) >= 0

/** Text folded the way the index compares it, in native passes only (no map back to the text). */
function foldedNatively(nfd: string): string {
  const stripped = hasMark(nfd) ? nfd.replace(everyMark, '') : nfd
  const lower = stripped.toLowerCase()
  return lower.length === stripped.length ? lower : stripped
}

/**
 * Folded ranges as ranges of `nfd`, for text that folding took marks out of: the k-th
 * character folding kept, found by one walk over the text for just the ends asked.
 */
function inText(nfd: string, ranges: [number, number][]): [number, number][] {
  const wanted = [...new Set(ranges.flat())].sort((a, b) => a - b)
  const at = new Map<number, number>()
  for (let i = 0, kept = 0, w = 0; i <= nfd.length && w < wanted.length; i++) {
    if (i < nfd.length && isMark(nfd.charCodeAt(i))) continue
    if (wanted[w] === kept) at.set(wanted[w++]!, i)
    kept++
  }
  return ranges.map(([from, to]) => [at.get(from) ?? 0, at.get(to) ?? nfd.length])
}

/**
 * Long texts (a pasted transcript) are folded a window at a time, so a word near the start
 * costs no more than in a short note. Each window reaches past the next one's start by more
 * than a term can span (a folded letter may stand for up to four characters) plus the
 * snippet's context, so a match across a border is found, with its context.
 */
const WINDOW = 50_000

/** ASCII only: nothing to decompose, fold or recompose. */
const plainAscii = /^[\0-\x7f]*$/
const decomposed = (text: string) => (plainAscii.test(text) ? text : text.normalize('NFD'))

/**
 * A window of `text` around the first match of any term, every match inside it marked.
 * Returns null when no term occurs (the match was in another column).
 */
export function snippetOf(text: string, terms: FoldedTerms, radius = 70): SnippetPart[] | null {
  const overlap = 4 * Math.max(0, ...terms.map((term) => term.length)) + 3 * radius
  const step = Math.max(WINDOW, overlap)
  for (let from = 0; ; from += step) {
    // Every window starts `radius` early: room for the context before a match at its start.
    const to = Math.min(text.length, from + step + overlap)
    const found = snippetIn(text, Math.max(0, from - radius), to, terms, radius)
    if (found || to === text.length) return found
  }
}

function snippetIn(text: string, from: number, to: number, terms: FoldedTerms, radius: number): SnippetPart[] | null {
  const scanned = from === 0 && to === text.length ? text : text.slice(from, to)
  // Most text is ASCII, or has nothing to decompose: then its slices need no recomposing.
  const nfd = decomposed(scanned)
  const recompose = nfd !== scanned
  const haystack = foldedNatively(nfd)
  const found: [number, number][] = []
  for (const term of terms) {
    for (let at = haystack.indexOf(term); at >= 0; at = haystack.indexOf(term, at + term.length)) found.push([at, at + term.length])
  }
  if (found.length === 0) return null
  // Folding keeps the text's length unless it took marks out.
  const ranges = haystack.length === nfd.length ? found : inText(nfd, found)
  ranges.sort((a, b) => a[0] - b[0])
  const first = ranges[0]![0]
  const start = Math.max(0, first - radius)
  const end = Math.min(nfd.length, first + radius * 2)
  const parts: SnippetPart[] = []
  if (from + start > 0) parts.push({ text: '…', hit: false })
  let cursor = start
  for (const [rangeFrom, rangeTo] of ranges) {
    if (rangeTo <= cursor || rangeFrom >= end) continue
    pushPart(parts, nfd, cursor, Math.max(cursor, rangeFrom), false, recompose)
    pushPart(parts, nfd, Math.max(cursor, rangeFrom), Math.min(rangeTo, end), true, recompose)
    cursor = Math.min(rangeTo, end)
  }
  pushPart(parts, nfd, cursor, end, false, recompose)
  if (end < nfd.length || to < text.length) parts.push({ text: '…', hit: false })
  return parts
}

function pushPart(parts: SnippetPart[], nfd: string, from: number, to: number, hit: boolean, recompose: boolean): void {
  if (to > from) parts.push({ text: recompose ? nfd.slice(from, to).normalize('NFC') : nfd.slice(from, to), hit })
}

/** The opening of a text, unmarked: for a hit whose words matched elsewhere. */
export const openingOf = (text: string, length = 140): SnippetPart[] =>
  text ? [{ text: text.length > length ? `${text.slice(0, length)}…` : text, hit: false }] : []
