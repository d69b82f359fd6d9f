import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core'
import { SortableContext, arrayMove, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { ActionIcon, Group, Paper, Stack } from '@mantine/core'
import { IconGripVertical } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

function SortableRow({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id })
  return (
    <Paper
      ref={setNodeRef}
      withBorder
      p="xs"
      radius="md"
      data-testid="sortable-row"
      style={{ transform: CSS.Transform.toString(transform), transition, opacity: isDragging ? 0.6 : 1, position: 'relative', zIndex: isDragging ? 2 : undefined }}
    >
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <ActionIcon ref={setActivatorNodeRef} variant="subtle" color="gray" aria-label={label} style={{ cursor: 'grab', touchAction: 'none' }} {...attributes} {...listeners}>
          <IconGripVertical size={16} />
        </ActionIcon>
        <div style={{ flex: 1, minWidth: 0 }}>{children}</div>
      </Group>
    </Paper>
  )
}

/**
 * A list whose order matters (practices, cooperation areas, speakers): drag by the handle,
 * or focus the handle and use Space + arrow keys. `onReorder` receives every id in the new order.
 */
export function SortableList<T extends { id: string }>(props: {
  items: T[]
  onReorder: (ids: string[]) => void
  render: (item: T) => ReactNode
  handleLabel: (item: T) => string
}) {
  const { t } = useTranslation('editing')
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }))
  const ids = props.items.map((item) => item.id)

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return
    props.onReorder(arrayMove(ids, ids.indexOf(String(active.id)), ids.indexOf(String(over.id))))
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
        <Stack gap="xs">
          {props.items.map((item) => (
            <SortableRow key={item.id} id={item.id} label={props.handleLabel(item)}>
              {props.render(item)}
            </SortableRow>
          ))}
        </Stack>
      </SortableContext>
    </DndContext>
  )
}
