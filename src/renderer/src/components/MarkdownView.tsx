import { Typography } from '@mantine/core'
import { useMemo, type MouseEvent } from 'react'
import { markdown, renderMarkdown } from '../../../shared/markdown'
import { useExternalLink } from './ExternalLink'

/**
 * Markdown shown as formatted text. The HTML comes from the app's one parser with raw HTML
 * disabled and only http/https/mailto links, so typed `<img onerror>` stays visible text.
 * Link clicks never navigate the app window: they ask first, then open outside the app.
 * `inline` renders a one-line entry (a practice, a quote) without paragraph margins.
 */
export function MarkdownView({ source, testId, inline }: { source: string; testId?: string; inline?: boolean }) {
  const html = useMemo(() => (inline ? markdown.renderInline(source) : renderMarkdown(source)), [source, inline])
  const { askToOpen, confirmation } = useExternalLink()

  const onClick = (event: MouseEvent<HTMLElement>) => {
    const anchor = (event.target as HTMLElement).closest('a')
    if (!anchor) return
    event.preventDefault()
    const href = anchor.getAttribute('href')
    if (href) askToOpen(href)
  }

  if (inline) {
    return (
      <>
        <span data-testid={testId} onClick={onClick} dangerouslySetInnerHTML={{ __html: html }} />
        {confirmation}
      </>
    )
  }
  return (
    <>
      <Typography>
        <div className="markdown-view" data-testid={testId} onClick={onClick} dangerouslySetInnerHTML={{ __html: html }} />
      </Typography>
      {confirmation}
    </>
  )
}
