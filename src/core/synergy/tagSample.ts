import { suggestThemes } from '../../shared/synergy/suggest'
import type { SyncCall } from '../sample/build'

/**
 * Gives the sample workshop's practices and cooperation areas the themes the keyword matcher
 * suggests for them, so that its synergy matrix and pairings mean something out of the box.
 * Only for the sample: in a facilitator's own workshop a suggestion waits for their click.
 */
export function tagSampleThemes(call: SyncCall, workshopId: string, cityIds: string[]): void {
  const themes = call('listThemes', {})
  for (const cityId of cityIds) {
    for (const item of call('getCaseStudy', { workshopId, cityId }).items) {
      if (item.kind !== 'practice' && item.kind !== 'cooperation') continue
      for (const suggestion of suggestThemes(item.text, themes)) {
        call('tagTheme', { target: 'item', targetId: item.id, themeId: suggestion.themeId })
      }
    }
  }
}
