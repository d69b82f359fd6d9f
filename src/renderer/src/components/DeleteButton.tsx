import { ActionIcon, Button, Group, Popover, Stack, Text, Tooltip } from '@mantine/core'
import { IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'

/** A delete that asks once, right where the facilitator clicked; the undo toast follows. */
export function DeleteButton(props: { label: string; what: string; onConfirm: () => void; variant?: 'icon' | 'button'; testId?: string }) {
  const { t } = useTranslation('editing')
  const [opened, setOpened] = useState(false)
  const trigger =
    props.variant === 'button' ? (
      <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => setOpened((o) => !o)} data-testid={props.testId}>
        {props.label}
      </Button>
    ) : (
      <Tooltip label={props.label} withArrow>
        <ActionIcon variant="subtle" color="red" aria-label={props.label} onClick={() => setOpened((o) => !o)} data-testid={props.testId}>
          <IconTrash size={16} />
        </ActionIcon>
      </Tooltip>
    )
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" withArrow trapFocus returnFocus>
      <Popover.Target>{trigger}</Popover.Target>
      <Popover.Dropdown maw={320}>
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {t('delete.confirm')}
          </Text>
          <Text size="sm" lineClamp={3} style={{ overflowWrap: 'anywhere' }}>
            {props.what}
          </Text>
          <Group justify="flex-end" gap="xs">
            <Button size="xs" variant="default" onClick={() => setOpened(false)}>
              {t('cancel')}
            </Button>
            <Button
              size="xs"
              color="red"
              onClick={() => {
                setOpened(false)
                props.onConfirm()
              }}
            >
              {t('delete.action')}
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  )
}
