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
  const id = notifications.show({
    autoClose: UNDO_WINDOW_MS,
    withCloseButton: true,
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
          {i18n.t('editing:delete.done', { what: options.what })}
        </Text>
        <Button
          size="xs"
          variant="light"
          data-testid="undo-delete"
          onClick={() => {
            undone = true
            notifications.hide(id)
            restore()
          }}
        >
          {i18n.t('editing:delete.undo')}
        </Button>
      </Group>
    ),
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
