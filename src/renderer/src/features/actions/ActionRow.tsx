import { Anchor, Badge, Group, Paper, Select, Text, TextInput } from '@mantine/core'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { actionStatuses, type ActionItem, type ActionItemListed } from '../../../../shared/domain/note'
import { MarkdownView } from '../../components/MarkdownView'

interface Props {
  item: ActionItemListed
  overdue: boolean
  /** Brought here from a search result: outlined so the eye finds it. */
  focused: boolean
  owners: { value: string; label: string }[]
  onChange: (item: ActionItemListed, patch: Partial<ActionItem>) => void
  onOpenWorkshop: (workshopId: string) => void
}

/** One follow-up: what, who, by when, and its status, all editable in place. */
export const ActionRow = memo(function ActionRow({ item, overdue, focused, owners, onChange, onOpenWorkshop }: Props) {
  const { t } = useTranslation('actions')
  const ownerValue = item.ownerSpeakerId ? `speaker:${item.ownerSpeakerId}` : item.ownerCityId ? `city:${item.ownerCityId}` : ''
  return (
    <Paper withBorder p="xs" data-testid="action-item" data-status={item.status} data-overdue={overdue || undefined}
      style={focused ? { borderColor: 'var(--mantine-color-yellow-6)', boxShadow: '0 0 0 2px var(--mantine-color-yellow-3)' } : undefined}
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div style={{ minWidth: 0, flex: 1 }}>
          <Group gap={6}>
            {overdue && (
              <Badge color="red" size="sm" data-testid="overdue">
                {t('overdue')}
              </Badge>
            )}
            <Anchor size="xs" component="button" onClick={() => onOpenWorkshop(item.workshopId)}>
              {item.workshopTitle}
            </Anchor>
            {item.cityName && <Text size="xs" c="dimmed">· {item.cityName}</Text>}
          </Group>
          <div style={{ overflowWrap: 'anywhere', textDecoration: item.status === 'dropped' ? 'line-through' : undefined }}>
            <MarkdownView source={item.text} inline />
          </div>
        </div>
        <Select
          size="xs"
          w={120}
          aria-label={t('filters.status')}
          value={item.status}
          allowDeselect={false}
          data={actionStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          onChange={(value) => value && onChange(item, { status: value as ActionItem['status'] })}
        />
      </Group>
      <Group gap="xs" mt={6}>
        <Select
          size="xs"
          w={200}
          aria-label={t('owner')}
          placeholder={t('noOwner')}
          data={owners}
          value={ownerValue || null}
          searchable
          clearable
          onChange={(value) =>
            onChange(item, {
              ownerSpeakerId: value?.startsWith('speaker:') ? value.slice(8) : null,
              ownerCityId: value?.startsWith('city:') ? value.slice(5) : null
            })
          }
        />
        <TextInput
          size="xs"
          w={180}
          aria-label={t('ownerText')}
          placeholder={t('ownerText')}
          defaultValue={item.ownerText}
          onBlur={(event) => event.currentTarget.value !== item.ownerText && onChange(item, { ownerText: event.currentTarget.value })}
        />
        <TextInput
          size="xs"
          w={150}
          type="date"
          aria-label={t('due')}
          defaultValue={item.dueDate ?? ''}
          onChange={(event) => onChange(item, { dueDate: event.currentTarget.value || null })}
        />
      </Group>
    </Paper>
  )
})
