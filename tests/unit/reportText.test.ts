import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import { CJK } from '../../src/core/report/fonts'
import { markdownToPdf } from '../../src/core/report/markdown'
import { renderPdf } from '../../src/core/report/render'
import { PLACEHOLDER, scriptInlines, splitByScript } from '../../src/core/report/scripts'
import { styles } from '../../src/core/report/styles'
import { tempDir } from '../helpers/core'

const plain = (node: unknown): unknown => JSON.parse(JSON.stringify(node, (_k, v) => (typeof v === 'function' ? undefined : v)))

describe('script splitting', () => {
  it('keeps Latin in Roboto and puts Chinese in the CJK font', () => {
    expect(splitByScript("Xi'an 西安, 2021")).toEqual([
      { text: "Xi'an ", script: 'latin' },
      { text: '西安, 2021', script: 'cjk' }
    ])
    expect(scriptInlines('西安 is')).toEqual([{ text: '西安 ', font: CJK }, { text: 'is' }])
  })

  it('prints a visible placeholder for a glyph no font has, and says so once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(splitByScript('ok 🎉🎉 👍🏽').map((r) => r.text).join('')).toBe(`ok ${PLACEHOLDER}${PLACEHOLDER} ${PLACEHOLDER}`)
    expect(warn.mock.calls.filter((c) => String(c[0]).includes('1F389'))).toHaveLength(1)
    warn.mockRestore()
  })

  it('lets a very long token break anywhere', () => {
    const token = 'x'.repeat(300)
    expect(scriptInlines(`see ${token}`)).toEqual([{ text: 'see ' }, { text: token, wordBreak: 'break-all' }])
  })
})

describe('Markdown to pdfmake', () => {
  const inline = (md: string) => plain(markdownToPdf(md))

  it('keeps bold, italic and bold italic', () => {
    // The look is on every piece: pdfmake drops the properties of an object around a nested text array.
    expect(inline('a **b** *c* ***d*** 西安')).toEqual([
      {
        text: [{ text: 'a ' }, { text: 'b', bold: true }, { text: ' ' }, { text: 'c', italics: true }, { text: ' ' }, { text: 'd', bold: true, italics: true }, { text: ' ' }, { text: '西安', font: CJK }],
        style: 'paragraph'
      }
    ])
  })

  it('nests bulleted and numbered lists', () => {
    const [list] = inline('1. one\n   - a\n   - b\n2. two') as [{ ol: unknown[]; start: number }]
    expect(list.start).toBe(1)
    expect(list.ol).toHaveLength(2)
    expect(JSON.stringify(list.ol[0])).toContain('"ul"')
    expect((inline('3. three\n4. four') as [{ start: number }])[0].start).toBe(3)
  })

  it('prints links as text with their address, and never loads images', () => {
    const text = JSON.stringify(inline('[IURC](https://iurc.eu) and ![map](https://x.eu/m.png) ![local](/etc/passwd) and https://x.eu'))
    expect(text).toContain('"IURC"')
    expect(text).toContain(' (https://iurc.eu)')
    expect(text).toContain('[map: https://x.eu/m.png]')
    // The shared parser refuses non-web links: a local path stays as the text that was typed.
    expect(text).toContain('![local](/etc/passwd)')
    expect(text).not.toContain('"image"')
    expect(text.match(/https:\/\/x\.eu"/g)).toHaveLength(1)
  })

  it('sets block quotes apart and keeps headings inside notes out of the contents', () => {
    const blocks = inline('# Heading\n\n> quoted') as Record<string, unknown>[]
    expect(blocks[0]).toMatchObject({ style: 'noteHeading' })
    expect(blocks[0]).not.toHaveProperty('tocItem')
    expect(JSON.stringify(blocks[1])).toContain('blockQuote')
  })
})

describe('rendering a PDF', () => {
  const doc = (content: TDocumentDefinitions['content'], extra: Partial<TDocumentDefinitions> = {}): TDocumentDefinitions => ({
    content,
    styles,
    defaultStyle: styles.base,
    ...extra
  })

  it('refuses to read a file or fetch a URL named in a document', async () => {
    await expect(renderPdf(doc([{ image: '/etc/passwd' }]))).rejects.toThrow(/denied/)
    await expect(renderPdf(doc([{ image: 'crafted' }], { images: { crafted: '/etc/hostname' } }))).rejects.toThrow(/denied/)
    await expect(renderPdf(doc([{ image: 'http://127.0.0.1:9/x.png' }]))).rejects.toThrow(/denied|Invalid image/)
    await expect(renderPdf(doc([{ image: 'remote' }], { images: { remote: 'http://127.0.0.1:9/x.png' } }))).rejects.toThrow(/denied/)
    await expect(renderPdf(doc([{ text: 'x', font: '/etc/passwd' }]))).rejects.toThrow()
  })

  it('prints Chinese, keeps italics, and shows an emoji as a placeholder instead of failing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const pdf = await renderPdf(doc([{ text: scriptInlines("Xi'an 西安 🚀 done"), italics: true }]))
    warn.mockRestore()
    const file = join(tempDir(), 'scripts.pdf')
    writeFileSync(file, pdf)
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain(`Xi'an 西安 ${PLACEHOLDER} done`)
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' })
    expect(fonts).toMatch(/Roboto-Italic\s.*yes yes/)
    expect(fonts).toMatch(/NotoSansHans-Regular\s.*yes yes/)
  })

  it('prints Markdown bold and italics in the bold and italic faces', async () => {
    const pdf = await renderPdf(doc(markdownToPdf('plain **bold** and *italic* words')))
    const file = join(tempDir(), 'markdown.pdf')
    writeFileSync(file, pdf)
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' })
    expect(fonts).toMatch(/Roboto-Medium\s/)
    expect(fonts).toMatch(/Roboto-Italic\s/)
    expect(fonts).toMatch(/Roboto-Regular\s/)
  })

  it('wraps a 300-character token inside the page and inside a table cell', async () => {
    const token = `https://example.org/${'a1'.repeat(150)}`
    const pdf = await renderPdf(
      doc([{ text: scriptInlines(token) }, { table: { widths: [80, '*'], body: [[{ text: scriptInlines(token) }, 'next']] } }])
    )
    const file = join(tempDir(), 'long.pdf')
    writeFileSync(file, pdf)
    const bbox = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' })
    const width = Number(/<page width="([\d.]+)"/.exec(bbox)![1])
    const right = [...bbox.matchAll(/xMax="([\d.]+)"/g)].map((m) => Number(m[1]))
    expect(Math.max(...right)).toBeLessThanOrEqual(width - 30)
    const words = [...bbox.matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((m) => m[1]).join('')
    expect(words.replace(/next/, '')).toContain('a1a1a1')
  })
})

describe('words drawn in several documents', () => {
  it('are encoded with each document\'s own glyph ids', async () => {
    // Glyph ids are numbered in the order a document first uses them; a second document
    // using the same words in another order must not reuse the first one's numbers.
    const text = async (latin: string, chinese: string) => {
      const file = join(tempDir(), 'words.pdf')
      writeFileSync(file, await renderPdf({ content: [{ text: latin }, { text: chinese, font: CJK }], styles }))
      return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ').trim()
    }
    expect(await text('zebra quilt', '西安 创新')).toBe('zebra quilt 西安 创新')
    expect(await text('jolly vexing quilt zebra', '创新 西安')).toBe('jolly vexing quilt zebra 创新 西安')
    expect(await text('quilt zebra jolly', '西安 产教融合 创新')).toBe('quilt zebra jolly 西安 产教融合 创新')
  })
})
