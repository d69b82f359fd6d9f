import { Group, Paper, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { localTime } from '../../../../shared/agenda/times'
import type { Agenda } from '../../../../shared/domain/agenda'

/** The whole agenda beside the current item: planned times, and actual times once recorded. */
export function LiveAgenda({ agenda, currentItemId }: { agenda: Agenda; currentItemId: string | null }) {
  const { t } = useTranslation('live')
  const actual = (iso: string | null) => (iso ? localTime(iso, agenda.timeZone, agenda.date).time : '…')
  return (
    <Stack gap={6} data-testid="live-agenda">
      <Group justify="space-between" px="xs">
        <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
          {t('planned')}
        </Text>
        <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
          {t('actual')}
        </Text>
      </Group>
      {agenda.items.map((item) => {
        const current = item.id === currentItemId
        const done = !current && item.actualEnd !== null
        return (
          <Paper
            key={item.id}
            withBorder
            p="xs"
            radius="md"
            data-testid="live-agenda-item"
            data-current={current || undefined}
            bg={current ? 'var(--mantine-color-teal-light)' : undefined}
            style={{ borderColor: current ? 'var(--mantine-color-teal-filled)' : undefined, opacity: done ? 0.6 : 1 }}
          >
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                <Text ff="monospace" size="sm" fw={600}>
                  {item.startLocal.time}
                </Text>
                {item.startSecond && (
                  <Text ff="monospace" size="sm" c="blue">
                    {item.startSecond.time}
                  </Text>
                )}
                <Text size="sm" fw={current ? 700 : 400} truncate>
                  {item.title || t(`agenda:kinds.${item.kind}`)}
                </Text>
              </Group>
              {item.actualStart && (
                <Text ff="monospace" size="sm" c="dimmed" style={{ flexShrink: 0 }} data-testid="live-actual">
                  {actual(item.actualStart)}–{item.actualEnd ? actual(item.actualEnd) : ''}
                </Text>
              )}
            </Group>
          </Paper>
        )
      })}
    </Stack>
  )
}
