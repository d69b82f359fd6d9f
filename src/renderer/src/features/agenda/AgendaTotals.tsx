import { Alert, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Agenda, MinutesShare } from '../../../../shared/domain/agenda'
import { localTime } from '../../../../shared/agenda/times'
import { useAgendaFormat } from './useAgendaFormat'

function Shares({ title, shares, testId }: { title: string; shares: MinutesShare[]; testId: string }) {
  const { minutes } = useAgendaFormat()
  const most = Math.max(1, ...shares.map((s) => s.minutes))
  return (
    <Stack gap={4} data-testid={testId}>
      <Text fw={600} size="sm">
        {title}
      </Text>
      <Table withRowBorders={false} verticalSpacing={2}>
        <Table.Tbody>
          {shares.map((share) => (
            <Table.Tr key={share.id}>
              <Table.Td>{share.name}</Table.Td>
              <Table.Td w="40%">
                <div style={{ height: 8, borderRadius: 4, background: 'var(--mantine-color-blue-light-color)', width: `${(share.minutes / most) * 100}%` }} />
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {minutes(share.minutes)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  )
}

/** Total length, the planned end and who gets how much time: is every city given a fair share? */
export function AgendaTotals({ agenda }: { agenda: Agenda }) {
  const { t } = useTranslation('agenda')
  const { minutes, day } = useAgendaFormat()
  const planned = agenda.plannedEnd ? localTime(agenda.plannedEnd, agenda.timeZone, agenda.date) : null
  const plannedText = planned ? [planned.time, day(planned)].filter(Boolean).join(' ') : ''
  const slack = agenda.plannedEnd ? Math.round((Date.parse(agenda.plannedEnd) - Date.parse(agenda.end)) / 60_000) : 0
  return (
    <Paper withBorder radius="md" p="md" data-testid="agenda-totals">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>{t('totals.title')}</Title>
          <Text data-testid="agenda-total">
            {t('totals.total')}: <b>{minutes(agenda.totalMinutes)}</b> · {t('totals.ends')} {agenda.endLocal.time}
            {agenda.endSecond && ` / ${agenda.endSecond.time}${day(agenda.endSecond) ? ` (${day(agenda.endSecond)})` : ''}`}
          </Text>
        </Group>
        {agenda.overrunMinutes > 0 ? (
          <Alert color="orange" icon={<IconAlertTriangle size={18} />} data-testid="agenda-overrun">
            {t('totals.overrun', { minutes: minutes(agenda.overrunMinutes), end: plannedText })}
          </Alert>
        ) : (
          planned && (
            <Text size="sm" c="dimmed">
              {t('totals.fits', { minutes: minutes(slack), end: plannedText })}
            </Text>
          )
        )}
        {agenda.minutesBySpeaker.length + agenda.minutesByCity.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('totals.none')}
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
            <Shares title={t('totals.bySpeaker')} shares={agenda.minutesBySpeaker} testId="agenda-by-speaker" />
            <Shares title={t('totals.byCity')} shares={agenda.minutesByCity} testId="agenda-by-city" />
          </SimpleGrid>
        )}
      </Stack>
    </Paper>
  )
}
