import { Table, Text, UnstyledButton } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Synergies } from '../../../../shared/domain/synergy'
import { useThemeLabel } from './useThemeLabel'

/** 'name', 'total', 'group' or a theme id (most items on that theme first). */
export type MatrixSort = string

export interface CellRef {
  cityId: string
  themeId: string
}

/**
 * Column headers run upwards to keep the matrix narrow. Chinese stands upright in vertical
 * writing and reads top-down, so only Latin names are turned to read bottom-up.
 */
const verticalStyle = (text: string) => ({
  writingMode: 'vertical-rl' as const,
  transform: /[\u3400-\u9fff]/u.test(text) ? undefined : 'rotate(180deg)',
  whiteSpace: 'nowrap' as const,
  display: 'inline-block'
})

/** Deeper colour for more items: 1, 2, 3 or more. */
const shade = (colour: string, count: number): string => `${colour}${['33', '66', '99'][Math.min(count, 3) - 1] ?? '99'}`

/** Cities down, themes across, item counts in the cells; a header click sorts, a cell click shows the items. */
export function SynergyMatrix(props: { data: Synergies; sort: MatrixSort; onSort: (sort: MatrixSort) => void; onCell: (cell: CellRef) => void }) {
  const { t } = useTranslation('synergies')
  const label = useThemeLabel()
  const { data, sort } = props
  const count = useMemo(() => new Map(data.cells.map((c) => [`${c.cityId} ${c.themeId}`, c.count])), [data.cells])
  const rows = useMemo(() => {
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name)
    const of = (cityId: string) => count.get(`${cityId} ${sort}`) ?? 0
    return [...data.cities].sort((a, b) => {
      if (sort === 'name') return byName(a, b)
      if (sort === 'total') return b.total - a.total || byName(a, b)
      if (sort === 'group') return a.group.localeCompare(b.group) || byName(a, b)
      return of(b.id) - of(a.id) || byName(a, b)
    })
  }, [data.cities, count, sort])

  const header = (key: MatrixSort, text: string, vertical = false) => (
    <Table.Th
      key={key}
      aria-sort={sort === key ? (key === 'name' || key === 'group' ? 'ascending' : 'descending') : undefined}
      style={vertical ? { verticalAlign: 'bottom', padding: '4px 2px' } : { verticalAlign: 'bottom' }}
    >
      <UnstyledButton onClick={() => props.onSort(key)} aria-label={t('matrix.sortBy', { name: text })} fw={sort === key ? 700 : 500} fz="sm">
        <span style={vertical ? verticalStyle(text) : undefined}>
          {text}
        </span>
      </UnstyledButton>
    </Table.Th>
  )

  return (
    <Table.ScrollContainer minWidth={400}>
      <Table withColumnBorders withTableBorder highlightOnHover data-testid="synergy-matrix" style={{ width: 'auto' }}>
        <Table.Thead>
          <Table.Tr>
            {header('name', t('matrix.city'))}
            {header('total', t('matrix.total'), true)}
            {data.themes.map((theme) => header(theme.id, label(theme), true))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((city) => (
            <Table.Tr key={city.id} data-testid="matrix-row">
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm" fw={500} span>
                  {city.name}
                </Text>{' '}
                <Text size="xs" c="dimmed" span>
                  {city.nativeName && city.nativeName !== city.name ? `${city.nativeName} · ` : ''}
                  {t(`groups.${city.group}`)}
                </Text>
              </Table.Td>
              <Table.Td ta="center">{city.total}</Table.Td>
              {data.themes.map((theme) => {
                const n = count.get(`${city.id} ${theme.id}`) ?? 0
                return (
                  <Table.Td key={theme.id} p={0} ta="center" style={{ background: n > 0 ? shade(theme.colour, n) : undefined }}>
                    {n > 0 ? (
                      <UnstyledButton
                        w="100%"
                        h="100%"
                        p={6}
                        fz="sm"
                        fw={600}
                        ta="center"
                        aria-label={t('matrix.cell', { city: city.name, theme: label(theme), count: n })}
                        onClick={() => props.onCell({ cityId: city.id, themeId: theme.id })}
                      >
                        {n}
                      </UnstyledButton>
                    ) : (
                      <Text size="sm" c="dimmed" aria-hidden>
                        ·
                      </Text>
                    )}
                  </Table.Td>
                )
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
