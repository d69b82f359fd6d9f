import { Anchor, Badge, Box, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core'
import { IconPencil } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { caseStudyItemKinds } from '../../../../shared/domain/caseStudy'
import type { CityDossier } from '../../../../shared/domain/dossier'
import { MarkdownView } from '../../components/MarkdownView'
import { useDateFormat } from '../../i18n/format'
import { useAppStore } from '../../store'

/** The city's case study in every workshop it took part in, newest first. */
export function CityHistory({ dossier }: { dossier: CityDossier }) {
  const { t } = useTranslation(['cities', 'caseStudies'])
  const { longDate } = useDateFormat()
  const navigated = useAppStore((s) => s.navigated)
  const cityId = dossier.city.id

  if (dossier.history.length === 0) return <Text c="dimmed">{t('noHistory')}</Text>
  return (
    <Stack gap="md" data-testid="city-history">
      {dossier.history.map(({ workshop, caseStudy }) => (
        <Paper key={workshop.id} withBorder p="md" data-testid="city-history-entry">
          <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
            <div style={{ minWidth: 0 }}>
              <Badge variant="light" tt="none" mb={4}>
                {longDate(workshop.date)}
              </Badge>
              <Title order={4}>
                <Anchor component="button" inherit onClick={() => navigated({ section: 'workshop', id: workshop.id })} ta="start">
                  {workshop.title}
                </Anchor>
              </Title>
            </div>
            <Button
              variant="light"
              size="xs"
              leftSection={<IconPencil size={14} />}
              style={{ flexShrink: 0 }}
              onClick={() => navigated({ section: 'workshop', id: workshop.id, tab: 'cases', focus: cityId })}
            >
              {t('editCaseStudy')}
            </Button>
          </Group>
          {caseStudy.summary.trim() && (
            <Box fz="sm">
              <MarkdownView source={caseStudy.summary} />
            </Box>
          )}
          {caseStudyItemKinds.map((kind) => {
            const items = caseStudy.items.filter((i) => i.kind === kind)
            if (items.length === 0) return null
            return (
              <Stack key={kind} gap={4} mt="sm">
                <Text fw={600} size="sm">
                  {t(`caseStudies:kinds.${kind}.title`)}
                </Text>
                <List size="sm" spacing={2}>
                  {items.map((i) => (
                    <List.Item key={i.id}>
                      <MarkdownView source={i.text} inline />
                      {kind === 'quote' && i.attribution ? <Text span c="dimmed" size="sm">{` — ${i.attribution}`}</Text> : null}
                    </List.Item>
                  ))}
                </List>
              </Stack>
            )
          })}
        </Paper>
      ))}
    </Stack>
  )
}

