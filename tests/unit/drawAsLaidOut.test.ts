import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import { describe, expect, it } from 'vitest'
import { bigReportData } from '../../src/core/report/benchmark'
import { buildReport } from '../../src/core/report/build'
import { pdfmakeInternal } from '../../src/core/report/pdfmakeFast'
import { pagesAddedWhileLaidOut } from '../../src/core/report/pdfmakeFast/drawAsLaidOut'
import { renderPdf, reportPdfMake } from '../../src/core/report/render'
import { countPages } from '../../src/core/report/reportWorker'
import { tempDir } from '../helpers/core'

/*
 * Pages drawn while the document is laid out. That they come out as pdfmake draws them on its
 * own (words, positions, pixels, links) is pdfmakeFast.test.ts's comparison; here, that the
 * drawing does happen during layout, and that documents whose earlier pages can still change
 * after layout are left to pdfmake.
 */

/** The text of each page, as pdftotext reads it. */
const pagesOf = (pdf: Buffer, name: string): string[] => {
  const file = join(tempDir(), `${name}.pdf`)
  writeFileSync(file, pdf)
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1)
}

/** Twelve short chapters, each starting a page, each followed by a paragraph. */
const chapters = (): Content[] =>
  Array.from({ length: 12 }, (_, i) => [
    { text: `Chapter ${i + 1}`, fontSize: 18, pageBreak: i > 0 ? ('before' as const) : undefined },
    { text: `What chapter ${i + 1} says. `.repeat(20) }
  ]).flat()

describe('pages drawn while the document is laid out', () => {
  it('has drawn and let go of every page but the last before the headers and footers are laid out', async () => {
    reportPdfMake()
    const builder = pdfmakeInternal('LayoutBuilder').prototype as Record<string, (...args: unknown[]) => unknown>
    const { tryLayoutDocument, addHeadersAndFooters } = builder
    let pdfDocument: object | null = null
    const seen: { added: number; laidOut: number; stillHeld: number }[] = []
    builder.tryLayoutDocument = function (this: unknown, ...args: unknown[]) {
      pdfDocument = args[1] as object
      return tryLayoutDocument!.apply(this, args)
    }
    builder.addHeadersAndFooters = function (this: { writer: { context(): { pages: { items: unknown[] }[] } } }, ...args: unknown[]) {
      const pages = this.writer.context().pages
      seen.push({ added: pagesAddedWhileLaidOut(pdfDocument!), laidOut: pages.length, stillHeld: pages.filter((page) => page.items.length > 0).length })
      return addHeadersAndFooters!.apply(this, args)
    }
    try {
      const pdf = await renderPdf(buildReport(bigReportData(40)))
      const [report] = seen
      expect(report!.laidOut).toBe(countPages(pdf))
      expect(report!.laidOut).toBeGreaterThan(30)
      expect(report!.added).toBe(report!.laidOut - 1)
      // Only the contents (whose page numbers point further on) and the last page wait.
      expect(report!.stillHeld).toBeLessThanOrEqual(4)
    } finally {
      Object.assign(builder, { tryLayoutDocument, addHeadersAndFooters })
    }
  }, 60_000)

  it('draws a link to a page further on once that page is there', async () => {
    const pdf = await renderPdf({ content: [{ text: 'See chapter 12', linkToPage: 12 }, ...chapters()] } as TDocumentDefinitions)
    const pages = pagesOf(pdf, 'forward')
    expect(pages).toHaveLength(12)
    expect(pages[0]).toContain('See chapter 12')
    expect(pdf.toString('latin1')).toMatch(/\/S \/GoTo/)
  })

  it('numbers a contents entry rendered again from the same definition by where it is now', async () => {
    // pdfmake writes positions into the definition; a second rendering must not trust them.
    const chapter = { text: 'The chapter', tocItem: true }
    await renderPdf({ content: [{ toc: { title: { text: 'Contents' } } }, chapter] } as TDocumentDefinitions)
    const again = await renderPdf({ content: [{ toc: { title: { text: 'Contents' } } }, { text: 'An opening page', pageBreak: 'after' }, chapter] } as TDocumentDefinitions)
    // The contents, with its number set at the right, and the opening page share page 1.
    const first = pagesOf(again, 'again')[0]!.replace(/\s+/g, ' ').trim()
    expect(first).toMatch(/^Contents The chapter .*\b2$/)
    expect(first).not.toMatch(/\b1\b/)
  })

  it('leaves a page limit to pdfmake: only the pages asked for are drawn', async () => {
    const pdf = await renderPdf({ content: chapters(), maxPagesNumber: 3 } as TDocumentDefinitions)
    const pages = pagesOf(pdf, 'limited')
    expect(pages).toHaveLength(3)
    expect(pages[2]).toContain('Chapter 3')
  })

  it('leaves a pageBreakBefore function to pdfmake: the pages it moves are drawn where they end up', async () => {
    const pdf = await renderPdf({
      content: [{ text: 'Opening', fontSize: 18 }, { text: 'Some words. '.repeat(30) }, { text: 'Moved to a page of its own', id: 'moved' }, { text: 'After it.' }],
      pageBreakBefore: (node: { id?: string }) => node.id === 'moved'
    } as unknown as TDocumentDefinitions)
    const pages = pagesOf(pdf, 'moved')
    expect(pages).toHaveLength(2)
    expect(pages[0]).toContain('Opening')
    expect(pages[0]).not.toContain('Moved')
    expect(pages[1]).toContain('Moved to a page of its own')
  })

  it('draws headers and footers that count the pages, backgrounds and watermarks on every page', async () => {
    const pdf = await renderPdf({
      content: chapters(),
      background: (page: number) => ({ text: `background ${page}`, margin: [10, 10] }),
      watermark: { text: 'DRAFT', opacity: 0.2 },
      footer: (page: number, pages: number) => ({ text: `page ${page} of ${pages}`, margin: [40, 10] })
    } as unknown as TDocumentDefinitions)
    const pages = pagesOf(pdf, 'counted')
    expect(pages).toHaveLength(12)
    pages.forEach((text, i) => {
      expect(text).toContain(`Chapter ${i + 1}`)
      expect(text).toContain(`page ${i + 1} of 12`)
      expect(text).toContain(`background ${i + 1}`)
      // Set at an angle: pdftotext reads it in pieces.
      expect(text.replace(/\s+/g, '')).toContain('DRAFT')
    })
  })
})
