import { Button, Code, Group, Kbd, Modal, Stack, Table, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { commandKeys, type CommandId } from '../../../shared/commands'
import type { MethodOutput } from '../../../shared/contract'
import { api } from '../api/client'
import { displayShortcut, shortcutFor } from '../platform/shortcuts'
import { useCommand, useCommandListener } from './commands'
import { EditingShortcuts } from '../components/EditingShortcuts'

type AppInfo = MethodOutput<'getAppInfo'>

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform)

function ShortcutTable() {
  const { t } = useTranslation('menu')
  const inBrowser = !window.desktop
  const ids = Object.keys(commandKeys) as CommandId[]
  return (
    <Table data-testid="shortcut-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('shortcuts.command')}</Table.Th>
          <Table.Th>{t('shortcuts.keys')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {ids.map((id) => (
          <Table.Tr key={id}>
            <Table.Td>{t(`commands.${id}`)}</Table.Td>
            <Table.Td>
              <Kbd>{displayShortcut(shortcutFor(id, inBrowser) ?? '', isMac())}</Kbd>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

/** The Help menu's own windows: About and the list of keyboard shortcuts. Mounted once. */
export function CommandDialogs() {
  const { t } = useTranslation('menu')
  const [open, setOpen] = useState<'about' | 'shortcuts' | null>(null)
  const [info, setInfo] = useState<AppInfo | null>(null)
  useCommandListener()
  useCommand('help.shortcuts', () => setOpen('shortcuts'))
  useCommand('help.about', async () => {
    setOpen('about')
    setInfo(await api.getAppInfo({}))
  })
  const close = () => setOpen(null)
  return (
    <>
      <Modal opened={open === 'about'} onClose={close} title={t('about.title')}>
        <Stack data-testid="about">
          <Text>{info ? t('about.version', { version: info.version }) : ''}</Text>
          <Text size="sm">{t('about.offline')}</Text>
          <Code block>{info?.dataFile ?? ''}</Code>
          <Group justify="flex-end">
            <Button onClick={close}>{t('about.close')}</Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={open === 'shortcuts'} onClose={close} title={t('shortcuts.title')} size="lg">
        <ShortcutTable />
        <EditingShortcuts />
      </Modal>
    </>
  )
}
