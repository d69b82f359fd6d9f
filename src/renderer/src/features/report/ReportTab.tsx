import { Alert, Button, Grid, Group, Loader, Progress, SegmentedControl, Stack, Switch, Text, TextInput } from '@mantine/core'
import { IconDownload, IconMarkdown } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReportSettings } from '../../../../shared/contract/report'
import { saveFile } from '../../platform/files'
import type { WorkshopTabProps } from '../workshops/tabs'
import { PdfPreview } from './PdfPreview'
import { SectionPicker } from './SectionPicker'
import { useReportJob } from './useReportJob'
import { useReportSettings } from './useReportSettings'

const PREVIEW_DELAY_MS = 500

/** The workshop page's Report tab: choose what goes in, see the PDF, save it. */
export function ReportTab({ detail }: WorkshopTabProps) {
  const { t } = useTranslation('report')
  const workshopId = detail.workshop.id
  const { settings, change, error: settingsError } = useReportSettings(workshopId)
  const preview = useReportJob()
  const saving = useReportJob()
  const [pdf, setPdf] = useState<Uint8Array | null>(null)
  const [saved, setSaved] = useState<string | null>(null)
  const { run: runPreview } = preview

  // The preview follows the settings (and the workshop's latest save), once typing pauses.
  useEffect(() => {
    if (!settings) return
    const timer = setTimeout(() => {
      void runPreview({ ...settings, workshopId, format: 'pdf' }).then((file) => file && setPdf(file.bytes))
    }, PREVIEW_DELAY_MS)
    return () => clearTimeout(timer)
  }, [settings, workshopId, runPreview, detail.workshop.updatedAt])

  if (settingsError) return <Alert color="red">{settingsError}</Alert>
  if (!settings) return <Loader />

  const save = async (format: 'pdf' | 'md') => {
    setSaved(null)
    const file = await saving.run({ ...settings, workshopId, format })
    if (file && (await saveFile(file.fileName, file.bytes, file.mimeType))) setSaved(file.fileName)
  }
  const set = <K extends keyof ReportSettings>(key: K) => (value: ReportSettings[K]) => change({ [key]: value } as Partial<ReportSettings>)

  return (
    <Grid gap="xl" data-testid="report-composer">
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Stack gap="md">
          <TextInput
            label={t('titleOverride.label')}
            placeholder={detail.workshop.title}
            description={t('titleOverride.hint')}
            value={settings.titleOverride}
            onChange={(e) => set('titleOverride')(e.currentTarget.value)}
          />
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('paper.label')}
            </Text>
            <SegmentedControl
              aria-label={t('paper.label')}
              value={settings.paper}
              onChange={(v) => set('paper')(v as ReportSettings['paper'])}
              data={[
                { value: 'a4', label: t('paper.a4') },
                { value: 'letter', label: t('paper.letter') }
              ]}
            />
          </div>
          <Switch label={t('privateNotes')} checked={settings.includePrivateNotes} onChange={(e) => set('includePrivateNotes')(e.currentTarget.checked)} />
          <Switch label={t('approvedQuotes')} checked={settings.approvedQuotesOnly} onChange={(e) => set('approvedQuotesOnly')(e.currentTarget.checked)} />
          <SectionPicker chosen={settings.sections} onChange={set('sections')} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack gap="sm">
          <Group justify="space-between">
            <Group gap="xs">
              <Button leftSection={<IconDownload size={16} />} onClick={() => void save('pdf')} loading={saving.progress !== null}>
                {t('save.pdf')}
              </Button>
              <Button variant="default" leftSection={<IconMarkdown size={16} />} onClick={() => void save('md')}>
                {t('save.markdown')}
              </Button>
            </Group>
            {saved && (
              <Text size="sm" c="dimmed" data-testid="report-saved">
                {t('save.done', { file: saved })}
              </Text>
            )}
          </Group>
          {(preview.progress !== null || saving.progress !== null) && (
            <Progress value={Math.round((saving.progress ?? preview.progress ?? 0) * 100)} aria-label={t('progress')} animated size="sm" />
          )}
          {(preview.error || saving.error) && <Alert color="red">{t('failed', { message: saving.error ?? preview.error })}</Alert>}
          <PdfPreview bytes={pdf} />
        </Stack>
      </Grid.Col>
    </Grid>
  )
}
