import { parseMarkdown } from '../markdown'

/**
 * The words of a one-line Markdown entry without its markup ("*Teacher qualification*" →
 * "Teacher qualification"), for places that list evidence as plain lines.
 */
export function plainText(source: string): string {
  const words: string[] = []
  for (const token of parseMarkdown(source)) {
    if (token.type !== 'inline') continue
    if (words.length > 0) words.push(' ')
    for (const child of token.children ?? []) {
      if (child.type === 'text' || child.type === 'code_inline') words.push(child.content)
      else if (child.type === 'softbreak' || child.type === 'hardbreak') words.push(' ')
    }
  }
  return words.join('').replace(/\s+/g, ' ').trim()
}
