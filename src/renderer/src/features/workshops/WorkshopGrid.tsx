import { Badge, Card, Group, SimpleGrid, Text } from '@mantine/core'
import { useElementSize, useMergedRef } from '@mantine/hooks'
import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { useLayoutEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { WorkshopSummary } from '../../../../shared/domain/workshop'
import { useDateFormat } from '../../i18n/format'

const GAP = 16

/** Columns for the list's width: the cards stay readable from a narrow window to a wide screen. */
const columnsFor = (width: number) => (width >= 1100 ? 3 : width >= 680 ? 2 : 1)

/**
 * The workshop cards, a row of them at a time, rendering only the rows in view: a
 * facilitator with years of workshops (10,000 in the benchmark) still gets a list at once.
 */
export function WorkshopGrid({ workshops, onOpen }: { workshops: WorkshopSummary[]; onOpen: (id: string) => void }) {
  const { ref: sizeRef, width } = useElementSize()
  const container = useRef<HTMLDivElement>(null)
  const ref = useMergedRef(sizeRef, container)
  const columns = columnsFor(width || 1)
  const rows = Math.ceil(workshops.length / columns)
  const [offset, setOffset] = useState(0)
  useLayoutEffect(() => setOffset(container.current?.offsetTop ?? 0), [width])
  const virtualizer = useWindowVirtualizer({ count: rows, estimateSize: () => 150 + GAP, overscan: 4, scrollMargin: offset })

  return (
    <div ref={ref} data-testid="workshop-list" style={{ position: 'relative', height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((row) => (
        <SimpleGrid
          key={row.key}
          data-index={row.index}
          ref={virtualizer.measureElement}
          cols={columns}
          spacing={GAP}
          pb={GAP}
          style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${row.start - offset}px)` }}
        >
          {workshops.slice(row.index * columns, row.index * columns + columns).map((w) => (
            <WorkshopCard key={w.id} workshop={w} onOpen={onOpen} />
          ))}
        </SimpleGrid>
      ))}
    </div>
  )
}

function WorkshopCard({ workshop: w, onOpen }: { workshop: WorkshopSummary; onOpen: (id: string) => void }) {
  const { t } = useTranslation('workshops')
  const { longDate } = useDateFormat()
  return (
    <Card
      withBorder
      padding="md"
      component="button"
      onClick={() => onOpen(w.id)}
      style={{ textAlign: 'start', cursor: 'pointer', height: '100%' }}
      data-testid="workshop-card"
    >
      <Text size="sm" c="dimmed">
        {longDate(w.date)} · {w.startTime}
      </Text>
      <Text fw={600} size="lg" mt={4} lineClamp={2}>
        {w.title}
      </Text>
      {w.subtitle && (
        <Text size="sm" c="dimmed" lineClamp={1}>
          {w.subtitle}
        </Text>
      )}
      <Group gap="xs" mt="sm">
        <Badge variant="light">{t(`formats.${w.format}`)}</Badge>
        <Badge variant="outline" color="gray">
          {t('count', { count: w.cityCount })}
        </Badge>
        <Badge variant="outline" color="gray">
          {t('speakers', { count: w.speakerCount })}
        </Badge>
      </Group>
    </Card>
  )
}
