import { Alert, Divider, Loader, SimpleGrid, Stack } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { caseStudyItemKinds } from '../../../../shared/domain/caseStudy'
import type { Speaker } from '../../../../shared/domain/speaker'
import { api } from '../../api/client'
import { MarkdownEditor } from '../../components/MarkdownEditor'
import { useAutosave } from '../../hooks/useAutosave'
import { ItemSection } from './ItemSection'
import { useCaseStudy } from './useCaseStudy'

/** A city's case study in one workshop: summary, practices, cooperation areas, quotes, follow-ups. */
export function CaseStudyEditor({ workshopId, cityId, speakers }: { workshopId: string; cityId: string; speakers: Speaker[] }) {
  const { caseStudy, error, reload } = useCaseStudy(workshopId, cityId)
  if (error) return <Alert color="red">{error}</Alert>
  if (!caseStudy) return <Loader />
  return (
    <Stack gap="lg" data-testid="case-study-editor">
      <Summary workshopId={workshopId} cityId={cityId} initial={caseStudy.summary} />
      <Divider />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl" verticalSpacing="xl">
        {caseStudyItemKinds.map((kind) => (
          <ItemSection
            key={kind}
            workshopId={workshopId}
            cityId={cityId}
            kind={kind}
            items={caseStudy.items.filter((i) => i.kind === kind)}
            speakers={speakers}
            reload={reload}
          />
        ))}
      </SimpleGrid>
    </Stack>
  )
}

function Summary({ workshopId, cityId, initial }: { workshopId: string; cityId: string; initial: string }) {
  const { t } = useTranslation('caseStudies')
  const [summary, setSummary] = useState(initial)
  const { changed, errors } = useAutosave<{ summary: string }>((patch) =>
    api.updateCaseStudySummary({ workshopId, cityId, summary: patch.summary ?? summary })
  )
  return (
    <MarkdownEditor
      label={t('summary')}
      placeholder={t('summaryPlaceholder')}
      value={summary}
      error={errors.summary}
      testId="case-study-summary"
      onChange={(value) => {
        setSummary(value)
        changed({ summary: value })
      }}
    />
  )
}
