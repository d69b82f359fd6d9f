import { Button, Group, Modal, Stack, TextInput } from '@mantine/core'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { validationMessage } from './validationMessage'
import { ApiCallError, errorMessage } from '../api/client'

/** Starts a new speaker or city from just its name; the rest is filled in on its page, autosaved. */
export function NewNameModal(props: { opened: boolean; title: string; label: string; placeholder?: string; onClose: () => void; onCreate: (name: string) => Promise<void> }) {
  const { t } = useTranslation('editing')
  const [name, setName] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    try {
      await props.onCreate(name)
      setName('')
      setError(undefined)
    } catch (e) {
      setError(e instanceof ApiCallError && e.error.issues?.[0] ? validationMessage(e.error.issues[0].message) : errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} centered>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <TextInput label={props.label} placeholder={props.placeholder} value={name} error={error} required data-autofocus onChange={(e) => setName(e.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
