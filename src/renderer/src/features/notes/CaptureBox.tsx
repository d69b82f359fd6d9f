import { Group, Text, Textarea } from '@mantine/core'
import { IconLink, IconLinkOff } from '@tabler/icons-react'
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Note, NoteKind } from '../../../../shared/domain/note'
import { api, ApiCallError, errorMessage } from '../../api/client'
import { kindOfKey } from './noteKeys'
import type { LiveLink } from './useLiveLink'

type Status = { state: 'idle' } | { state: 'saving' } | { state: 'retrying' | 'refused'; message: string }

/** What was typed, when and under which agenda item are fixed at Enter; retries resend exactly that. */
type Pending = { snapshot: string; kind: NoteKind; takenAt: string; links: Pick<LiveLink, 'agendaItemId' | 'speakerId' | 'cityId'> }

const RETRY_MS = 2000
const draftKey = (workshopId: string) => `roundtable.noteDraft.${workshopId}`
// Errors that a retry cannot fix: the text stays in the box and the message says what to do.
const refusedCodes = new Set(['invalid_input', 'not_found'])

/**
 * The live capture box. It never loses a keystroke: the text leaves the box only once the
 * save succeeded (and only the part that was saved: typing on during the save is kept), a
 * failed save keeps it and retries, and the draft survives a reload.
 */
export function CaptureBox(props: { workshopId: string; link: LiveLink; onSaved: (note: Note) => void; onMarkLast: (kind: NoteKind) => void }) {
  const { workshopId, link, onSaved, onMarkLast } = props
  const { t } = useTranslation('notes')
  const [text, setText] = useState(() => localStorage.getItem(draftKey(workshopId)) ?? '')
  const [status, setStatus] = useState<Status>({ state: 'idle' })
  const busy = useRef(false)
  const retryTimer = useRef<number | undefined>(undefined)

  useEffect(() => {
    if (text) localStorage.setItem(draftKey(workshopId), text)
    else localStorage.removeItem(draftKey(workshopId))
  }, [text, workshopId])
  useEffect(() => () => window.clearTimeout(retryTimer.current), [])

  const attempt = async ({ snapshot, kind, takenAt, links }: Pending) => {
    busy.current = true
    setStatus({ state: 'saving' })
    try {
      const note = await api.createNote({ workshopId, text: snapshot, takenAt, kind, ...links })
      busy.current = false
      setText((current) => (current.startsWith(snapshot) ? current.slice(snapshot.length).replace(/^\n+/, '') : current))
      setStatus({ state: 'idle' })
      onSaved(note)
    } catch (error) {
      const message = errorMessage(error)
      if (error instanceof ApiCallError && refusedCodes.has(error.code)) {
        busy.current = false
        setStatus({ state: 'refused', message })
        return
      }
      setStatus({ state: 'retrying', message })
      retryTimer.current = window.setTimeout(() => void attempt({ snapshot, kind, takenAt, links }), RETRY_MS)
    }
  }

  const save = (kind: NoteKind) => {
    if (busy.current) return
    if (!text.trim()) {
      if (kind !== 'plain') onMarkLast(kind)
      return
    }
    const links = { agendaItemId: link.agendaItemId, speakerId: link.speakerId, cityId: link.cityId }
    void attempt({ snapshot: text, kind, takenAt: new Date().toISOString(), links })
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Enter while an input method is composing (pinyin) picks a candidate: never a save.
    if (event.nativeEvent.isComposing) return
    const kind = kindOfKey(event)
    if (kind) {
      event.preventDefault()
      save(kind)
    } else if (event.key === 'Enter' && !event.shiftKey && !event.altKey) {
      event.preventDefault()
      save('plain')
    }
  }

  return (
    <div>
      <Textarea
        label={t('capture.label')}
        placeholder={t('capture.placeholder')}
        autosize
        minRows={2}
        maxRows={8}
        autoFocus
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value)
          // A refusal is about the text as it was; once it changes, the message no longer applies.
          if (status.state === 'refused') setStatus({ state: 'idle' })
        }}
        onKeyDown={onKeyDown}
        data-testid="note-capture"
        error={status.state === 'refused' ? t('capture.refused', { message: status.message }) : undefined}
      />
      <Group gap={6} mt={4} c="dimmed" wrap="nowrap" data-testid="capture-status" data-state={status.state}>
        {link.agendaItemId ? <IconLink size={14} /> : <IconLinkOff size={14} />}
        <Text size="xs" style={{ flex: 1 }}>
          {link.agendaItemId ? t('capture.linkedTo', { title: link.title || '—' }) : t('capture.unlinked')}
        </Text>
        {status.state === 'saving' && <Text size="xs">{t('capture.saving')}</Text>}
        {status.state === 'retrying' && (
          <Text size="xs" c="red">
            {t('capture.retrying', { message: status.message })}
          </Text>
        )}
      </Group>
    </div>
  )
}
