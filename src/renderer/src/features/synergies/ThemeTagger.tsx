import { ActionIcon, Badge, CloseButton, Group, Select, Text, Tooltip } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconPlus } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TaggableKind } from '../../../../shared/domain/synergy'
import { suggestThemes } from '../../../../shared/synergy/suggest'
import { errorMessage } from '../../api/client'
import { useAppStore } from '../../store'
import { useThemeLabel } from './useThemeLabel'
import { useThemeTags } from './useThemeTags'

export interface ThemeTaggerProps {
  /** The practice, cooperation area or note being tagged. */
  itemId: string
  /** Its workshop, so the tagger can load the current tags itself when `themeIds` is not given. */
  workshopId?: string
  /** The themes it carries now; the store's copy wins once the tagger has changed them. */
  themeIds?: string[]
  /** The item's text as typed: suggestions follow it. */
  text: string
  target?: TaggableKind
  /** For dense lists (live notes): fewer suggestions, and the theme picker behind a + button. */
  compact?: boolean
}

/**
 * The themes on one item, with suggestions from its words. A suggestion is only a button:
 * nothing is tagged until the facilitator clicks it.
 */
export function ThemeTagger({ itemId, workshopId, themeIds, text, target = 'item', compact = false }: ThemeTaggerProps) {
  const { t } = useTranslation('synergies')
  const label = useThemeLabel()
  useThemeTags(workshopId)
  const themes = useAppStore((s) => s.themes)
  const stored = useAppStore((s) => s.themeTags[itemId])
  const themeTagged = useAppStore((s) => s.themeTagged)
  const themeUntagged = useAppStore((s) => s.themeUntagged)
  const [picker, setPicker] = useState<string | null>(null)
  const [picking, setPicking] = useState(!compact)
  const applied = useMemo(() => stored ?? themeIds ?? [], [stored, themeIds])
  const byId = useMemo(() => new Map(themes.map((theme) => [theme.id, theme])), [themes])
  const suggestions = useMemo(() => suggestThemes(text, themes, applied).slice(0, compact ? 2 : 4), [text, themes, applied, compact])

  const report = (error: unknown) => notifications.show({ color: 'red', message: errorMessage(error) })
  const add = (themeId: string) => void themeTagged(target, itemId, themeId).catch(report)
  const remove = (themeId: string) => void themeUntagged(target, itemId, themeId).catch(report)

  return (
    <Group gap={6} wrap="wrap" data-testid="theme-tagger" aria-label={t('tagger.label')} role="group">
      {applied.map((id) => {
        const theme = byId.get(id)
        if (!theme) return null
        return (
          <Badge
            key={id}
            color={theme.colour}
            variant="light"
            tt="none"
            data-testid="applied-theme"
            rightSection={<CloseButton size="xs" aria-label={t('tagger.remove', { name: label(theme) })} onClick={() => remove(id)} />}
          >
            {label(theme)}
          </Badge>
        )
      })}
      {suggestions.length > 0 && (
        <Text size="xs" c="dimmed">
          {t('tagger.suggested')}
        </Text>
      )}
      {suggestions.map((s) => {
        const theme = byId.get(s.themeId)
        if (!theme) return null
        return (
          <Tooltip key={s.themeId} label={t('tagger.matched', { words: s.matched.join(', ') })} withArrow>
            <Badge
              component="button"
              type="button"
              color={theme.colour}
              variant="outline"
              tt="none"
              style={{ borderStyle: 'dashed', cursor: 'pointer' }}
              leftSection={<IconPlus size={12} />}
              aria-label={t('tagger.suggest', { name: label(theme), words: s.matched.join(', ') })}
              data-testid="suggested-theme"
              onClick={() => add(s.themeId)}
            >
              {label(theme)}
            </Badge>
          </Tooltip>
        )
      })}
      {picking ? (
        <Select
          size="xs"
          w={170}
          searchable
          aria-label={t('tagger.add')}
          placeholder={t('tagger.add')}
          value={picker}
          defaultDropdownOpened={compact}
          data={themes.filter((theme) => !applied.includes(theme.id)).map((theme) => ({ value: theme.id, label: label(theme) }))}
          onChange={(id) => {
            setPicker(null)
            setPicking(!compact)
            if (id) add(id)
          }}
        />
      ) : (
        <Tooltip label={t('tagger.add')} withArrow>
          <ActionIcon size="sm" variant="subtle" aria-label={t('tagger.add')} onClick={() => setPicking(true)}>
            <IconPlus size={14} />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  )
}
