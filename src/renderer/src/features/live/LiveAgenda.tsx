import { Group, Paper, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { localTime } from '../../../../shared/agenda/times'
import type { Agenda } from '../../../../shared/domain/agenda'

const tabular = { fontVariantNumeric: 'tabular-nums' } as const

/** The whole agenda beside the current item: planned times in both zones, and actual times once recorded. */
export function LiveAgenda({ agenda, currentItemId }: { agenda: Agenda; currentItemId: string | null }) {
  const { t } = useTranslation('live')
  const actual = (iso: string | null) => (iso ? localTime(iso, agenda.timeZone, agenda.date).time : '…')
  return (
    <Stack gap={6} data-testid="live-agenda">
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
            style={{ borderColor: current ? 'var(--mantine-color-teal-filled)' : undefined, opacity: done ? 0.65 : 1 }}
          >
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Stack gap={0} style={{ flexShrink: 0 }}>
                <Text size="sm" fw={700} style={tabular}>
                  {item.startLocal.time}
                </Text>
                {item.startSecond && (
                  <Text size="sm" c="blue" style={tabular}>
                    {item.startSecond.time}
                  </Text>
                )}
              </Stack>
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text size="sm" fw={current ? 700 : 400} lineClamp={2}>
                  {item.title || t(`agenda:kinds.${item.kind}`)}
                </Text>
                {item.actualStart && (
                  <Text size="xs" c="dimmed" style={tabular} data-testid="live-actual">
                    {t('actualTimes', { start: actual(item.actualStart), end: item.actualEnd ? actual(item.actualEnd) : '' })}
                  </Text>
                )}
              </Stack>
            </Group>
          </Paper>
        )
      })}
    </Stack>
  )
}
