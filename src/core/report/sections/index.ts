import type { ReportSectionId } from '../../../shared/contract/report'
import type { ReportSection } from '../content'
import { agendaSection, talksSection } from './agenda'
import { caseStudiesSection } from './caseStudies'
import { actionItemsSection, conclusionsSection } from './closing'
import { contentsSection, coverSection } from './cover'
import { introductionSection, speakersSection } from './people'
import { synergiesSection } from './synergies'

/** Every section the report knows; a new section is one more entry here. */
export const reportSections: Record<ReportSectionId, ReportSection> = {
  cover: coverSection,
  contents: contentsSection,
  introduction: introductionSection,
  speakers: speakersSection,
  agenda: agendaSection,
  talks: talksSection,
  caseStudies: caseStudiesSection,
  synergies: synergiesSection,
  actionItems: actionItemsSection,
  conclusions: conclusionsSection
}
