import { Badge, Button, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { IconPlayerPlay, IconPlayerSkipBack, IconPlayerSkipForward, IconPlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { LiveProgress } from '../../../../shared/agenda/live'
import { localTime } from '../../../../shared/agenda/times'
import type { Agenda, LiveState, ScheduledItem } from '../../../../shared/domain/agenda'
import type { WorkshopDetail } from '../../../../shared/domain/dossier'
import { MarkdownView } from '../../components/MarkdownView'
import { useAgendaFormat } from '../agenda/useAgendaFormat'

/** 75 → "1:15", 3725 → "1:02:05"; a count-down past zero reads as time over. */
const clockText = (seconds: number): string => {
  const s = Math.abs(seconds)
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const rest = String(s % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`
}

interface Props {
  agenda: Agenda
  detail: WorkshopDetail
  state: LiveState
  progress: LiveProgress | null
  busy: boolean
  commands: Record<'start' | 'advance' | 'back' | 'addFive', () => Promise<void>>
}

export function LiveCurrent({ agenda, detail, state, progress, busy, commands }: Props) {
  const { t } = useTranslation(['live', 'agenda'])
  const { minutes } = useAgendaFormat()
  const speakerNames = (item: ScheduledItem) =>
    item.speakerIds.map((id) => detail.speakers.find((s) => s.id === id)?.name).filter(Boolean).join(', ')
  const titleOf = (item: ScheduledItem) => item.title || t(`agenda:kinds.${item.kind}`)

  if (state.status === 'not_started') {
    return (
      <Paper withBorder radius="lg" p="xl">
        <Stack align="flex-start">
          <Text size="lg">{t('notStarted')}</Text>
          <Button size="xl" color="teal" leftSection={<IconPlayerPlay />} onClick={() => void commands.start()} loading={busy} data-testid="live-start">
            {t('start')}
          </Button>
        </Stack>
      </Paper>
    )
  }
  const current = progress ? agenda.items[progress.currentIndex] : undefined
  if (state.status === 'finished' || !current || !progress) {
    return (
      <Paper withBorder radius="lg" p="xl" data-testid="live-finished">
        <Stack align="flex-start">
          <Text size="lg">{t('finished')}</Text>
          <Button variant="default" leftSection={<IconPlayerSkipBack size={18} />} onClick={() => void commands.back()} loading={busy}>
            {t('back')}
          </Button>
        </Stack>
      </Paper>
    )
  }

  const next = progress.nextIndex === null ? null : agenda.items[progress.nextIndex]
  const allowed = (current.durationMinutes + current.extraMinutes) * 60
  const over = progress.remainingSeconds < 0
  const behind = progress.behindMinutes
  const projected = localTime(progress.projectedEnd, agenda.timeZone, agenda.date).time

  return (
    <Stack gap="lg">
      <Paper withBorder radius="lg" p="xl" style={{ borderWidth: 3, borderColor: 'var(--mantine-color-teal-filled)' }} data-testid="live-current">
        <Stack gap="md">
          <Group justify="space-between">
            <Text size="sm" tt="uppercase" fw={700} c="teal">
              {t('now')} · {t(`agenda:kinds.${current.kind}`)}
            </Text>
            <Badge size="xl" color={behind > 0 ? 'red' : behind < 0 ? 'green' : 'gray'} data-testid="live-pace">
              {behind > 0 ? t('behind', { minutes: behind }) : behind < 0 ? t('ahead', { minutes: -behind }) : t('onTime')}
            </Badge>
          </Group>
          <Title order={1} fz={48} lh={1.1} data-testid="live-current-title">
            {titleOf(current)}
          </Title>
          {speakerNames(current) && <Text size="xl">{speakerNames(current)}</Text>}
          <SimpleGrid cols={2}>
            <Stack gap={0}>
              <Text c="dimmed">{t('elapsed')}</Text>
              <Text ff="monospace" fz={56} fw={700} lh={1} data-testid="live-elapsed">
                {clockText(progress.elapsedSeconds)}
              </Text>
            </Stack>
            <Stack gap={0}>
              <Text c={over ? 'red' : 'dimmed'}>{over ? t('over') : t('remaining')}</Text>
              <Text ff="monospace" fz={56} fw={700} lh={1} c={over ? 'red' : undefined} data-testid="live-remaining">
                {clockText(progress.remainingSeconds)}
              </Text>
            </Stack>
          </SimpleGrid>
          <Progress size="lg" radius="xl" color={over ? 'red' : 'teal'} value={allowed === 0 ? 100 : Math.min(100, (progress.elapsedSeconds / allowed) * 100)} />
          <Text c="dimmed">
            {minutes(current.durationMinutes)}
            {current.extraMinutes > 0 && ` + ${minutes(current.extraMinutes)}`} · {t('projectedEnd', { time: projected })}
            {agenda.plannedEnd && ` (${t('plannedEnd', { time: localTime(agenda.plannedEnd, agenda.timeZone, agenda.date).time })})`}
          </Text>
        </Stack>
      </Paper>
      <Group gap="md">
        <Button size="lg" variant="default" leftSection={<IconPlayerSkipBack size={20} />} onClick={() => void commands.back()} disabled={busy || progress.currentIndex === 0} data-testid="live-back">
          {t('back')}
        </Button>
        <Button size="lg" variant="light" leftSection={<IconPlus size={20} />} onClick={() => void commands.addFive()} disabled={busy} data-testid="live-add-five">
          {t('addFive')}
        </Button>
        <Button size="lg" color="teal" rightSection={<IconPlayerSkipForward size={20} />} onClick={() => void commands.advance()} disabled={busy} data-testid="live-advance">
          {next ? t('advance') : t('finish')}
        </Button>
      </Group>
      <Paper withBorder radius="md" p="md" data-testid="live-next">
        <Text size="sm" c="dimmed" tt="uppercase" fw={700}>
          {t('next')}
        </Text>
        {next ? (
          <Text size="xl" fw={600}>
            {titleOf(next)} · {minutes(next.durationMinutes)}
            {speakerNames(next) && <Text span c="dimmed"> · {speakerNames(next)}</Text>}
          </Text>
        ) : (
          <Text size="lg">{t('lastItem')}</Text>
        )}
      </Paper>
      {current.facilitatorNotes && (
        <Paper withBorder radius="md" p="md" bg="var(--mantine-color-yellow-light)">
          <Text size="sm" c="dimmed" fw={700}>
            {t('agenda:facilitatorNotes')}
          </Text>
          <MarkdownView source={current.facilitatorNotes} testId="live-facilitator-notes" />
        </Paper>
      )}
      <Text size="xs" c="dimmed">
        {t('keys')}
      </Text>
    </Stack>
  )
}
