/**
 * A number shaped from its digits. Shaping a word with fontkit costs about 0.1 ms whatever
 * its length, and a big report is full of numbers seen once each: page numbers in the
 * contents and footers, numbered cities, years. In the embedded fonts a run of ASCII digits
 * is its digits side by side (no kerning, ligature or contextual form between digits;
 * tests/unit/digitRuns.test.ts checks this against fontkit for every shipped font), so its
 * glyphs and positions are those of each digit's own run, put together.
 */

/** What the report reads of a shaped run (pdfkit scales its positions once, then only reads them). */
export interface ShapedRun {
  glyphs: unknown[]
  positions: unknown[]
  advanceWidth: number
}

const digitsOnly = /^[0-9]{2,}$/

/** `text`'s run put together from `shapeOne(digit)`, or undefined when `text` is not two or more ASCII digits. */
export function digitRun(text: string, shapeOne: (digit: string) => ShapedRun): ShapedRun | undefined {
  if (!digitsOnly.test(text)) return undefined
  const glyphs: unknown[] = []
  const positions: unknown[] = []
  let advanceWidth = 0
  for (const digit of text) {
    const run = shapeOne(digit)
    glyphs.push(...run.glyphs)
    positions.push(...run.positions)
    advanceWidth += run.advanceWidth
  }
  return { glyphs, positions, advanceWidth }
}
