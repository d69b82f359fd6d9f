import { Checkbox, Group, Select, Stack, TextInput, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CaseStudyItem } from '../../../../shared/domain/caseStudy'
import type { Speaker } from '../../../../shared/domain/speaker'
import { api } from '../../api/client'
import { DeleteButton } from '../../components/DeleteButton'
import { useAutosave } from '../../hooks/useAutosave'
import { ThemeTagger } from '../synergies/ThemeTagger'

type Editable = Pick<CaseStudyItem, 'text' | 'speakerId' | 'attribution' | 'approved'>

/** One practice, cooperation area, quote or follow-up, edited in place and saved as typed. */
export function ItemRow({ item, speakers, onDelete }: { item: CaseStudyItem; speakers: Speaker[]; onDelete: () => void }) {
  const { t } = useTranslation('caseStudies')
  const [values, setValues] = useState<Editable>(item)
  const { changed, errors } = useAutosave<Editable>((patch) => api.updateCaseStudyItem({ id: item.id, ...patch }))
  const set = <K extends keyof Editable>(key: K, value: Editable[K]) => {
    setValues((v) => ({ ...v, [key]: value }))
    changed({ [key]: value } as Partial<Editable>)
  }
  const isQuote = item.kind === 'quote'

  return (
    <Stack gap={6} data-testid={`item-${item.kind}`}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Textarea
          style={{ flex: 1 }}
          aria-label={t(`kinds.${item.kind}.one`)}
          value={values.text}
          error={errors.text}
          autosize
          minRows={1}
          maxRows={8}
          onChange={(e) => set('text', e.currentTarget.value)}
        />
        <DeleteButton label={t('deleteEntry')} what={values.text} onConfirm={onDelete} />
      </Group>
      {(item.kind === 'practice' || item.kind === 'cooperation') && (
        <ThemeTagger itemId={item.id} workshopId={item.workshopId} text={values.text} />
      )}
      {isQuote && (
        <Group gap="xs" align="flex-end" wrap="wrap">
          <Select
            size="xs"
            w={200}
            label={t('quote.speaker')}
            placeholder={t('quote.noSpeaker')}
            clearable
            data={speakers.map((s) => ({ value: s.id, label: s.name }))}
            value={values.speakerId}
            onChange={(id) => set('speakerId', id)}
          />
          <TextInput
            size="xs"
            w={200}
            label={t('quote.attribution')}
            placeholder={t('quote.attributionPlaceholder')}
            value={values.attribution}
            error={errors.attribution}
            onChange={(e) => set('attribution', e.currentTarget.value)}
          />
          <Checkbox
            mb={6}
            label={t('quote.approved')}
            checked={values.approved}
            onChange={(e) => set('approved', e.currentTarget.checked)}
          />
        </Group>
      )}
    </Stack>
  )
}
