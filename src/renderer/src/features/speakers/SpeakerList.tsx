import { Loader, Stack, Table, Title } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Speaker } from '../../../../shared/domain/speaker'
import { api } from '../../api/client'
import { EmptyState } from '../../components/EmptyState'

export function SpeakerList() {
  const { t } = useTranslation('speakers')
  const [speakers, setSpeakers] = useState<Speaker[] | null>(null)
  useEffect(() => {
    void api.listSpeakers({}).then(setSpeakers)
  }, [])
  return (
    <Stack>
      <Title order={2}>{t('title')}</Title>
      {!speakers ? (
        <Loader />
      ) : speakers.length === 0 ? (
        <EmptyState title={t('empty.title')} body={t('empty.body')} />
      ) : (
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('fields.name')}</Table.Th>
              <Table.Th>{t('fields.role')}</Table.Th>
              <Table.Th>{t('fields.organisation')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {speakers.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{s.name}</Table.Td>
                <Table.Td>{s.role}</Table.Td>
                <Table.Td>{s.organisation}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  )
}
