import { Badge, Button, Collapse, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { EvidenceItem, RankedPair, Synergies } from '../../../../shared/domain/synergy'
import { EvidenceList } from './EvidenceList'
import { useThemeLabel } from './useThemeLabel'

/** The ranked city pairs: what they share, how much it weighs, and the evidence on each side. */
export function PairingList({ data }: { data: Synergies }) {
  const { t } = useTranslation('synergies')
  // The top of the list is what a facilitator acts on; the rest waits behind one click.
  const [all, setAll] = useState(false)
  if (data.pairs.length === 0) return <Text c="dimmed">{t('pairs.none')}</Text>
  const shown = all ? data.pairs : data.pairs.slice(0, firstShown)
  return (
    <Stack gap="sm" data-testid="pairings">
      {shown.map((pair, index) => (
        <Pairing key={`${pair.cityA} ${pair.cityB}`} rank={index + 1} pair={pair} data={data} />
      ))}
      {shown.length < data.pairs.length && (
        <Button variant="subtle" onClick={() => setAll(true)} style={{ alignSelf: 'flex-start' }}>
          {t('pairs.showAll', { count: data.pairs.length })}
        </Button>
      )}
    </Stack>
  )
}

const firstShown = 8

function Pairing({ rank, pair, data }: { rank: number; pair: RankedPair; data: Synergies }) {
  const { t } = useTranslation('synergies')
  const label = useThemeLabel()
  const [open, setOpen] = useState(false)
  const city = (id: string) => data.cities.find((c) => c.id === id)
  const theme = (id: string) => data.themes.find((th) => th.id === id)
  const items = (ids: string[]): EvidenceItem[] => ids.flatMap((id) => data.evidence.filter((e) => e.id === id))
  const a = city(pair.cityA)
  const b = city(pair.cityB)

  return (
    <Paper withBorder p="sm" radius="md" data-testid="pair">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={6}>
          <Group gap="xs">
            <Text fw={700} c="dimmed">
              {rank}.
            </Text>
            <Title order={5} data-testid="pair-cities">
              {a?.name} + {b?.name}
            </Title>
            {pair.crossGroup && (
              <Badge size="sm" variant="light" color="grape" tt="none">
                {t('pairs.crossGroup')}
              </Badge>
            )}
          </Group>
          <Group gap={6}>
            {pair.sharedThemes.map((s) => {
              const th = theme(s.themeId)
              return th ? (
                <Badge key={s.themeId} color={th.colour} variant="light" tt="none" data-testid="shared-theme">
                  {label(th)} {t('pairs.weight', { weight: s.weight.toFixed(2) })}
                </Badge>
              ) : null
            })}
          </Group>
        </Stack>
        <Stack gap={4} align="flex-end" style={{ flexShrink: 0 }}>
          <Text fw={600} data-testid="pair-score">
            {t('pairs.score', { score: pair.score.toFixed(2) })}
          </Text>
          <Button size="compact-xs" variant="subtle" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
            {open ? t('pairs.hideEvidence') : t('pairs.evidence')}
          </Button>
        </Stack>
      </Group>
      <Collapse expanded={open}>
        <Stack gap="sm" mt="sm">
          {pair.sharedThemes.map((s) => {
            const th = theme(s.themeId)
            return (
              <Stack key={s.themeId} gap={4}>
                <Text size="sm" fw={600} c={th?.colour}>
                  {th ? label(th) : ''}
                </Text>
                <SimpleGrid cols={2} spacing="md">
                  {[
                    { c: a, ids: s.evidenceA },
                    { c: b, ids: s.evidenceB }
                  ].map(({ c, ids }) => (
                    <Stack key={c?.id} gap={4}>
                      <Text size="xs" fw={600}>
                        {c?.name}
                      </Text>
                      <EvidenceList items={items(ids)} showWorkshop={data.workshopId === null} />
                    </Stack>
                  ))}
                </SimpleGrid>
              </Stack>
            )
          })}
        </Stack>
      </Collapse>
    </Paper>
  )
}
