import type { KeyboardEvent } from 'react'
import type { NoteKind } from '../../../../shared/domain/note'

// `code`, not `key`: on a Mac, Alt+Q types "œ", and on other layouts the letter moves.
const altKeys: Record<string, NoteKind> = { KeyQ: 'quote', KeyP: 'practice', KeyC: 'cooperation', KeyA: 'action', KeyN: 'plain' }
const digitKeys: Record<string, NoteKind> = { Digit1: 'quote', Digit2: 'practice', Digit3: 'cooperation', Digit4: 'action', Digit0: 'plain' }

/** The note kind a key chord asks for (Alt+Q/P/C/A/N or Ctrl/⌘+1–4/0), or null. */
export function kindOfKey(event: KeyboardEvent): NoteKind | null {
  if (event.altKey && !event.ctrlKey && !event.metaKey) return altKeys[event.code] ?? null
  if ((event.ctrlKey || event.metaKey) && !event.altKey) return digitKeys[event.code] ?? null
  return null
}

export const kindColor: Record<NoteKind, string> = {
  plain: 'gray',
  quote: 'grape',
  practice: 'teal',
  cooperation: 'blue',
  action: 'orange'
}
