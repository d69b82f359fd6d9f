import { describe, expect, it } from 'vitest'
import { digitRun, type ShapedRun } from '../../src/core/report/digitRuns'
import { fontBytes } from '../../src/core/report/fonts'
import { throwawayPdfKitDocument } from '../../src/core/report/pdfmakeFast'

interface PdfKitFont {
  layoutRun: (text: string) => ShapedRun & { glyphs: { id: number }[] }
}
const pdfKitFont = (bytes: Buffer) => throwawayPdfKitDocument<{ font: (src: Buffer) => { _font: PdfKitFont } }>().font(bytes)._font

/** Glyph ids and positions, the way pdfkit encodes and places a run. */
const drawn = (run: ShapedRun) => ({
  glyphs: (run.glyphs as { id: number }[]).map((glyph) => glyph.id),
  positions: run.positions,
  advanceWidth: run.advanceWidth
})

describe('numbers shaped from their digits', () => {
  // Every font the report embeds: a font whose digits kern or join would fail here.
  const numbers = [
    ...Array.from({ length: 2001 }, (_, n) => String(n)),
    ...Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0')),
    '0000',
    '1111',
    '20261123',
    '1234567890',
    '9876543210'
  ]
  for (const [name, bytes] of fontBytes()) {
    it(`match fontkit's own shaping in ${name}`, () => {
      const font = pdfKitFont(bytes)
      const single = new Map<string, ShapedRun>()
      const one = (digit: string) => single.get(digit) ?? single.set(digit, font.layoutRun(digit)).get(digit)!
      for (const text of numbers.filter((n) => n.length > 1)) {
        expect(drawn(digitRun(text, one)!), `${name}: ${text}`).toEqual(drawn(font.layoutRun(text)))
      }
    })
  }

  it('leaves anything but two or more ASCII digits to fontkit', () => {
    const shapeOne = () => ({ glyphs: [], positions: [], advanceWidth: 1 })
    for (const text of ['7', '', '12a', '1 2', '١٢', '１２', '-12', '1.5']) expect(digitRun(text, shapeOne), text).toBeUndefined()
  })
})
