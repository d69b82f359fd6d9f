import { createRequire } from 'node:module'
import type { Content } from 'pdfmake/interfaces'
import { CJK, fontBytes } from './fonts'

/**
 * pdfmake draws a run of text in one font and has no per-glyph fallback: a Chinese
 * character in Roboto silently disappears. So every text is cut into runs by which
 * embedded font actually has the glyph: Latin letters stay in Roboto (and keep their
 * italics), Chinese goes to Noto Sans SC, and a character neither has (an emoji) becomes a
 * visible placeholder instead of vanishing.
 */
export const PLACEHOLDER = '□'
/** An unbroken token longer than this may be cut anywhere, so a URL cannot leave the page. */
const LONG_TOKEN = 36

export type Script = 'latin' | 'cjk' | 'missing'
export interface Run {
  text: string
  script: Script
}

interface Coverage {
  latin: Set<number>
  cjk: Set<number>
}

let coverage: Coverage | undefined
const requireHere = createRequire(import.meta.url)

function fontCoverage(): Coverage {
  if (coverage) return coverage
  // fontkit comes with pdfkit; asking it which code points each font maps is exact.
  const fontkit = requireHere(requireHere.resolve('fontkit', { paths: [requireHere.resolve('pdfkit')] })) as {
    create: (buffer: Buffer) => { characterSet: number[] }
  }
  const bytes = fontBytes()
  const set = (name: string) => new Set(fontkit.create(bytes.get(name)!).characterSet)
  coverage = { latin: set('Roboto-Regular.ttf'), cjk: set('NotoSansSC-Regular.otf') }
  return coverage
}

const reported = new Set<number>()
/** Logs each missing character once per process, not once per occurrence. */
function reportMissing(codePoint: number): void {
  if (reported.has(codePoint)) return
  reported.add(codePoint)
  console.warn(`[roundtable] report: no embedded font has U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}; printed as ${PLACEHOLDER}`)
}

const isLetter = (char: string) => /\p{L}/u.test(char)
// Variation selectors and joiners belong to the emoji before them: one placeholder, not three.
const isModifier = (cp: number) => cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0x1f3fb && cp <= 0x1f3ff)

/** Cuts text into runs of one script each; neighbouring neutral characters join the run they sit in. */
export function splitByScript(text: string): Run[] {
  // Most text is plain ASCII, which Roboto covers whole: skip the per-character walk.
  if (/^[\x20-\x7e\n\t]*$/.test(text)) return text ? [{ text, script: 'latin' }] : []
  const { latin, cjk } = fontCoverage()
  const runs: Run[] = []
  let current: Run | undefined
  let lastWasMissing = false
  for (const char of text) {
    const cp = char.codePointAt(0)!
    if (lastWasMissing && isModifier(cp)) continue
    let script: Script
    if (char === '\n' || char === '\t' || char === ' ') script = current?.script === 'missing' ? 'latin' : (current?.script ?? 'latin')
    else if (latin.has(cp)) script = current?.script === 'cjk' && !isLetter(char) && cjk.has(cp) ? 'cjk' : 'latin'
    else if (cjk.has(cp)) script = 'cjk'
    else script = 'missing'
    lastWasMissing = script === 'missing'
    const shown = script === 'missing' ? PLACEHOLDER : char
    if (script === 'missing') reportMissing(cp)
    if (current && current.script === script) current.text += shown
    else {
      current = { text: shown, script }
      runs.push(current)
    }
  }
  return runs
}

const longToken = new RegExp(`(\\S{${LONG_TOKEN},})`, 'u')
/** A quick test first: without /u it counts code units, never fewer than code points, so it misses no token the split cuts. */
const mayHaveLongToken = new RegExp(`\\S{${LONG_TOKEN}}`)

/** Splits a run into pieces so that a very long unbroken token is allowed to break anywhere. */
function withLongTokens(run: Run): Content[] {
  if (run.script !== 'latin') return [{ text: run.text, font: CJK }]
  if (!mayHaveLongToken.test(run.text)) return [{ text: run.text }]
  const parts = run.text.split(longToken)
  return parts
    .filter((part) => part.length > 0)
    .map((part) => (part.length >= LONG_TOKEN && !/\s/.test(part) ? { text: part, wordBreak: 'break-all' as const } : { text: part }))
}

/** Text as pdfmake inlines, each in a font that has its glyphs. Styles come from the parent. */
export function scriptInlines(text: string): Content[] {
  return splitByScript(text).flatMap(withLongTokens)
}

/**
 * Text as pdfmake inlines that all carry `look` (bold, a style, a colour). pdfmake flattens
 * a nested text array and drops the properties of the object around it, so a look must be
 * on every piece, not on a wrapper.
 */
export function styledInlines(text: string, look: Record<string, unknown>): Content[] {
  return scriptInlines(text).map((piece) => ({ ...look, ...(piece as object) }) as unknown as Content)
}
