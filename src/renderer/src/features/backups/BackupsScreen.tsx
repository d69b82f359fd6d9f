import { Alert, Button, Card, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconDatabaseExport, IconFileImport } from '@tabler/icons-react'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useBusyAction } from '../../hooks/useBusyAction'
import type { BackupInfo, DataStatus } from '../../../../shared/domain/safety'
import { api, errorMessage } from '../../api/client'
import { useCommand } from '../../app/commands'
import { BackupList } from './BackupList'
import { dataReplaced } from './dataReplaced'
import { ExchangeSection } from './ExchangeSection'
import { RestoreModal } from './RestoreModal'
import { useRestoreFlow } from './useRestoreFlow'

/** Backups, restore with undo, and export/import: everything that keeps the facilitator's data safe. */
export function BackupsScreen() {
  const { t } = useTranslation('backups')
  const [status, setStatus] = useState<DataStatus | null>(null)
  const [backups, setBackups] = useState<BackupInfo[] | null>(null)
  const [folder, setFolder] = useState('')
  const [undo, setUndo] = useState<string | null>(null)
  const { busy, error, setError, act } = useBusyAction()
  const flow = useRestoreFlow()

  const load = useCallback(async () => {
    const [s, list] = await Promise.all([api.getDataStatus({}), api.listBackups({})])
    setStatus(s)
    setFolder(s.backupFolder)
    setBackups(list.backups)
  }, [])

  useEffect(() => {
    void load().catch((e: unknown) => setError(errorMessage(e)))
  }, [load, setError])


  const restored = async (undoBackupId: string | null) => {
    flow.close()
    setUndo(undoBackupId)
    await dataReplaced()
    await load()
  }

  const backupNow = () =>
    act(async () => {
      const backup = await api.backupNow({})
      notifications.show({ message: t('backedUp', { name: backup.id }), color: 'green' })
      await load()
    })

  // File ▸ Back up now and Restore… run the same steps as the buttons below.
  useCommand('data.backup', () => backupNow())
  useCommand('data.restore', () => flow.askFile())

  const undoRestore = () =>
    act(async () => {
      if (!undo) return
      await api.restoreDatabase({ backupId: undo })
      setUndo(null)
      notifications.show({ message: t('undone'), color: 'green' })
      await dataReplaced()
      await load()
    })

  return (
    <Stack maw={1000}>
      <Title order={2}>{t('title')}</Title>
      <Text c="dimmed">{t('intro')}</Text>
      {undo && (
        <Alert color="green" data-testid="restored" title={t('restored')}>
          <Button size="xs" variant="white" onClick={() => void undoRestore()} loading={busy}>
            {t('undo')}
          </Button>
        </Alert>
      )}
      {(error ?? flow.error) && <Alert color="red">{error ?? flow.error}</Alert>}
      {!status || !backups ? (
        <Loader />
      ) : (
        <>
          <Card withBorder>
            <Stack gap="xs">
              <Text size="sm">
                <b>{t('dataFile')}:</b> <code>{status.dataFile}</code>
              </Text>
              <Group align="end" gap="xs">
                <TextInput label={t('folder')} value={folder} onChange={(e) => setFolder(e.currentTarget.value)} placeholder={t('folderPlaceholder')} style={{ flex: 1 }} />
                <Button
                  variant="default"
                  disabled={busy || folder === status.backupFolder}
                  onClick={() =>
                    void act(async () => {
                      const saved = await api.setBackupFolder({ folder: folder.trim() || null })
                      notifications.show({ message: t('folderSaved', { folder: saved.folder }) })
                      await load()
                    })
                  }
                >
                  {t('changeFolder')}
                </Button>
              </Group>
            </Stack>
          </Card>
          <Group>
            <Button
              leftSection={<IconDatabaseExport size={16} />}
              loading={busy}
              onClick={() => void backupNow()}
            >
              {t('backupNow')}
            </Button>
            <Button variant="default" leftSection={<IconFileImport size={16} />} loading={flow.busy} onClick={() => void flow.askFile()}>
              {t('restoreFromFile')}
            </Button>
          </Group>
          <BackupList backups={backups} busy={flow.busy} onRestore={(b, label) => void flow.askBackup(b.id, label)} />
          <ExchangeSection onImported={() => void dataReplaced().then(load)} />
        </>
      )}
      <RestoreModal target={flow.target} onClose={flow.close} onRestored={(id) => void restored(id)} />
    </Stack>
  )
}
