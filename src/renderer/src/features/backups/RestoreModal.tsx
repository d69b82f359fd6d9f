import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, errorMessage } from '../../api/client'
import { countsSummary } from './counts'
import { formatSize } from './files'
import type { RestoreTarget } from './useRestoreFlow'

interface Props {
  target: RestoreTarget | null
  onClose: () => void
  onRestored: (undoBackupId: string | null) => void
}

/** What a backup or a chosen file holds, before it replaces the current data. */
export function RestoreModal({ target, onClose, onRestored }: Props) {
  const { t } = useTranslation('backups')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const preview = target?.preview

  const restore = async () => {
    if (!target) return
    setBusy(true)
    setError(null)
    try {
      const { undoBackupId } = await api.restoreDatabase(target.source)
      onRestored(undoBackupId)
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal opened={target !== null} onClose={onClose} title={t(target?.kind === 'file' ? 'preview.fileTitle' : 'preview.title')} size="lg">
      {preview && target && (
        <Stack data-testid="restore-preview">
          <Text fw={600}>
            {target.label} · {formatSize(preview.size)}
          </Text>
          {preview.problem ? (
            <Alert color="red" title={t('preview.problem')}>
              {preview.problem}
            </Alert>
          ) : (
            <>
              <Text>
                {t('preview.contains')}: {countsSummary(t, preview.counts)}
              </Text>
              {preview.workshops.length > 0 && (
                <div>
                  <Text size="sm" c="dimmed">
                    {t('preview.workshops')}
                  </Text>
                  <List size="sm">
                    {preview.workshops.slice(0, 8).map((w, i) => (
                      <List.Item key={i}>
                        {w.date} — {w.title}
                      </List.Item>
                    ))}
                  </List>
                  {preview.workshops.length > 8 && (
                    <Text size="sm" c="dimmed">
                      {t('preview.more', { count: preview.workshops.length - 8 })}
                    </Text>
                  )}
                </div>
              )}
              <Text size="sm">{t('preview.explain')}</Text>
            </>
          )}
          {error && <Alert color="red">{error}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button color="orange" onClick={() => void restore()} loading={busy} disabled={preview.problem !== null}>
              {t('preview.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  )
}
