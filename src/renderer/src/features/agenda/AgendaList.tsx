import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core'
import { SortableContext, arrayMove, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ScheduledItem } from '../../../../shared/domain/agenda'
import { AgendaRow, type AgendaRowActions } from './AgendaRow'

interface Props {
  items: ScheduledItem[]
  secondZone: boolean
  speakers: { value: string; label: string }[]
  cities: { value: string; label: string }[]
  focusId: string | null
  onReorder: (ids: string[]) => void
  actionsFor: (item: ScheduledItem) => AgendaRowActions
}

/** The agenda in order: drag an item by its handle, or focus the handle and use Space and the arrow keys. */
export function AgendaList({ items, secondZone, speakers, cities, focusId, onReorder, actionsFor }: Props) {
  const { t } = useTranslation('agenda')
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates })
  )
  const ids = items.map((item) => item.id)

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return
    onReorder(arrayMove(ids, ids.indexOf(String(active.id)), ids.indexOf(String(over.id))))
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        screenReaderInstructions: { draggable: t('reorder.instructions') },
        announcements: {
          onDragStart: () => t('reorder.picked'),
          onDragOver: () => undefined,
          onDragEnd: () => t('reorder.dropped'),
          onDragCancel: () => t('reorder.cancelled')
        }
      }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <Stack gap="xs" data-testid="agenda-list">
          {items.map((item) => (
            <AgendaRow
              key={item.id}
              item={item}
              secondZone={secondZone}
              speakers={speakers}
              cities={cities}
              autoFocus={item.id === focusId}
              actions={actionsFor(item)}
            />
          ))}
        </Stack>
      </SortableContext>
    </DndContext>
  )
}
