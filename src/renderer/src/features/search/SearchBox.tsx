import { Kbd, TextInput } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAppStore } from '../../store'

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)

/** The header's search box: Ctrl+K (⌘K on a Mac) from anywhere, Enter shows the results. */
export function SearchBox() {
  const { t } = useTranslation('search')
  const searched = useAppStore((s) => s.searched)
  const lastQuery = useAppStore((s) => s.searchQuery)
  const [query, setQuery] = useState(lastQuery)
  const input = useRef<HTMLInputElement>(null)

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault()
        input.current?.focus()
        input.current?.select()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  return (
    <TextInput
      ref={input}
      size="xs"
      w={240}
      type="search"
      aria-label={t('box')}
      placeholder={t('placeholder')}
      leftSection={<IconSearch size={14} />}
      rightSection={<Kbd size="xs">{isMac ? '⌘K' : t('shortcut')}</Kbd>}
      rightSectionWidth={56}
      value={query}
      onChange={(event) => setQuery(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && !event.nativeEvent.isComposing && query.trim()) searched(query.trim())
        if (event.key === 'Escape') input.current?.blur()
      }}
      data-testid="search-box"
    />
  )
}
