import { useCallback, useEffect, useState } from 'react'
import type { ScheduledItem } from '../../../../shared/domain/agenda'
import type { Note } from '../../../../shared/domain/note'
import { api, errorMessage } from '../../api/client'

const byTime = (a: Note, b: Note) => a.takenAt.localeCompare(b.takenAt) || a.createdAt.localeCompare(b.createdAt)

/** A workshop's notes (oldest first) and its agenda items for linking; edits keep the list sorted. */
export function useNotes(workshopId: string) {
  const [notes, setNotes] = useState<Note[] | null>(null)
  const [agendaItems, setAgendaItems] = useState<ScheduledItem[]>([])
  const [error, setError] = useState<string | null>(null)

  const reload = useCallback(async () => {
    try {
      setNotes(await api.listNotes({ workshopId }))
      setError(null)
    } catch (e) {
      setError(errorMessage(e))
    }
    // Notes work without an agenda: a missing or failing agenda just leaves nothing to link to.
    api
      .getAgenda({ workshopId })
      .then((agenda) => setAgendaItems(agenda.items))
      .catch(() => setAgendaItems([]))
  }, [workshopId])

  useEffect(() => {
    void reload()
  }, [reload])

  const noteSaved = useCallback((note: Note) => {
    setNotes((list) => {
      const current = list ?? []
      const index = current.findIndex((n) => n.id === note.id)
      if (index >= 0) return current.map((n, i) => (i === index ? note : n))
      const last = current.at(-1)
      // The usual case during a live session is a note newer than all others: no re-sort of 100,000 rows.
      return !last || byTime(last, note) <= 0 ? [...current, note] : [...current, note].sort(byTime)
    })
  }, [])
  const noteRemoved = useCallback((id: string) => setNotes((list) => (list ?? []).filter((n) => n.id !== id)), [])

  return { notes, agendaItems, error, reload, noteSaved, noteRemoved }
}
