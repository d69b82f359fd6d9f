import { Badge, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { kindColor } from './noteKeys'

const keys = ['quote', 'practice', 'cooperation', 'action', 'plain'] as const

/** The capture keys, always in view: a facilitator mid-webinar will not open a help page. */
export function KeyLegend() {
  const { t } = useTranslation('notes')
  return (
    <Stack gap={4} data-testid="note-keys">
      <Group gap={6}>
        <Text size="xs" fw={600}>
          {t('keys.title')}:
        </Text>
        <Badge size="sm" variant="default" tt="none">
          {t('keys.enter')}
        </Badge>
        {keys.map((kind) => (
          <Badge key={kind} size="sm" variant="light" color={kindColor[kind]} tt="none">
            {t(`keys.${kind}`)}
          </Badge>
        ))}
      </Group>
      <Text size="xs" c="dimmed">
        {t('keys.hint')}
      </Text>
    </Stack>
  )
}
