import { Button, Group, Kbd, Stack, TextInput, Title, Tooltip } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { IconPlus, IconSearch } from '@tabler/icons-react'
import { useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * A list screen's heading: title, "new" button and search-as-you-type.
 * Shortcuts: Alt+N makes a new one, / jumps to the search box (Ctrl+K is the header's global search).
 */
export function ListToolbar(props: { title: string; newLabel: string; onNew: () => void; search: string; onSearch: (query: string) => void; searchLabel: string; extra?: ReactNode }) {
  const { t } = useTranslation('editing')
  const searchRef = useRef<HTMLInputElement>(null)
  useHotkeys([
    ['alt+n', () => props.onNew()],
    ['/', () => searchRef.current?.focus()]
  ])
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{props.title}</Title>
        <Tooltip label={t('shortcuts.new')} withArrow>
          <Button leftSection={<IconPlus size={16} />} onClick={props.onNew}>
            {props.newLabel}
          </Button>
        </Tooltip>
      </Group>
      <Group gap="sm" align="flex-end">
        <TextInput
          ref={searchRef}
          style={{ flex: 1, maxWidth: 420 }}
          aria-label={props.searchLabel}
          placeholder={props.searchLabel}
          leftSection={<IconSearch size={16} />}
          rightSection={<Kbd size="xs">/</Kbd>}
          value={props.search}
          onChange={(e) => props.onSearch(e.currentTarget.value)}
          onKeyDown={(e) => e.key === 'Escape' && props.onSearch('')}
          type="search"
          data-testid="list-search"
        />
        {props.extra}
      </Group>
    </Stack>
  )
}
