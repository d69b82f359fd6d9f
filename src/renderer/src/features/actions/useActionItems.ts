import { useCallback, useEffect, useState } from 'react'
import type { ActionItemListed, ActionStatus } from '../../../../shared/domain/note'
import { api, errorMessage } from '../../api/client'

export interface ActionFilter {
  cityId: string | null
  owner: string
  status: ActionStatus | null
}

/** The cross-workshop action list for the current filter; reloads when the filter changes. */
export function useActionItems(filter: ActionFilter) {
  const [items, setItems] = useState<ActionItemListed[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  const reload = useCallback(async () => {
    try {
      setItems(
        await api.listActionItems({
          cityId: filter.cityId ?? undefined,
          owner: filter.owner.trim() || undefined,
          status: filter.status ?? undefined
        })
      )
      setError(null)
    } catch (e) {
      setError(errorMessage(e))
    }
  }, [filter.cityId, filter.owner, filter.status])

  useEffect(() => {
    void reload()
  }, [reload])

  return { items, error, reload }
}

/** Today on the facilitator's calendar (local date, not UTC: a task due today is not overdue at 23:00). */
export function today(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

export const isOverdue = (item: { status: ActionStatus; dueDate: string | null }, on: string): boolean =>
  item.status === 'open' && item.dueDate !== null && item.dueDate < on
