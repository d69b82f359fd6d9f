import { Button, Group, Stack, Text, Textarea, Title } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { validationMessage } from '../../components/validationMessage'
import type { CaseStudyItem, CaseStudyItemKind } from '../../../../shared/domain/caseStudy'
import type { Speaker } from '../../../../shared/domain/speaker'
import { api, ApiCallError, errorMessage } from '../../api/client'
import { SortableList } from '../../components/SortableList'
import { deleteWithUndo } from '../../components/undoableDelete'
import { ItemRow } from './ItemRow'

/** One list of a case study (e.g. best practices): reorderable, each line editable in place. */
export function ItemSection(props: {
  workshopId: string
  cityId: string
  kind: CaseStudyItemKind
  items: CaseStudyItem[]
  speakers: Speaker[]
  reload: () => Promise<void>
}) {
  const { t } = useTranslation('caseStudies')
  const [draft, setDraft] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [hidden, setHidden] = useState<string[]>([])
  const { workshopId, cityId, kind } = props
  const visible = props.items.filter((i) => !hidden.includes(i.id))

  async function add(event: FormEvent) {
    event.preventDefault()
    try {
      await api.createCaseStudyItem({ workshopId, cityId, kind, text: draft })
      setDraft('')
      setError(undefined)
      await props.reload()
    } catch (e) {
      setError(e instanceof ApiCallError && e.error.issues?.[0] ? validationMessage(e.error.issues[0].message) : errorMessage(e))
    }
  }

  const remove = (item: CaseStudyItem) =>
    deleteWithUndo({
      what: item.text,
      hide: () => setHidden((h) => [...h, item.id]),
      restore: () => setHidden((h) => h.filter((id) => id !== item.id)),
      commit: () => api.deleteCaseStudyItem({ id: item.id }),
      afterCommit: () => void props.reload().then(() => setHidden((h) => h.filter((id) => id !== item.id)))
    })

  // Entries waiting for their undo window still exist; the reorder must name them too.
  const reorder = (ids: string[]) =>
    void api
      .reorderCaseStudyItems({ workshopId, cityId, kind, ids: [...ids, ...hidden.filter((id) => props.items.some((i) => i.id === id))] })
      .then(props.reload)

  return (
    <Stack gap="xs" data-testid={`section-${kind}`}>
      <Title order={4}>{t(`kinds.${kind}.title`)}</Title>
      {visible.length === 0 && (
        <Text size="sm" c="dimmed">
          {t(`kinds.${kind}.empty`)}
        </Text>
      )}
      <SortableList
        items={visible}
        onReorder={reorder}
        handleLabel={(item) => t('move', { text: item.text.slice(0, 60) })}
        render={(item) => <ItemRow item={item} speakers={props.speakers} onDelete={() => remove(item)} />}
      />
      <form onSubmit={(e) => void add(e)} noValidate>
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <Textarea
            style={{ flex: 1 }}
            aria-label={t(`kinds.${kind}.add`)}
            placeholder={t(`kinds.${kind}.placeholder`)}
            value={draft}
            error={error}
            autosize
            minRows={1}
            maxRows={6}
            onChange={(e) => setDraft(e.currentTarget.value)}
            // Enter adds the entry (fast note-taking); Shift+Enter starts a new line.
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
                e.preventDefault()
                e.currentTarget.form?.requestSubmit()
              }
            }}
          />
          <Button type="submit" variant="light" leftSection={<IconPlus size={16} />}>
            {t('add')}
          </Button>
        </Group>
      </form>
    </Stack>
  )
}
