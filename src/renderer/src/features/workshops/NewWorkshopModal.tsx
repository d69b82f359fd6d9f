import { Button, Group, Modal, Stack, TextInput } from '@mantine/core'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiCallError, errorMessage } from '../../api/client'
import { useAppStore } from '../../store'
import { TimeZoneSelect } from './TimeZoneSelect'

const today = () => new Date().toISOString().slice(0, 10)

// Asking Intl for the system's zone is slow the first time (tens of ms): only when the form opens.
let systemZone: string | undefined
const systemTimeZone = () => (systemZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/Brussels')

/** Just enough to start: title, date and start time. Everything else autosaves on the workshop page. */
export function NewWorkshopModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation(['workshops', 'common'])
  const workshopCreated = useAppStore((s) => s.workshopCreated)
  const navigated = useAppStore((s) => s.navigated)
  const [title, setTitle] = useState('')
  const [date, setDate] = useState(today())
  const [startTime, setStartTime] = useState('09:00')
  const [chosenZone, setTimeZone] = useState<string | null>(null)
  const timeZone = chosenZone ?? (opened ? systemTimeZone() : (systemZone ?? ''))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    try {
      const id = await workshopCreated({ title, date, startTime, timeZone })
      setTitle('')
      setErrors({})
      onClose()
      navigated({ section: 'workshop', id })
    } catch (error) {
      const issues = error instanceof ApiCallError ? error.error.issues : undefined
      setErrors(issues ? Object.fromEntries(issues.map((i) => [i.path, i.message])) : { title: errorMessage(error) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t('new')} centered>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <TextInput
            label={t('fields.title')}
            placeholder={t('placeholders.title')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={errors.title}
            data-autofocus
            required
          />
          <Group grow>
            <TextInput type="date" label={t('fields.date')} value={date} onChange={(e) => setDate(e.currentTarget.value)} error={errors.date} required />
            <TextInput type="time" label={t('fields.startTime')} value={startTime} onChange={(e) => setStartTime(e.currentTarget.value)} error={errors.startTime} />
          </Group>
          <TimeZoneSelect label={t('fields.timeZone')} value={timeZone} onChange={(zone) => setTimeZone(zone ?? timeZone)} error={errors.timeZone} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('common:actions.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
