import { chosenSections, sectionContext } from './build'
import type { ReportData, ReportOptions } from './types'

/** The report as Markdown: the same sections in the same order, for e-mail and wikis. */
export function reportMarkdown(data: ReportData, options: Partial<ReportOptions> = {}): string {
  const context = sectionContext(data, options)
  const parts = chosenSections(context).map((section) => section.markdown(context).trim())
  return `${parts.filter(Boolean).join('\n\n')}\n`
}
