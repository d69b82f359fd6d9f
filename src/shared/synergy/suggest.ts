/**
 * Suggests themes for a text a facilitator is typing, by plain keyword and synonym match.
 * Deliberately transparent: every suggestion names the words that triggered it, so the
 * facilitator can see why and correct the theme's keywords. Pure, so the renderer runs it
 * on every keystroke without a round trip. A suggestion is only ever applied by a click.
 */

export interface SuggestableTheme {
  id: string
  name: string
  nameZh: string
  keywords: string[]
}

export interface ThemeSuggestion {
  themeId: string
  /** The keywords (as the theme spells them) found in the text. */
  matched: string[]
  /** Where in the text the first match starts, for a stable order. */
  firstAt: number
}

/** Chinese, Japanese and Korean have no spaces between words: match those keywords anywhere. */
const cjk = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/u

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Lower case, one kind of apostrophe and dash, single spaces: "Start‑ups" matches "start-up". */
export const normalise = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')

const patternCache = new Map<string, RegExp | null>()

/**
 * A latin keyword must start a word. Keywords of four letters or more may carry an ending
 * ("university" finds "universities" only via its own keyword, but "entrepreneur" finds
 * "entrepreneurs"); short ones such as "AI" or "lab" must be whole words, or "AI" would
 * find "aim". CJK keywords match as plain substrings.
 */
function patternFor(keyword: string): RegExp | null {
  const cached = patternCache.get(keyword)
  if (cached !== undefined) return cached
  const k = normalise(keyword).trim()
  let pattern: RegExp | null = null
  if (k.length > 0) {
    const body = escape(k).replace(/ /g, '\\s+')
    if (cjk.test(k)) pattern = new RegExp(body, 'u')
    else pattern = new RegExp(`(?<![\\p{L}\\p{N}])${body}${k.length <= 3 ? '(?![\\p{L}\\p{N}])' : ''}`, 'u')
  }
  patternCache.set(keyword, pattern)
  return pattern
}

/** Themes whose name or keywords appear in `text`, most matches first; `exclude` are already applied. */
export function suggestThemes(text: string, themes: SuggestableTheme[], exclude: Iterable<string> = []): ThemeSuggestion[] {
  const skip = new Set(exclude)
  const haystack = normalise(text)
  if (haystack.trim() === '') return []
  const suggestions: ThemeSuggestion[] = []
  for (const theme of themes) {
    if (skip.has(theme.id)) continue
    const matched: string[] = []
    let firstAt = Number.POSITIVE_INFINITY
    for (const keyword of [theme.name, theme.nameZh, ...theme.keywords]) {
      const found = patternFor(keyword)?.exec(haystack)
      if (!found || matched.some((m) => normalise(m) === normalise(keyword))) continue
      matched.push(keyword)
      firstAt = Math.min(firstAt, found.index)
    }
    if (matched.length > 0) suggestions.push({ themeId: theme.id, matched, firstAt })
  }
  return suggestions.sort((a, b) => b.matched.length - a.matched.length || a.firstAt - b.firstAt || (a.themeId < b.themeId ? -1 : 1))
}
