import { describe, expect, it } from 'vitest'
import { renderMarkdown, markdown } from '../../src/shared/markdown'

describe('the Markdown renderer behind every preview', () => {
  it('renders what facilitators write: bold, italic, lists, numbered lists, block quotes, links', () => {
    const html = renderMarkdown('**Argentum** and *iHARBOUR*\n\n- one\n- two\n\n1. first\n2. second\n\n> Education is central\n\n[IURC](https://example.org)')
    expect(html).toContain('<strong>Argentum</strong>')
    expect(html).toContain('<em>iHARBOUR</em>')
    expect(html).toMatch(/<ul>\s*<li>one<\/li>/)
    expect(html).toMatch(/<ol>\s*<li>first<\/li>/)
    expect(html).toMatch(/<blockquote>\s*<p>Education is central<\/p>/)
    expect(html).toContain('<a href="https://example.org">IURC</a>')
  })

  it('keeps raw HTML as visible text, so nothing typed or pasted can run', () => {
    const html = renderMarkdown('<img src=x onerror=alert(1)> <script>alert(2)</script>')
    expect(html).not.toMatch(/<img|<script/)
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).toContain('&lt;script&gt;')
  })

  it('makes links only of web and mail addresses', () => {
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'file:///etc/passwd', 'data:text/html,<b>x</b>', 'vbscript:x']) {
      expect(renderMarkdown(`[click](${bad})`)).not.toContain('<a ')
    }
    expect(renderMarkdown('[mail](mailto:a@example.org)')).toContain('href="mailto:a@example.org"')
    expect(renderMarkdown('see https://example.org/x')).toContain('<a href="https://example.org/x">')
  })

  it('renders a one-line entry inline, with the same safety', () => {
    expect(markdown.renderInline('**Smart** <b>x</b>')).toBe('<strong>Smart</strong> &lt;b&gt;x&lt;/b&gt;')
  })

  it('keeps an SQL-looking title as text', () => {
    expect(renderMarkdown("Robert'); DROP TABLE workshops;--")).toContain('DROP TABLE workshops;')
  })
})
