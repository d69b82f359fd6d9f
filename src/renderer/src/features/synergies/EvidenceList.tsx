import { Anchor, Badge, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { EvidenceItem } from '../../../../shared/domain/synergy'
import { plainText } from '../../../../shared/synergy/plainText'
import { useAppStore } from '../../store'

/**
 * The practices and cooperation areas behind a cell or a shared theme, each one click from
 * the case study it came from, so every pairing can be followed back to what was said.
 */
export function EvidenceList({ items, showWorkshop }: { items: EvidenceItem[]; showWorkshop: boolean }) {
  const { t } = useTranslation('synergies')
  const navigated = useAppStore((s) => s.navigated)
  return (
    <Stack gap={6} data-testid="evidence">
      {items.map((item) => (
        <Group key={item.id} gap="xs" wrap="nowrap" align="flex-start">
          <Badge size="sm" variant="default" tt="none" style={{ flexShrink: 0 }}>
            {t(`evidence.kinds.${item.kind}`)}
          </Badge>
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text size="sm" lineClamp={3}>
              {plainText(item.text)}
            </Text>
            <Group gap="xs">
              {showWorkshop && (
                <Text size="xs" c="dimmed">
                  {item.workshopTitle} · {item.workshopDate}
                </Text>
              )}
              <Anchor
                size="xs"
                component="button"
                onClick={() => navigated({ section: 'workshop', id: item.workshopId, tab: item.kind === 'note' ? 'notes' : 'cases', focus: item.kind === 'note' ? item.id : item.cityId })}
              >
                {t('evidence.open')}
              </Anchor>
            </Group>
          </Stack>
        </Group>
      ))}
    </Stack>
  )
}
