import { Button, Group, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import i18n from '../i18n'
import { errorMessage } from '../api/client'

const UNDO_WINDOW_MS = 7000

// Records waiting out their undo window: lists that reload meanwhile must still hide them.
const pending = new Set<string>()
export const withoutPendingDeletes = <T extends { id: string }>(items: T[]): T[] => (pending.size ? items.filter((i) => !pending.has(i.id)) : items)

/**
 * Deletes with an undo toast. The record is hidden at once but really deleted only when the
 * toast closes without Undo. We chose delaying over re-creating: deleting a workshop, city
 * or speaker cascades to links and case studies, which a re-create could not bring back
 * exactly. If the app closes inside the window, the delete simply never happens: the safe
 * way to fail.
 */
export function deleteWithUndo(options: {
  /** The record's id, kept out of reloaded lists until the delete is final or undone. */
  id?: string
  what: string
  hide: () => void
  restore: () => void
  commit: () => Promise<unknown>
  afterCommit?: () => void
}): void {
  let undone = false
  const restore = () => {
    if (options.id) pending.delete(options.id)
    options.restore()
  }
  if (options.id) pending.add(options.id)
  options.hide()
  showUndoToast({
    message: i18n.t('editing:delete.done', { what: options.what }),
    testId: 'undo-delete',
    onUndo: () => {
      undone = true
      restore()
    },
    onClose: () => {
      if (undone) return
      options
        .commit()
        .then(() => {
          if (options.id) pending.delete(options.id)
          options.afterCommit?.()
        })
        .catch((error: unknown) => {
          restore()
          notifications.show({ color: 'red', message: i18n.t('editing:delete.failed', { message: errorMessage(error) }) })
        })
    }
  })
}

/**
 * The one undo toast: a line saying what went, and Undo. What undo means is the caller's —
 * a delete held back until the toast closes (above), or a deleted record put back (notes,
 * agenda items, which the service can restore with their id).
 */
export function showUndoToast(options: { message: string; testId: string; onUndo: () => void; onClose?: () => void }): string {
  const id: string = notifications.show({
    autoClose: UNDO_WINDOW_MS,
    withCloseButton: true,
    onClose: options.onClose,
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
          {options.message}
        </Text>
        <Button
          size="xs"
          variant="light"
          data-testid={options.testId}
          onClick={() => {
            // Undo first: hiding the toast runs onClose, which must already know it was undone.
            options.onUndo()
            notifications.hide(id)
          }}
        >
          {i18n.t('common:actions.undo')}
        </Button>
      </Group>
    )
  })
  return id
}
