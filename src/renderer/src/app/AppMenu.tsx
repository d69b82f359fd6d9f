import { ActionIcon, Menu } from '@mantine/core'
import { IconMenu2 } from '@tabler/icons-react'
import { Fragment } from 'react'
import { useTranslation } from 'react-i18next'
import type { CommandId } from '../../../shared/commands'
import { displayShortcut, shortcutFor } from '../platform/shortcuts'
import { runCommand } from './commands'

// The desktop app's File and Help menus, for browser mode, which has no application menu.
// Theme and language are already in the header; edit and zoom are the browser's own.
const groups: { label: string; items: CommandId[] }[] = [
  { label: 'file', items: ['workshop.new', 'workshop.openSample', 'data.import', 'data.export', 'report.open', 'data.backup', 'data.restore'] },
  { label: 'view', items: ['edit.find', 'view.live'] },
  { label: 'help', items: ['help.shortcuts', 'help.about'] }
]

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform)

export function AppMenu() {
  const { t } = useTranslation('menu')
  if (window.desktop) return null
  return (
    <Menu position="bottom-end" width={280} withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" size="lg" aria-label={t('label')} data-testid="app-menu">
          <IconMenu2 size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {groups.map((group, i) => (
          <Fragment key={group.label}>
            {i > 0 && <Menu.Divider />}
            <Menu.Label>{t(group.label)}</Menu.Label>
            {group.items.map((id) => {
              const keys = shortcutFor(id, true)
              return (
                <Menu.Item key={id} onClick={() => void runCommand(id)} rightSection={keys ? displayShortcut(keys, isMac()) : undefined}>
                  {t(`commands.${id}`)}
                </Menu.Item>
              )
            })}
          </Fragment>
        ))}
      </Menu.Dropdown>
    </Menu>
  )
}
