import { Alert, Button, Card, Center, Code, Group, Stack, Text, Title } from '@mantine/core'
import { IconAlertTriangle, IconFolderOpen, IconRestore } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BackupInfo, DataStatus } from '../../../../shared/domain/safety'
import { api } from '../../api/client'
import { BackupList, useDateTime } from '../backups/BackupList'
import { countsSummary } from '../backups/counts'
import { RestoreModal } from '../backups/RestoreModal'
import { useRestoreFlow } from '../backups/useRestoreFlow'

interface Props {
  error: { code?: string; message: string }
  /** The data file was replaced: start the app again. */
  onRecovered: () => void
  onRetry: () => void
}

/**
 * Shown instead of the app when the data file cannot be opened. The file has not been touched;
 * the way out is a backup or another file, never an empty database in its place.
 */
export function RecoveryScreen({ error, onRecovered, onRetry }: Props) {
  const { t } = useTranslation('recovery')
  const dateTime = useDateTime()
  const [status, setStatus] = useState<DataStatus | null>(null)
  const [backups, setBackups] = useState<BackupInfo[]>([])
  const flow = useRestoreFlow()
  const newer = error.code === 'db_newer_than_app'

  useEffect(() => {
    void api.getDataStatus({}).then(setStatus, () => undefined)
    void api.listBackups({}).then((list) => setBackups(list.backups.filter((b) => b.counts !== null)), () => undefined)
  }, [])

  const latest = backups[0]
  return (
    <Center mih="100vh" p="xl">
      <Stack maw={760} w="100%" data-testid="recovery-screen" data-code={error.code}>
        <Group gap="sm" wrap="nowrap">
          <IconAlertTriangle size={32} color="var(--mantine-color-orange-6)" />
          <Title order={2}>{t(newer ? 'newerTitle' : 'title')}</Title>
        </Group>
        <Text>{t(newer ? 'newerExplain' : 'explain')}</Text>
        {status && (
          <Text size="sm">
            {t('file')}: <Code>{status.dataFile}</Code>
          </Text>
        )}
        <Alert color="gray" title={t('details')} data-testid="boot-error" data-code={error.code}>
          <Text size="sm">{error.message}</Text>
        </Alert>
        {flow.error && <Alert color="red">{flow.error}</Alert>}
        <Card withBorder>
          <Stack>
            {latest ? (
              <Text>
                <b>{t('latest')}:</b> {dateTime(latest.createdAt)} — {countsSummary(t, latest.counts)}
              </Text>
            ) : (
              <Text c="dimmed">{t('noBackups', { folder: status?.backupFolder ?? '' })}</Text>
            )}
            <Group>
              {latest && (
                <Button leftSection={<IconRestore size={16} />} loading={flow.busy} onClick={() => void flow.askBackup(latest.id, dateTime(latest.createdAt))}>
                  {t('restoreLatest')}
                </Button>
              )}
              <Button variant={latest ? 'default' : 'filled'} leftSection={<IconFolderOpen size={16} />} loading={flow.busy} onClick={() => void flow.askFile()}>
                {t('openOther')}
              </Button>
              <Button variant="subtle" onClick={onRetry}>
                {t('retry')}
              </Button>
            </Group>
          </Stack>
        </Card>
        {backups.length > 1 && (
          <Stack gap="xs">
            <Title order={4}>{t('otherBackups')}</Title>
            <BackupList backups={backups.slice(1)} busy={flow.busy} onRestore={(b, label) => void flow.askBackup(b.id, label)} />
          </Stack>
        )}
      </Stack>
      <RestoreModal target={flow.target} onClose={flow.close} onRestored={() => (flow.close(), onRecovered())} />
    </Center>
  )
}
