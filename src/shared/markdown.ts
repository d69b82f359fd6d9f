import MarkdownIt from 'markdown-it'

/**
 * The one Markdown parser of the app: the editor's preview and the PDF/Markdown reports
 * read the same tokens, so what the facilitator sees is what participants get.
 * Raw HTML is never parsed as HTML (`html: false`): it stays text.
 */
export const markdown = new MarkdownIt({ html: false, linkify: true, typographer: true, breaks: false })

// Only web and mail links are links; anything else (javascript:, file:, data:) is plain text.
const allowedLink = /^(https?:|mailto:)/i
markdown.validateLink = (url: string) => allowedLink.test(url.trim())

export type MarkdownToken = ReturnType<MarkdownIt['parse']>[number]

export const parseMarkdown = (source: string): MarkdownToken[] => markdown.parse(source, {})

/** Safe HTML for the in-app preview (escaped text, vetted links only). */
export const renderMarkdown = (source: string): string => markdown.render(source)
