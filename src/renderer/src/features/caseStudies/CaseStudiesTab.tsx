import { Grid, NavLink, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../components/EmptyState'
import { useAppStore } from '../../store'
import type { WorkshopTabProps } from '../workshops/tabs'
import { CaseStudyEditor } from './CaseStudyEditor'

/** The workshop's case studies: pick a city on the left, write its case study on the right. */
export function CaseStudiesTab({ detail, focus }: WorkshopTabProps) {
  const { t } = useTranslation(['caseStudies', 'cities'])
  const navigated = useAppStore((s) => s.navigated)
  const workshopId = detail.workshop.id
  const selected = detail.cities.find((c) => c.id === focus) ?? detail.cities[0]

  if (!selected) {
    return (
      <EmptyState
        title={t('noCities.title')}
        body={t('noCities.body')}
        action={t('noCities.action')}
        onAction={() => navigated({ section: 'workshop', id: workshopId, tab: 'participants' })}
      />
    )
  }
  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, sm: 4, lg: 3 }}>
        <nav aria-label={t('citiesInWorkshop')}>
          {detail.cities.map((c) => (
            <NavLink
              key={c.id}
              component="button"
              active={c.id === selected.id}
              // The active row's tinted background makes Mantine's dimmed description too faint.
              styles={c.id === selected.id ? { description: { color: 'inherit', opacity: 1 } } : undefined}
              label={c.name}
              description={[c.nativeName !== c.name ? c.nativeName : '', t('entries', { count: c.itemCount })].filter(Boolean).join(' · ')}
              onClick={() => navigated({ section: 'workshop', id: workshopId, tab: 'cases', focus: c.id })}
              data-testid="case-study-city"
            />
          ))}
        </nav>
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 8, lg: 9 }}>
        <Stack gap="md">
          <div>
            <Title order={3}>{selected.nativeName && selected.nativeName !== selected.name ? `${selected.name} · ${selected.nativeName}` : selected.name}</Title>
            <Text size="sm" c="dimmed">
              {describe(t(`cities:kinds.${selected.kind}`), selected.country, t(`cities:groups.${selected.group}`))}
            </Text>
          </div>
          <CaseStudyEditor key={selected.id} workshopId={workshopId} cityId={selected.id} speakers={detail.speakers} />
        </Stack>
      </Grid.Col>
    </Grid>
  )
}

/** "City · China", without saying China twice when the group and the country agree. */
const describe = (...parts: string[]): string =>
  parts.filter((part, i) => part && parts.findIndex((p) => p.toLocaleLowerCase() === part.toLocaleLowerCase()) === i).join(' · ')
