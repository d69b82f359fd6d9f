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
 * Drag-and-drop ordering shared by every reorderable list: pointer drag by a handle, or
 * Space and the arrow keys on a focused handle, announced to screen readers from the
 * `reorder.*` strings of the namespace given. `onReorder` receives every id in the new order.
 */
export function SortableArea(props: { ids: string[]; onReorder: (ids: string[]) => void; ns: string; children: ReactNode }) {
  const { t } = useTranslation(props.ns)
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }))
  const { ids, onReorder } = props

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
        {props.children}
      </SortableContext>
    </DndContext>
  )
}

/** A list whose order matters (practices, cooperation areas, speakers), each row with its handle. */
export function SortableList<T extends { id: string }>(props: {
  items: T[]
  onReorder: (ids: string[]) => void
  render: (item: T) => ReactNode
  handleLabel: (item: T) => string
}) {
  return (
    <SortableArea ids={props.items.map((item) => item.id)} onReorder={props.onReorder} ns="editing">
      <Stack gap="xs">
        {props.items.map((item) => (
          <SortableRow key={item.id} id={item.id} label={props.handleLabel(item)}>
            {props.render(item)}
          </SortableRow>
        ))}
      </Stack>
    </SortableArea>
  )
}
