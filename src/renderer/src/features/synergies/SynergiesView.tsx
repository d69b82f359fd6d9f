import { Alert, Group, Loader, Modal, SegmentedControl, Select, Stack, Switch, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { cityGroups, type CityGroup } from '../../../../shared/domain/city'
import { EmptyState } from '../../components/EmptyState'
import { EvidenceList } from './EvidenceList'
import { PairingList } from './PairingList'
import { type CellRef, type MatrixSort, SynergyMatrix } from './SynergyMatrix'
import { useSynergies } from './useSynergies'
import { useThemeLabel } from './useThemeLabel'

const sortChoices = ['name', 'total', 'group']

/** The matrix and the suggested pairings, for one workshop or (workshopId null) for all of them. */
export function SynergiesView({ workshopId }: { workshopId: string | null }) {
  const { t } = useTranslation('synergies')
  const label = useThemeLabel()
  const [group, setGroup] = useState<CityGroup | null>(null)
  const [preferCross, setPreferCross] = useState(false)
  const [sort, setSort] = useState<MatrixSort>('name')
  const [cell, setCell] = useState<CellRef | null>(null)
  const { data, error } = useSynergies(workshopId, group, preferCross)

  if (error) return <Alert color="red">{error}</Alert>
  if (!data) return <Loader />

  const selected = cell && data.cells.find((c) => c.cityId === cell.cityId && c.themeId === cell.themeId)
  const selectedCity = cell && data.cities.find((c) => c.id === cell.cityId)
  const selectedTheme = cell && data.themes.find((th) => th.id === cell.themeId)
  const nothingTagged = data.cells.length === 0 && group === null
  // Sorting by a theme's column shows that theme's name in the sort box.
  const sortTheme = data.themes.find((th) => th.id === sort)

  return (
    <Stack gap="lg" data-testid="synergies">
      <Group justify="space-between" align="flex-end">
        <SegmentedControl
          aria-label={t('filters.group')}
          value={group ?? 'all'}
          onChange={(g) => setGroup(g === 'all' ? null : (g as CityGroup))}
          data={[{ value: 'all', label: t('filters.all') }, ...cityGroups.map((g) => ({ value: g, label: t(`groups.${g}`) }))]}
        />
        <Switch label={t('filters.crossGroup')} checked={preferCross} onChange={(e) => setPreferCross(e.currentTarget.checked)} />
      </Group>
      {nothingTagged ? (
        <EmptyState title={t('empty.title')} body={t('empty.body')} />
      ) : (
        <>
          <Stack gap="xs">
            <Group gap="xl" align="flex-end">
              <Title order={4}>{t('matrix.title')}</Title>
              <Select
                size="xs"
                w={200}
                label={t('filters.sort')}
                value={sortChoices.includes(sort) ? sort : null}
                placeholder={sortTheme ? label(sortTheme) : undefined}
                onChange={(value) => value && setSort(value)}
                data={sortChoices.map((value) => ({ value, label: t(`sort.${value}`) }))}
              />
            </Group>
            <SynergyMatrix data={data} sort={sort} onSort={setSort} onCell={setCell} />
          </Stack>
          <Stack gap="xs">
            <Title order={4}>{t('pairs.title')}</Title>
            <Text size="sm" c="dimmed" data-testid="score-explained">
              {t('scoreExplained')}
            </Text>
            <PairingList data={data} />
          </Stack>
        </>
      )}
      <Modal
        opened={Boolean(selected)}
        onClose={() => setCell(null)}
        size="lg"
        title={selectedCity && selectedTheme ? t('evidence.title', { city: selectedCity.name, theme: label(selectedTheme) }) : ''}
      >
        {selected && (
          <EvidenceList items={data.evidence.filter((e) => selected.itemIds.includes(e.id))} showWorkshop={workshopId === null} />
        )}
      </Modal>
    </Stack>
  )
}
