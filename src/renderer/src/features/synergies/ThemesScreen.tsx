import { Alert, Anchor, Button, ColorSwatch, Group, Loader, Menu, ActionIcon, Modal, Stack, Table, Text, Title } from '@mantine/core'
import { IconArrowLeft, IconDots, IconPlus } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Theme } from '../../../../shared/domain/synergy'
import { errorMessage } from '../../api/client'
import { useAppStore } from '../../store'
import { MergeThemeModal } from './MergeThemeModal'
import { ThemeForm } from './ThemeForm'

/** The managed list of cooperation themes: create, edit, merge, delete. */
export function ThemesScreen() {
  const { t } = useTranslation(['synergies', 'common'])
  const themes = useAppStore((s) => s.themes)
  const loaded = useAppStore((s) => s.themesLoaded)
  const themesRequested = useAppStore((s) => s.themesRequested)
  const themeDeleted = useAppStore((s) => s.themeDeleted)
  const navigated = useAppStore((s) => s.navigated)
  // undefined: no form; null: a new theme.
  const [editing, setEditing] = useState<Theme | null | undefined>(undefined)
  const [merging, setMerging] = useState<Theme | null>(null)
  const [deleting, setDeleting] = useState<Theme | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    // Usage counts change whenever something is tagged elsewhere: fetch afresh on every visit.
    void themesRequested()
  }, [themesRequested])

  const remove = async (theme: Theme) => {
    setDeleting(null)
    await themeDeleted(theme.id).catch((e: unknown) => setError(errorMessage(e)))
  }

  return (
    <Stack gap="md">
      <Anchor component="button" onClick={() => navigated({ section: 'other', name: 'synergies' })}>
        <Group gap={4}>
          <IconArrowLeft size={16} />
          {t('themes.back')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{t('themes.title')}</Title>
          <Text c="dimmed">{t('themes.subtitle')}</Text>
        </div>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing(null)}>
          {t('themes.new')}
        </Button>
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      {!loaded ? (
        <Loader />
      ) : (
        <Table striped highlightOnHover data-testid="theme-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('themes.fields.name')}</Table.Th>
              <Table.Th>{t('themes.fields.nameZh')}</Table.Th>
              <Table.Th>{t('themes.fields.keywords')}</Table.Th>
              <Table.Th />
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {themes.map((theme) => (
              <Table.Tr key={theme.id} data-testid="theme-row">
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <ColorSwatch color={theme.colour} size={14} />
                    <Anchor component="button" fw={500} onClick={() => setEditing(theme)}>
                      {theme.name}
                    </Anchor>
                  </Group>
                </Table.Td>
                <Table.Td>{theme.nameZh}</Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed" lineClamp={2} maw={420}>
                    {theme.keywords.join(', ')}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{t('themes.usage', { count: theme.usage })}</Table.Td>
                <Table.Td>
                  <Menu position="bottom-end">
                    <Menu.Target>
                      <ActionIcon variant="subtle" aria-label={`${theme.name}: ${t('themes.edit')}, ${t('themes.merge')}`}>
                        <IconDots size={16} />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item onClick={() => setEditing(theme)}>{t('themes.edit')}</Menu.Item>
                      <Menu.Item onClick={() => setMerging(theme)}>{t('themes.merge')}</Menu.Item>
                      <Menu.Item color="red" onClick={() => setDeleting(theme)}>
                        {t('themes.delete')}
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing !== undefined && <ThemeForm key={editing?.id ?? 'new'} theme={editing} opened onClose={() => setEditing(undefined)} />}
      <MergeThemeModal source={merging} onClose={() => setMerging(null)} />
      <Modal opened={deleting !== null} onClose={() => setDeleting(null)} title={t('common:actions.confirmDelete')} centered>
        <Text mb="md">{deleting && t('themes.deleteExplained', { name: deleting.name, count: deleting.usage })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setDeleting(null)}>
            {t('common:actions.cancel')}
          </Button>
          <Button color="red" onClick={() => deleting && void remove(deleting)}>
            {t('common:actions.delete')}
          </Button>
        </Group>
      </Modal>
    </Stack>
  )
}
