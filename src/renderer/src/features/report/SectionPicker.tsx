import { Checkbox, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { reportSectionIds, type ReportSectionId } from '../../../../shared/contract/report'
import { SortableList } from '../../components/SortableList'

/** Every section, chosen ones first in their order; drag to reorder, tick to include. */
export function SectionPicker({ chosen, onChange }: { chosen: ReportSectionId[]; onChange: (sections: ReportSectionId[]) => void }) {
  const { t } = useTranslation('report')
  const all = [...chosen, ...reportSectionIds.filter((id) => !chosen.includes(id))].map((id) => ({ id }))
  const toggle = (id: ReportSectionId, on: boolean) =>
    onChange(on ? all.map((s) => s.id).filter((s) => s === id || chosen.includes(s)) : chosen.filter((s) => s !== id))
  return (
    <div data-testid="report-sections">
      <Text size="sm" fw={500} mb={4}>
        {t('sections.title')}
      </Text>
      <SortableList
        items={all}
        onReorder={(ids) => onChange(ids.filter((id): id is ReportSectionId => chosen.includes(id as ReportSectionId)))}
        handleLabel={(s) => t('sections.move', { section: t(`sections.${s.id}`) })}
        render={(s) => (
          <Checkbox
            size="sm"
            label={t(`sections.${s.id}`)}
            checked={chosen.includes(s.id)}
            onChange={(e) => toggle(s.id, e.currentTarget.checked)}
            styles={{ body: { alignItems: 'center' } }}
          />
        )}
      />
    </div>
  )
}
