import { Stack, Text } from '@mantine/core'
import type { LocalTime, ScheduledItem } from '../../../../shared/domain/agenda'
import { useAgendaFormat } from './useAgendaFormat'

function Reading({ start, end, testId, strong }: { start: LocalTime; end: LocalTime; testId: string; strong?: boolean }) {
  const { day } = useAgendaFormat()
  // The start's date when it is another day; else, for an item running past midnight, the end's.
  const date = day(start) ?? (day(end) ? `→ ${day(end)}` : null)
  return (
    <Stack gap={0} w={strong ? 104 : 124} data-testid={testId}>
      <Text fw={strong ? 700 : 500} size="sm" c={strong ? undefined : 'blue'} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
        {start.time}–{end.time}
      </Text>
      {date && (
        <Text size="xs" c="dimmed">
          {date}
        </Text>
      )}
    </Stack>
  )
}

/** The item's start and end in the workshop's zone and, beside it, in the second zone. */
export function AgendaTimes({ item, secondZone }: { item: ScheduledItem; secondZone: boolean }) {
  return (
    <>
      <Reading start={item.startLocal} end={item.endLocal} testId="agenda-time" strong />
      {secondZone && item.startSecond && item.endSecond && <Reading start={item.startSecond} end={item.endSecond} testId="agenda-second-time" />}
    </>
  )
}
