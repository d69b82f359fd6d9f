import type { ReactNode } from 'react'
import type { WorkshopDetail } from '../../../../shared/domain/dossier'
import { WorkshopDetailsForm } from './WorkshopDetailsForm'
import { AgendaTab } from '../agenda/AgendaTab'
import { ParticipantsTab } from './ParticipantsTab'
import { CaseStudiesTab } from '../caseStudies/CaseStudiesTab'
import { SynergiesTab } from '../synergies/SynergiesTab'
import { NotesTab } from '../notes/NotesTab'
import { ReportTab } from '../report/ReportTab'

export interface WorkshopTabProps {
  detail: WorkshopDetail
  reload: () => Promise<void>
  /** Something to bring into view, e.g. a note id from a search result. */
  focus?: string
}

export interface WorkshopTab {
  key: string
  /** i18n key, in the namespace given. */
  label: { ns: string; key: string }
  render: (props: WorkshopTabProps) => ReactNode
}

/** The workshop page's tabs, in order; feature areas add theirs here. */
export const workshopTabs: WorkshopTab[] = [
  { key: 'details', label: { ns: 'workshops', key: 'details' }, render: (props) => <WorkshopDetailsForm {...props} /> },
  { key: 'participants', label: { ns: 'workshops', key: 'participants.tab' }, render: (props) => <ParticipantsTab {...props} /> },
  { key: 'agenda', label: { ns: 'agenda', key: 'tab' }, render: (props) => <AgendaTab {...props} /> },
  { key: 'notes', label: { ns: 'notes', key: 'tab' }, render: (props) => <NotesTab {...props} /> },
  { key: 'cases', label: { ns: 'caseStudies', key: 'tab' }, render: (props) => <CaseStudiesTab {...props} /> },
  { key: 'synergies', label: { ns: 'synergies', key: 'tab' }, render: (props) => <SynergiesTab {...props} /> },
  { key: 'report', label: { ns: 'report', key: 'tab' }, render: (props) => <ReportTab {...props} /> }
]
