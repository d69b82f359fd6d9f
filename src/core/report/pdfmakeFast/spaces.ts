/* The spaces around a word: what TextInlines#measure cuts from a line's ends */

const WHITESPACE = /\s/

/** Whether a UTF-16 unit is what `\s` matches: ASCII spaces at once, anything else asked of the regex. */
const isSpace = (unit: number) => unit === 32 || (unit >= 9 && unit <= 13) || (unit >= 128 && WHITESPACE.test(String.fromCharCode(unit)))

/**
 * The whitespace a word starts or ends with, as /^(\s)+/ and /(\s)+$/ find it: nearly every
 * word ends with a space, and the regexes made a match (an array and a string) for each.
 */
export function leadingSpaces(text: string): string {
  let end = 0
  while (end < text.length && isSpace(text.charCodeAt(end))) end++
  return end === 0 ? '' : text.slice(0, end)
}

export function trailingSpaces(text: string): string {
  let start = text.length
  while (start > 0 && isSpace(text.charCodeAt(start - 1))) start--
  if (start === text.length) return ''
  return start === text.length - 1 && text.charCodeAt(start) === 32 ? ' ' : text.slice(start)
}
