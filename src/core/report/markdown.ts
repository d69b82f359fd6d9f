import type { Content } from 'pdfmake/interfaces'
import { parseMarkdown, type MarkdownToken } from '../../shared/markdown'
import { scriptInlines, styledInlines } from './scripts'
import type { TableLayoutName } from './styles'

/**
 * Markdown (as the app's editor and preview read it: the shared markdown-it parser) →
 * pdfmake content. Links print as their text followed by the URL, since paper cannot be
 * clicked; images print as their description and address and are never loaded.
 */
interface InlineStyle {
  bold: boolean
  italics: boolean
}

function inlines(children: MarkdownToken[]): Content[] {
  const out: Content[] = []
  const style: InlineStyle = { bold: false, italics: false }
  let bold = 0
  let italics = 0
  let link: { href: string; text: string } | null = null
  const push = (text: string, extra: Record<string, unknown> = {}) => {
    if (!text) return
    if (link) link.text += text
    // Only what the Markdown sets: bold or italics from the block's style (a heading, a quote) stay.
    out.push(...styledInlines(text, { ...(style.bold ? { bold: true } : {}), ...(style.italics ? { italics: true } : {}), ...extra }))
  }
  for (const token of children) {
    switch (token.type) {
      case 'text':
        push(token.content)
        break
      case 'code_inline':
        push(token.content, { style: 'code' })
        break
      case 'softbreak':
        push(' ')
        break
      case 'hardbreak':
        push('\n')
        break
      case 'strong_open':
      case 'strong_close':
        bold += token.type === 'strong_open' ? 1 : -1
        break
      case 'em_open':
      case 'em_close':
        italics += token.type === 'em_open' ? 1 : -1
        break
      case 'link_open':
        link = { href: token.attrGet('href') ?? '', text: '' }
        break
      case 'link_close':
        if (link && link.href && link.href.replace(/^mailto:/, '') !== link.text) {
          const href = link.href
          link = null
          push(` (${href})`, { style: 'linkUrl' })
        }
        link = null
        break
      case 'image':
        push(`[${token.content || 'image'}: ${token.attrGet('src') ?? ''}]`, { style: 'linkUrl' })
        break
      default:
        push(token.content)
    }
    style.bold = bold > 0
    style.italics = italics > 0
  }
  return out
}

/** Reads blocks from `start` until the token that closes the enclosing block; returns where it stopped. */
function blocks(tokens: MarkdownToken[], start: number, close?: string): [Content[], number] {
  const out: Content[] = []
  let i = start
  while (i < tokens.length) {
    const token = tokens[i]!
    if (close && token.type === close) return [out, i + 1]
    switch (token.type) {
      case 'paragraph_open': {
        const inline = tokens[i + 1]!
        // Inside a tight list, markdown-it hides paragraphs; they still need no extra margin.
        out.push({ text: inlines(inline.children ?? []), style: token.hidden ? 'listText' : 'paragraph' })
        i += 3
        break
      }
      case 'heading_open': {
        const level = Number(token.tag.slice(1))
        out.push({ text: inlines(tokens[i + 1]!.children ?? []), style: level <= 2 ? 'noteHeading' : 'noteSubheading' })
        i += 3
        break
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const ordered = token.type === 'ordered_list_open'
        const [items, next] = listItems(tokens, i + 1, ordered ? 'ordered_list_close' : 'bullet_list_close')
        const startAt = Number(token.attrGet('start') ?? 1)
        out.push(ordered ? { ol: items, start: startAt, style: 'list' } : { ul: items, style: 'list' })
        i = next
        break
      }
      case 'blockquote_open': {
        const [inner, next] = blocks(tokens, i + 1, 'blockquote_close')
        out.push({ table: { widths: ['*'], body: [[{ stack: inner, style: 'blockQuote' }]] }, layout: 'quoteBar' satisfies TableLayoutName, style: 'blockQuoteBox' })
        i = next
        break
      }
      case 'fence':
      case 'code_block':
        out.push({ text: scriptInlines(token.content.replace(/\n$/, '')), style: 'codeBlock' })
        i += 1
        break
      case 'hr':
        out.push({ canvas: [{ type: 'line', x1: 0, y1: 0, x2: 120, y2: 0, lineWidth: 0.5, lineColor: '#b0b7c3' }], margin: [0, 6, 0, 10] })
        i += 1
        break
      case 'table_open': {
        const [table, next] = tableBlock(tokens, i + 1)
        out.push(table)
        i = next
        break
      }
      default:
        // Anything else (raw HTML is parsed as text already) is skipped rather than guessed at.
        i += 1
    }
  }
  return [out, i]
}

function listItems(tokens: MarkdownToken[], start: number, close: string): [Content[], number] {
  const items: Content[] = []
  let i = start
  while (i < tokens.length && tokens[i]!.type !== close) {
    if (tokens[i]!.type === 'list_item_open') {
      const [inner, next] = blocks(tokens, i + 1, 'list_item_close')
      items.push(inner.length === 1 ? inner[0]! : { stack: inner })
      i = next
    } else i += 1
  }
  return [items, i + 1]
}

function tableBlock(tokens: MarkdownToken[], start: number): [Content, number] {
  const rows: Content[][] = []
  let row: Content[] = []
  let i = start
  for (; i < tokens.length && tokens[i]!.type !== 'table_close'; i++) {
    const token = tokens[i]!
    if (token.type === 'tr_open') row = []
    else if (token.type === 'tr_close') rows.push(row)
    else if (token.type === 'th_open' || token.type === 'td_open') {
      row.push({ text: inlines(tokens[i + 1]!.children ?? []), style: token.type === 'th_open' ? 'tableHeader' : 'tableCell' })
    }
  }
  const columns = Math.max(1, ...rows.map((r) => r.length))
  const body = rows.map((r) => [...r, ...Array<Content>(columns - r.length).fill('')])
  return [{ table: { headerRows: 1, widths: Array(columns).fill('*'), body }, layout: 'lightHorizontalLines', style: 'noteTable' }, i + 1]
}

/** Markdown text → pdfmake blocks. Empty or blank text gives no blocks. */
export function markdownToPdf(source: string): Content[] {
  if (!source.trim()) return []
  return blocks(parseMarkdown(source), 0)[0]
}
