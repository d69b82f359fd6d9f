import { Button, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { localeOf } from '../../i18n'
import type { BackupInfo } from '../../../../shared/domain/safety'
import { countsSummary } from './counts'
import { formatSize } from './files'

export function useDateTime() {
  const { i18n } = useTranslation()
  const format = new Intl.DateTimeFormat(localeOf(i18n.language), { dateStyle: 'medium', timeStyle: 'medium' })
  return (iso: string) => format.format(new Date(iso))
}

interface Props {
  backups: BackupInfo[]
  onRestore: (backup: BackupInfo, label: string) => void
  busy?: boolean
}

export function BackupList({ backups, onRestore, busy }: Props) {
  const { t } = useTranslation('backups')
  const dateTime = useDateTime()
  if (backups.length === 0) return <Text c="dimmed">{t('empty')}</Text>
  return (
    <Table striped highlightOnHover data-testid="backup-list">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('columns.date')}</Table.Th>
          <Table.Th>{t('columns.reason')}</Table.Th>
          <Table.Th>{t('columns.size')}</Table.Th>
          <Table.Th>{t('columns.contents')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {backups.map((backup) => (
          <Table.Tr key={backup.id} data-testid="backup-row">
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{dateTime(backup.createdAt)}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`reasons.${backup.reason}`)}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatSize(backup.size)}</Table.Td>
            <Table.Td>{backup.reason === 'damaged-file' ? '—' : countsSummary(t, backup.counts)}</Table.Td>
            <Table.Td>
              {backup.reason !== 'damaged-file' && backup.counts !== null && (
                <Button size="xs" variant="light" disabled={busy} onClick={() => onRestore(backup, dateTime(backup.createdAt))}>
                  {t('restore')}
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
