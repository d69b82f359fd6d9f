import { Alert, Badge, Button, Group, Modal, ScrollArea, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CsvKind, CsvPreview } from '../../../../shared/domain/safety'
import { api, errorMessage } from '../../api/client'

interface Props {
  file: { kind: CsvKind; name: string; text: string } | null
  onClose: () => void
  onImported: () => void
}

/** Column mapping, then a dry run of every row; the import saves all rows or none. */
export function CsvImportModal({ file, onClose, onImported }: Props) {
  const { t } = useTranslation('backups')
  const [mapping, setMapping] = useState<Record<string, string> | undefined>(undefined)
  const [preview, setPreview] = useState<CsvPreview | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    setMapping(undefined)
    setPreview(null)
    setError(null)
  }, [file])

  useEffect(() => {
    if (!file) return
    let current = true
    api
      .previewCsvImport({ kind: file.kind, text: file.text, mapping })
      .then((p) => current && (setPreview(p), setError(null)))
      .catch((e: unknown) => current && setError(errorMessage(e)))
    return () => {
      current = false
    }
  }, [file, mapping])

  const mapColumn = (header: string, field: string | null) => {
    const next = { ...(preview?.mapping ?? {}) }
    for (const [h, f] of Object.entries(next)) if (h === header || (field && f === field)) delete next[h]
    if (field) next[header] = field
    setMapping(next)
  }

  const importRows = async () => {
    if (!file || !preview) return
    setBusy(true)
    try {
      const { created } = await api.importCsv({ kind: file.kind, text: file.text, mapping: preview.mapping })
      notifications.show({ color: 'green', message: t('csv.created', { count: created }) })
      onImported()
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  const fields = preview?.fields.map((f) => f.name) ?? []
  return (
    <Modal opened={file !== null} onClose={onClose} title={t('exchange.importTitle', { name: file?.name ?? '' })} size="xl">
      <Stack data-testid="csv-preview">
        {error && <Alert color="red">{error}</Alert>}
        {preview && (
          <>
            <Text fw={600}>{t('csv.mapping')}</Text>
            <SimpleGrid cols={3}>
              {preview.headers.map((header) => (
                <Select
                  key={header}
                  label={header}
                  value={preview.mapping[header] ?? null}
                  placeholder={t('csv.ignore')}
                  clearable
                  data={preview.fields.map((f) => ({ value: f.name, label: `${t(`csv.fields.${f.name}`)}${f.required ? ' *' : ''}` }))}
                  onChange={(value) => mapColumn(header, value)}
                />
              ))}
            </SimpleGrid>
            <Group gap="xs">
              <Text size="sm" c="dimmed">
                {t('csv.dryRun')}
              </Text>
              <Badge color={preview.invalid ? 'red' : 'green'} variant="light">
                {t('csv.summary', { valid: preview.valid, invalid: preview.invalid })}
              </Badge>
            </Group>
            <ScrollArea h={260}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('csv.line')}</Table.Th>
                    {fields.map((f) => (
                      <Table.Th key={f}>{t(`csv.fields.${f}`)}</Table.Th>
                    ))}
                    <Table.Th>{t('csv.problems')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.rows.map((row) => (
                    <Table.Tr key={row.line} bg={row.errors.length ? 'var(--mantine-color-red-light)' : undefined}>
                      <Table.Td>{row.line}</Table.Td>
                      {fields.map((f) => (
                        <Table.Td key={f}>{row.values[f] ?? ''}</Table.Td>
                      ))}
                      <Table.Td>{row.errors.join(' ')}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea>
            {preview.invalid > 0 && <Text size="sm">{t('csv.fixFirst')}</Text>}
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button onClick={() => void importRows()} loading={busy} disabled={!preview || preview.invalid > 0 || preview.valid === 0}>
            {t('exchange.import')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
