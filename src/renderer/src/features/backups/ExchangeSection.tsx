import { Alert, Button, Card, Group, Modal, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useBusyAction } from '../../hooks/useBusyAction'
import type { ConflictChoice, CsvKind, ImportPreview } from '../../../../shared/domain/safety'
import { api } from '../../api/client'
import { CsvImportModal } from './CsvImportModal'
import { useCommand } from '../../app/commands'
import { chooseFile, saveTextFile, textOf, type ChosenFile } from './files'

type JsonImport = { name: string; text: string; preview: ImportPreview }

/** One JSON document for everything; CSV for the speaker and city lists people keep in spreadsheets. */
export function ExchangeSection({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation('backups')
  const [json, setJson] = useState<JsonImport | null>(null)
  const [choice, setChoice] = useState<ConflictChoice>('skip')
  const [csv, setCsv] = useState<{ kind: CsvKind; name: string; text: string } | null>(null)
  const { busy, error, act } = useBusyAction()


  const exportJson = () =>
    act(async () => {
      const { fileName, text } = await api.exportData({})
      await saveTextFile(fileName, text, 'application/json')
      notifications.show({ message: t('exchange.exported', { name: fileName }) })
    })

  const previewJson = (file: ChosenFile) =>
    act(async () => {
      const text = textOf(file)
      setJson({ name: file.name, text, preview: await api.previewImport({ text }) })
    })

  const chooseJson = () =>
    act(async () => {
      const file = await chooseFile(['json'])
      if (file) await previewJson(file)
    })

  // File ▸ Export… and Import… (and an export file handed to the desktop app) run the same steps.
  useCommand('data.export', () => exportJson())
  useCommand('data.import', ({ file }) => (file ? previewJson(file) : chooseJson()))

  const importJson = () =>
    act(async () => {
      if (!json) return
      const result = await api.importData({ text: json.text, onConflict: choice })
      const sum = (k: 'inserted' | 'replaced' | 'copied' | 'skipped') => result.tables.reduce((n, row) => n + row[k], 0)
      notifications.show({ color: 'green', message: t('exchange.imported', { inserted: sum('inserted'), replaced: sum('replaced'), copied: sum('copied'), skipped: sum('skipped') }) })
      setJson(null)
      onImported()
    })

  const chooseCsv = (kind: CsvKind) =>
    act(async () => {
      const file = await chooseFile(['csv', 'txt'])
      if (file) setCsv({ kind, name: file.name, text: textOf(file) })
    })

  const rows = json?.preview.tables.filter((row) => row.incoming > 0) ?? []
  const hasConflicts = rows.some((row) => row.conflicts > 0)

  return (
    <Card withBorder>
      <Stack>
        <Title order={3}>{t('exchange.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('exchange.intro')}
        </Text>
        {error && <Alert color="red">{error}</Alert>}
        <Group>
          <Button variant="default" onClick={() => void exportJson()} loading={busy}>
            {t('exchange.exportJson')}
          </Button>
          <Button variant="default" onClick={() => void chooseJson()} loading={busy}>
            {t('exchange.importJson')}
          </Button>
        </Group>
        <Group>
          {(['speakers', 'cities'] as const).map((kind) => (
            <Group key={kind} gap="xs">
              <Button
                variant="subtle"
                onClick={() =>
                  void act(async () => {
                    const { fileName, text } = await api.exportCsv({ kind })
                    await saveTextFile(fileName, text, 'text/csv')
                  })
                }
              >
                {t('exchange.exportCsv', { kind: t(`csv.kinds.${kind}`) })}
              </Button>
              <Button variant="subtle" onClick={() => void chooseCsv(kind)}>
                {t('exchange.importCsv', { kind: t(`csv.kinds.${kind}`) })}
              </Button>
            </Group>
          ))}
        </Group>
      </Stack>
      <Modal opened={json !== null} onClose={() => setJson(null)} title={t('exchange.importTitle', { name: json?.name ?? '' })} size="lg">
        <Stack data-testid="import-preview">
          {rows.length === 0 ? (
            <Text>{t('exchange.nothing')}</Text>
          ) : (
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th />
                  <Table.Th>{t('exchange.incoming')}</Table.Th>
                  <Table.Th>{t('exchange.conflicts')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.table}>
                    <Table.Td>{t(`tables.${row.table}`, { defaultValue: row.table.replace(/_/g, ' ') })}</Table.Td>
                    <Table.Td>{row.incoming}</Table.Td>
                    <Table.Td>{row.conflicts}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {hasConflicts && (
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                {t('exchange.onConflict')}
              </Text>
              <SegmentedControl
                value={choice}
                onChange={(v) => setChoice(v as ConflictChoice)}
                data={(['skip', 'replace', 'copy'] as const).map((value) => ({ value, label: t(`exchange.choices.${value}`) }))}
              />
            </Stack>
          )}
          {error && <Alert color="red">{error}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setJson(null)}>
              {t('common:actions.cancel')}
            </Button>
            <Button onClick={() => void importJson()} loading={busy} disabled={rows.length === 0}>
              {t('exchange.import')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <CsvImportModal file={csv} onClose={() => setCsv(null)} onImported={() => (setCsv(null), onImported())} />
    </Card>
  )
}
