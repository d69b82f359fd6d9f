import { Anchor, Loader, SegmentedControl, Stack, Table, Text } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { cityGroups, type CityGroup } from '../../../../shared/domain/city'
import { EmptyState } from '../../components/EmptyState'
import { ListToolbar } from '../../components/ListToolbar'
import { NewNameModal } from '../../components/NewNameModal'
import { withoutPendingDeletes } from '../../components/undoableDelete'
import { useAppStore } from '../../store'
import { CityDossier } from './CityDossier'

/** The cities-and-regions screen: the list, or one dossier when the route names one. */
export function CityList() {
  const route = useAppStore((s) => s.route)
  const id = route.section === 'cities' ? route.id : undefined
  return id ? <CityDossier key={id} id={id} /> : <CitiesIndex />
}

function CitiesIndex() {
  const { t } = useTranslation('cities')
  const cities = withoutPendingDeletes(useAppStore((s) => s.cities))
  const loaded = useAppStore((s) => s.citiesLoaded)
  const filter = useAppStore((s) => s.cityFilter)
  const citiesRequested = useAppStore((s) => s.citiesRequested)
  const cityCreated = useAppStore((s) => s.cityCreated)
  const navigated = useAppStore((s) => s.navigated)
  const [creating, setCreating] = useState(false)

  useEffect(() => {
    void citiesRequested()
  }, [citiesRequested])

  const filtering = filter.query !== '' || filter.group !== null
  return (
    <Stack>
      <ListToolbar
        title={t('title')}
        newLabel={t('new')}
        onNew={() => setCreating(true)}
        search={filter.query}
        onSearch={(query) => void citiesRequested({ query })}
        searchLabel={t('search')}
        extra={
          <SegmentedControl
            aria-label={t('fields.group')}
            value={filter.group ?? 'all'}
            onChange={(g) => void citiesRequested({ group: g === 'all' ? null : (g as CityGroup) })}
            data={[{ value: 'all', label: t('groups.all') }, ...cityGroups.map((g) => ({ value: g, label: t(`groups.${g}`) }))]}
          />
        }
      />
      {!loaded ? (
        <Loader />
      ) : cities.length === 0 ? (
        filtering ? (
          <Text c="dimmed">{t('noMatch')}</Text>
        ) : (
          <EmptyState title={t('empty.title')} body={t('empty.body')} action={t('new')} onAction={() => setCreating(true)} />
        )
      ) : (
        <Table striped highlightOnHover data-testid="city-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('fields.name')}</Table.Th>
              <Table.Th>{t('fields.nativeName')}</Table.Th>
              <Table.Th>{t('fields.country')}</Table.Th>
              <Table.Th>{t('fields.group')}</Table.Th>
              <Table.Th>{t('fields.kind')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cities.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Anchor component="button" fw={500} ta="start" onClick={() => navigated({ section: 'cities', id: c.id })}>
                    {c.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{c.nativeName}</Table.Td>
                <Table.Td>{c.country}</Table.Td>
                <Table.Td>{t(`groups.${c.group}`)}</Table.Td>
                <Table.Td>{t(`kinds.${c.kind}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <NewNameModal
        opened={creating}
        title={t('new')}
        label={t('fields.name')}
        placeholder={t('namePlaceholder')}
        onClose={() => setCreating(false)}
        onCreate={async (name) => {
          const city = await cityCreated({ name })
          setCreating(false)
          navigated({ section: 'cities', id: city.id })
        }}
      />
    </Stack>
  )
}
