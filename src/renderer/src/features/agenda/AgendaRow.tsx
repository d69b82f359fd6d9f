import { useSortable } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { ActionIcon, Group, Menu, MultiSelect, NumberInput, Paper, Select, Stack, Text, TextInput } from '@mantine/core'
import { IconCopy, IconCoffee, IconDots, IconGripVertical, IconNotes, IconTrash } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { agendaItemKinds, type AgendaItemKind, type ScheduledItem } from '../../../../shared/domain/agenda'
import { AgendaItemNotes } from './AgendaItemNotes'
import { AgendaTimes } from './AgendaTimes'

export interface AgendaRowActions {
  update: (patch: Partial<Pick<ScheduledItem, 'title' | 'kind' | 'durationMinutes' | 'speakerIds' | 'cityId' | 'facilitatorNotes' | 'contentNotes'>>) => void
  duplicate: () => void
  insertBreakAfter: () => void
  remove: () => void
}

interface Props {
  item: ScheduledItem
  secondZone: boolean
  speakers: { value: string; label: string }[]
  cities: { value: string; label: string }[]
  autoFocus: boolean
  actions: AgendaRowActions
}

/** One agenda item: drag handle, its times in both zones, and every field editable in place. */
export function AgendaRow({ item, secondZone, speakers, cities, autoFocus, actions }: Props) {
  const { t } = useTranslation('agenda')
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: item.id })
  const [title, setTitle] = useState(item.title)
  const [duration, setDuration] = useState<number | string>(item.durationMinutes)
  const [notesOpen, setNotesOpen] = useState(false)
  useEffect(() => setTitle(item.title), [item.title])
  useEffect(() => setDuration(item.durationMinutes), [item.durationMinutes])
  const isBreak = item.kind === 'break'
  const name = item.title || t('untitled')

  const saveDuration = () => {
    const minutes = typeof duration === 'number' ? duration : Number.parseInt(duration, 10)
    if (Number.isInteger(minutes) && minutes >= 0 && minutes !== item.durationMinutes) actions.update({ durationMinutes: minutes })
    else setDuration(item.durationMinutes)
  }

  return (
    <Paper
      ref={setNodeRef}
      withBorder
      radius="md"
      p="xs"
      data-testid="agenda-row"
      data-item-id={item.id}
      bg={isBreak ? 'var(--mantine-color-gray-light)' : undefined}
      style={{ transform: CSS.Transform.toString(transform), transition, opacity: isDragging ? 0.7 : 1, position: 'relative', zIndex: isDragging ? 2 : undefined }}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ActionIcon
          ref={setActivatorNodeRef}
          variant="subtle"
          color="gray"
          mt={6}
          aria-label={t('handle', { title: name })}
          data-testid="agenda-handle"
          style={{ cursor: 'grab', touchAction: 'none' }}
          {...attributes}
          {...listeners}
        >
          <IconGripVertical size={16} />
        </ActionIcon>
        <AgendaTimes item={item} secondZone={secondZone} />
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          <Group gap="xs" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              aria-label={t('columns.title')}
              placeholder={isBreak ? t('breakTitle') : t('titlePlaceholder')}
              value={title}
              autoFocus={autoFocus}
              data-testid="agenda-title"
              onChange={(e) => setTitle(e.currentTarget.value)}
              onBlur={() => title !== item.title && actions.update({ title })}
              onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
            />
            <NumberInput
              w={90}
              min={0}
              max={1440}
              allowDecimal={false}
              allowNegative={false}
              aria-label={t('durationLabel', { title: name })}
              rightSection={<Text size="xs" c="dimmed">{t('columns.duration')}</Text>}
              value={duration}
              data-testid="agenda-duration"
              onChange={setDuration}
              onBlur={saveDuration}
              onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
            />
            <ActionIcon
              variant={notesOpen ? 'light' : 'subtle'}
              color="gray"
              aria-label={t('notes')}
              aria-expanded={notesOpen}
              onClick={() => setNotesOpen((open) => !open)}
            >
              <IconNotes size={16} />
            </ActionIcon>
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="subtle" color="gray" aria-label={t('menu', { title: name })} data-testid="agenda-menu">
                  <IconDots size={16} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item leftSection={<IconCopy size={14} />} onClick={actions.duplicate}>
                  {t('duplicate')}
                </Menu.Item>
                <Menu.Item leftSection={<IconCoffee size={14} />} onClick={actions.insertBreakAfter}>
                  {t('insertBreakAfter')}
                </Menu.Item>
                <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={actions.remove}>
                  {t('delete')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
          {!isBreak && (
            <Group gap="xs" wrap="nowrap">
              <Select
                w={150}
                size="xs"
                aria-label={t('columns.kind')}
                allowDeselect={false}
                value={item.kind}
                data={agendaItemKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
                onChange={(kind) => kind && actions.update({ kind: kind as AgendaItemKind })}
              />
              <MultiSelect
                style={{ flex: 2, minWidth: 0 }}
                size="xs"
                aria-label={t('columns.speakers')}
                placeholder={item.speakerIds.length ? undefined : t('speakersPlaceholder')}
                value={item.speakerIds}
                data={speakers}
                searchable
                onChange={(speakerIds) => actions.update({ speakerIds })}
              />
              <Select
                style={{ flex: 1, minWidth: 0 }}
                size="xs"
                aria-label={t('columns.city')}
                placeholder={t('cityPlaceholder')}
                value={item.cityId}
                data={cities}
                clearable
                searchable
                onChange={(cityId) => actions.update({ cityId })}
              />
            </Group>
          )}
          {notesOpen && <AgendaItemNotes item={item} save={actions.update} />}
        </Stack>
      </Group>
    </Paper>
  )
}
