import { Mark } from '@mantine/core'
import type { SnippetPart } from '../../../../shared/domain/search'

/**
 * A snippet with its matched words highlighted. The service sends plain text parts with a
 * hit flag, so user text is only ever rendered as text: no HTML from a note reaches the page.
 */
export function Highlighted({ parts }: { parts: SnippetPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.hit ? (
          <Mark key={i} data-testid="search-hit-mark">
            {part.text}
          </Mark>
        ) : (
          <span key={i}>{part.text}</span>
        )
      )}
    </>
  )
}
