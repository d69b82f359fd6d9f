import { Alert, Badge, Button, Group, Loader, Stack, Text, Title, UnstyledButton } from '@mantine/core'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { searchFirstPage, type SearchHit, type SearchKind, type SearchResult } from '../../../../shared/domain/search'
import { api, errorMessage } from '../../api/client'
import { useAppStore } from '../../store'
import { Highlighted } from './Highlighted'

type Row = { type: 'group'; kind: SearchKind; count: number; more: boolean } | { type: 'hit'; hit: SearchHit }

/** "Show all" asks for one kind; the first request asks for a few of each (searchFirstPage). */
const allOfOneKind = 500

/** Search results grouped by kind, highlighted, one click from the place they come from. */
export function SearchScreen() {
  const { t } = useTranslation('search')
  const query = useAppStore((s) => s.searchQuery)
  const navigated = useAppStore((s) => s.navigated)
  const [result, setResult] = useState<SearchResult | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [expanded, setExpanded] = useState<{ query: string; kinds: SearchKind[] }>({ query, kinds: [] })
  const scroller = useRef<HTMLDivElement>(null)

  useEffect(() => {
    let current = true
    setResult(null)
    if (!query) return
    api
      .search({ query, perKind: searchFirstPage })
      .then((r) => current && (setResult(r), setError(null)))
      .catch((e: unknown) => current && setError(errorMessage(e)))
    return () => {
      current = false
    }
  }, [query])

  const showAll = (kind: SearchKind) => {
    setExpanded((e) => ({ query, kinds: [...(e.query === query ? e.kinds : []), kind] }))
    api
      .search({ query, perKind: allOfOneKind, kinds: [kind] })
      .then((r) =>
        setResult((shown) =>
          shown?.query === r.query ? { ...shown, groups: shown.groups.map((g) => (g.kind === kind ? (r.groups[0] ?? g) : g)) } : shown
        )
      )
      .catch((e: unknown) => setError(errorMessage(e)))
  }
  const isExpanded = (kind: SearchKind) => expanded.query === query && expanded.kinds.includes(kind)

  const rows = useMemo<Row[]>(
    () =>
      (result?.groups ?? []).flatMap((g) => [
        { type: 'group' as const, kind: g.kind, count: g.hits.length, more: g.more },
        ...g.hits.map((hit) => ({ type: 'hit' as const, hit }))
      ]),
    [result]
  )
  // The virtualizer's functions change every render by design; this component need not be memoized.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => 64, overscan: 8 })

  if (!query) return <Text c="dimmed">{t('typeSomething')}</Text>
  return (
    <Stack gap="sm" data-testid="search-results">
      <Title order={2}>{t('resultsFor', { query })}</Title>
      {error && <Alert color="red">{t('failed', { message: error })}</Alert>}
      {!result && !error && <Loader />}
      {result && rows.length === 0 && <Text c="dimmed">{t('nothing', { query })}</Text>}
      <div ref={scroller} style={{ height: 'max(320px, calc(100vh - 200px))', overflowY: 'auto', contain: 'strict' }}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((v) => {
            const row = rows[v.index]
            if (!row) return null
            return (
              <div key={v.key} data-index={v.index} ref={virtualizer.measureElement} style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${v.start}px)` }}>
                {row.type === 'group' ? (
                  <Group gap="xs" pt="md" pb={4} data-testid="search-group" data-kind={row.kind}>
                    <Title order={4}>{t(`kind.${row.kind}`)}</Title>
                    <Badge variant="light">{row.more ? `${row.count}+` : row.count}</Badge>
                    {row.more && !isExpanded(row.kind) && (
                      <Button size="compact-xs" variant="subtle" onClick={() => showAll(row.kind)} data-testid="search-show-all">
                        {t('showAll')}
                      </Button>
                    )}
                    {row.more && isExpanded(row.kind) && row.count > searchFirstPage && (
                      <Text size="xs" c="dimmed">
                        {t('more')}
                      </Text>
                    )}
                    {row.more && isExpanded(row.kind) && row.count <= searchFirstPage && <Loader size="xs" />}
                  </Group>
                ) : (
                  <UnstyledButton
                    onClick={() => navigated(row.hit.target)}
                    data-testid="search-hit"
                    data-kind={row.hit.kind}
                    w="100%"
                    p="xs"
                    style={{ borderRadius: 'var(--mantine-radius-sm)', borderBottom: '1px solid var(--mantine-color-default-border)' }}
                  >
                    <Text size="xs" c="dimmed" lineClamp={1}>
                      {[row.hit.title, row.hit.workshopTitle].filter(Boolean).join(' · ')}
                    </Text>
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      <Highlighted parts={row.hit.snippet} />
                    </Text>
                  </UnstyledButton>
                )}
              </div>
            )
          })}
        </div>
      </div>
    </Stack>
  )
}
