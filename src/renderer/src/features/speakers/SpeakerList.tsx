import { Anchor, Loader, Stack, Table, Text } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../components/EmptyState'
import { ListToolbar } from '../../components/ListToolbar'
import { NewNameModal } from '../../components/NewNameModal'
import { withoutPendingDeletes } from '../../components/undoableDelete'
import { useAppStore } from '../../store'
import { SpeakerDetail } from './SpeakerDetail'

/** The speakers screen: the list with search, or one speaker's page when the route names one. */
export function SpeakerList() {
  const route = useAppStore((s) => s.route)
  const id = route.section === 'speakers' ? route.id : undefined
  return id ? <SpeakerDetail key={id} id={id} /> : <SpeakersIndex />
}

function SpeakersIndex() {
  const { t } = useTranslation('speakers')
  const speakers = withoutPendingDeletes(useAppStore((s) => s.speakers))
  const loaded = useAppStore((s) => s.speakersLoaded)
  const query = useAppStore((s) => s.speakerQuery)
  const speakersRequested = useAppStore((s) => s.speakersRequested)
  const speakerCreated = useAppStore((s) => s.speakerCreated)
  const navigated = useAppStore((s) => s.navigated)
  const [creating, setCreating] = useState(false)

  useEffect(() => {
    void speakersRequested()
  }, [speakersRequested])

  return (
    <Stack>
      <ListToolbar
        title={t('title')}
        newLabel={t('new')}
        onNew={() => setCreating(true)}
        search={query}
        onSearch={(q) => void speakersRequested(q)}
        searchLabel={t('search')}
      />
      {!loaded ? (
        <Loader />
      ) : speakers.length === 0 ? (
        query ? (
          <Text c="dimmed">{t('noMatch', { query })}</Text>
        ) : (
          <EmptyState title={t('empty.title')} body={t('empty.body')} action={t('new')} onAction={() => setCreating(true)} />
        )
      ) : (
        <Table striped highlightOnHover data-testid="speaker-list">
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
                <Table.Td>
                  <Anchor component="button" fw={500} ta="start" onClick={() => navigated({ section: 'speakers', id: s.id })}>
                    {s.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{s.role}</Table.Td>
                <Table.Td>{s.organisation}</Table.Td>
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
          const speaker = await speakerCreated({ name })
          setCreating(false)
          navigated({ section: 'speakers', id: speaker.id })
        }}
      />
    </Stack>
  )
}
