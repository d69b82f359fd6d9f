import { Stack } from '@mantine/core'
import { SortableArea } from '../../components/SortableList'
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
  return (
    <SortableArea ids={items.map((item) => item.id)} onReorder={onReorder} ns="agenda">
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
    </SortableArea>
  )
}
