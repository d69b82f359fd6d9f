import { Button, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** The toast after deleting an agenda item; Undo puts it back in its place with its id. */
export function UndoDelete({ title, undo }: { title: string; undo: () => void }) {
  const { t } = useTranslation(['agenda', 'common'])
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm">
      <Text size="sm" lineClamp={2}>
        {t('deleted', { title })}
      </Text>
      <Button
        size="xs"
        variant="light"
        data-testid="agenda-undo"
        onClick={undo}
      >
        {t('common:actions.undo')}
      </Button>
    </Group>
  )
}
