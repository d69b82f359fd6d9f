import { Loader, Stack, Table, Title } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { City } from '../../../../shared/domain/city'
import { api } from '../../api/client'
import { EmptyState } from '../../components/EmptyState'

export function CityList() {
  const { t } = useTranslation('cities')
  const [cities, setCities] = useState<City[] | null>(null)
  useEffect(() => {
    void api.listCities({}).then(setCities)
  }, [])
  return (
    <Stack>
      <Title order={2}>{t('title')}</Title>
      {!cities ? (
        <Loader />
      ) : cities.length === 0 ? (
        <EmptyState title={t('empty.title')} body={t('empty.body')} />
      ) : (
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('fields.name')}</Table.Th>
              <Table.Th>{t('fields.nativeName')}</Table.Th>
              <Table.Th>{t('fields.country')}</Table.Th>
              <Table.Th>{t('fields.group')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cities.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>{c.name}</Table.Td>
                <Table.Td>{c.nativeName}</Table.Td>
                <Table.Td>{c.country}</Table.Td>
                <Table.Td>{t(`groups.${c.group}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  )
}
