import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef } from 'react'
import type { Note, NoteKind } from '../../../../shared/domain/note'
import type { NoteChanges } from './NoteEditor'
import { NoteRow, type NoteContext } from './NoteRow'

interface Props {
  notes: Note[]
  context: NoteContext
  focus?: string
  onMark: (note: Note, kind: NoteKind) => void
  onChange: (note: Note, changes: NoteChanges) => void
  onDelete: (note: Note) => void
}

/**
 * Only the rows in view are in the page, so a workshop with 100,000 notes scrolls as
 * smoothly as one with ten. Rows measure themselves (notes differ in length). Follows the
 * newest note while the facilitator is at the bottom; a search hit is scrolled to and marked.
 */
export function NoteList({ notes, context, focus, onMark, onChange, onDelete }: Props) {
  const scroller = useRef<HTMLDivElement>(null)
  // The virtualizer's functions change every render by design; this component need not be memoized.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: notes.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 76,
    overscan: 6,
    getItemKey: (index) => notes[index]?.id ?? index
  })
  const atBottom = useRef(true)
  const focusIndex = focus ? notes.findIndex((n) => n.id === focus) : -1

  useEffect(() => {
    if (focusIndex >= 0) virtualizer.scrollToIndex(focusIndex, { align: 'center' })
  }, [focusIndex, virtualizer])

  useEffect(() => {
    if (focusIndex < 0 && atBottom.current && notes.length > 0) virtualizer.scrollToIndex(notes.length - 1, { align: 'end' })
  }, [notes.length, focusIndex, virtualizer])

  return (
    <div
      ref={scroller}
      data-testid="note-list"
      onScroll={(event) => {
        const el = event.currentTarget
        atBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < 40
      }}
      style={{ height: 'max(320px, calc(100vh - 420px))', overflowY: 'auto', contain: 'strict' }}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => {
          const note = notes[row.index]
          if (!note) return null
          return (
            <div
              key={row.key}
              data-index={row.index}
              ref={virtualizer.measureElement}
              style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${row.start}px)`, paddingBottom: 6, paddingRight: 4 }}
            >
              <NoteRow note={note} context={context} focused={note.id === focus} onMark={onMark} onChange={onChange} onDelete={onDelete} />
            </div>
          )
        })}
      </div>
    </div>
  )
}
