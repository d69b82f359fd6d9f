import type { Agenda } from '../../shared/domain/agenda'
import type { CaseStudyItem } from '../../shared/domain/caseStudy'
import type { City } from '../../shared/domain/city'
import type { Speaker } from '../../shared/domain/speaker'
import type { Workshop } from '../../shared/domain/workshop'
import type { ReportSettings } from '../../shared/contract/report'

/** A city with its case study in this workshop. */
export interface ReportCity extends City {
  summary: string
  items: CaseStudyItem[]
}

/** An action item agreed at the workshop (notes area); owner and due date are optional. */
export interface ReportActionItem {
  text: string
  owner: string
  due: string | null
  done: boolean
  cityName: string
}

/** The parts of the synergy engine's answer the report prints (structurally a subset of it). */
export interface ReportSynergies {
  cities: { id: string; name: string; nativeName: string }[]
  themes: { id: string; name: string; nameZh: string }[]
  cells: { cityId: string; themeId: string; count: number }[]
  pairs: { cityA: string; cityB: string; score: number; crossGroup: boolean; sharedThemes: { themeId: string }[] }[]
}

/**
 * Everything a report can print, gathered in one read. Parts whose feature does not exist
 * (or has no data) are null, and their sections are left out.
 */
export interface ReportData {
  workshop: Workshop
  speakers: Speaker[]
  cities: ReportCity[]
  agenda: Agenda | null
  actionItems: ReportActionItem[] | null
  synergies: ReportSynergies | null
}

export type ReportOptions = ReportSettings
