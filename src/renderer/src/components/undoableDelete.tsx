import { Button, Group, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import i18n from '../i18n'
import { errorMessage } from '../api/client'

const UNDO_WINDOW_MS = 7000

/**
 * Deletes with an undo toast. The record is hidden at once but really deleted only when the
 * toast closes without Undo. We chose delaying over re-creating: deleting a workshop, city
 * or speaker cascades to links and case studies, which a re-create could not bring back
 * exactly. If the app closes inside the window, the delete simply never happens: the safe
 * way to fail.
 */
export function deleteWithUndo(options: {
  what: string
  hide: () => void
  restore: () => void
  commit: () => Promise<unknown>
  afterCommit?: () => void
}): void {
  let undone = false
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
            options.restore()
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
        .then(() => options.afterCommit?.())
        .catch((error: unknown) => {
          options.restore()
          notifications.show({ color: 'red', message: i18n.t('editing:delete.failed', { message: errorMessage(error) }) })
        })
    }
  })
}
