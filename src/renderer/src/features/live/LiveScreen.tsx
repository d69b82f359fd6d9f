import { Alert, Anchor, Button, Grid, Group, Loader, Modal, Stack, Text, Title } from '@mantine/core'
import { IconArrowLeft, IconRotate } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { localTime } from '../../../../shared/agenda/times'
import { liveProgress } from '../../../../shared/agenda/live'
import { useAppStore } from '../../store'
import { useAgendaFormat } from '../agenda/useAgendaFormat'
import { useNow } from './clock'
import { LiveAgenda } from './LiveAgenda'
import { LiveCurrent } from './LiveCurrent'
import { useLiveRun } from './useLiveRun'

const typing = (target: EventTarget | null) => target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable="true"]') !== null

/** Live mode: a large view for a second screen while the workshop runs. */
export function LiveScreen({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation('live')
  const { zoneName } = useAgendaFormat()
  const navigated = useAppStore((s) => s.navigated)
  const { data, error, busy, commands } = useLiveRun(workshopId)
  const now = useNow()
  const [confirmReset, setConfirmReset] = useState(false)
  const running = data?.state.status === 'running'

  useEffect(() => {
    if (!running) return
    const onKey = (e: KeyboardEvent) => {
      if (typing(e.target) || e.metaKey || e.ctrlKey || e.altKey) return
      if (e.key === 'ArrowRight') void commands.advance()
      else if (e.key === 'ArrowLeft') void commands.back()
      else if (e.key === '+') void commands.addFive()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [running, commands])

  const back = (
    <Anchor component="button" onClick={() => navigated({ section: 'workshop', id: workshopId, tab: 'agenda' })}>
      <Group gap={4}>
        <IconArrowLeft size={16} />
        {t('leave')}
      </Group>
    </Anchor>
  )
  if (error) return <Stack>{back}<Alert color="red">{error}</Alert></Stack>
  if (!data) return <Loader />

  const { detail, agenda, state } = data
  const progress = liveProgress(agenda.items, state, now)
  const clockIn = (zone: string) => localTime(new Date(now).toISOString(), zone, agenda.date).time

  return (
    <Stack gap="lg" data-testid="live-screen">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          {back}
          <Title order={2}>{detail.workshop.title}</Title>
        </Stack>
        <Group gap="xl" data-testid="live-clock">
          {[agenda.timeZone, agenda.secondTimeZone].filter((z): z is string => Boolean(z)).map((zone, i) => (
            <Stack key={zone} gap={0} align="flex-end">
              <Text ff="monospace" fw={700} fz={i === 0 ? 40 : 32} lh={1} c={i === 0 ? undefined : 'blue'}>
                {clockIn(zone)}
              </Text>
              <Text size="sm" c="dimmed">
                {zoneName(zone)}
              </Text>
            </Stack>
          ))}
        </Group>
      </Group>
      {agenda.items.length === 0 ? (
        <Alert color="gray">{t('empty')}</Alert>
      ) : (
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <LiveCurrent agenda={agenda} detail={detail} state={state} progress={progress} busy={busy} commands={commands} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Stack>
              <LiveAgenda agenda={agenda} currentItemId={state.currentItemId} />
              {state.status !== 'not_started' && (
                <Button variant="subtle" color="gray" leftSection={<IconRotate size={16} />} onClick={() => setConfirmReset(true)}>
                  {t('reset')}
                </Button>
              )}
            </Stack>
          </Grid.Col>
        </Grid>
      )}
      <Modal opened={confirmReset} onClose={() => setConfirmReset(false)} title={t('reset')} centered>
        <Text mb="md">{t('resetConfirm')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirmReset(false)}>
            {t('common:actions.cancel')}
          </Button>
          <Button
            color="red"
            onClick={() => {
              setConfirmReset(false)
              void commands.reset()
            }}
          >
            {t('reset')}
          </Button>
        </Group>
      </Modal>
    </Stack>
  )
}
