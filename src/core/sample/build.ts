import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract'
import { AppError } from '../../shared/errors'
import type { SampleLoaded } from '../../shared/contract/sample'
import { sampleCities, sampleSpeaker, sampleSpeakerQuote, sampleTalk, sampleWorkshop, talkNotes } from './content'
import { tagSampleThemes } from '../synergy/tagSample'

/** Calls one service method synchronously, input validated by its contract schema. */
export type SyncCall = <M extends MethodName>(method: M, input: MethodInput<M>) => MethodOutput<M>

const kinds = [
  ['practices', 'practice'],
  ['cooperation', 'cooperation'],
  ['quotes', 'quote'],
  ['followUps', 'follow_up']
] as const

/**
 * Builds the sample workshop through the service, the way a facilitator would through the
 * app. Cities and the speaker already on file (e.g. from an earlier sample) are reused, so
 * their dossiers grow rather than fork. Runs inside the caller's one transaction.
 */
export function buildSample(call: SyncCall): SampleLoaded {
  const speaker =
    call('listSpeakers', { query: sampleSpeaker.name }).find((s) => s.name === sampleSpeaker.name) ?? call('createSpeaker', sampleSpeaker)
  const workshop = call('createWorkshop', { ...sampleWorkshop, keyMessages: sampleSpeakerQuote })
  call('addWorkshopSpeaker', { workshopId: workshop.id, speakerId: speaker.id })

  const cityIds: string[] = []
  for (const sample of sampleCities) {
    const { summary, practices: _p, cooperation: _c, quotes: _q, followUps: _f, ...fields } = sample
    const city = call('listCities', { query: sample.name }).find((c) => c.name === sample.name) ?? call('createCity', fields)
    cityIds.push(city.id)
    call('addWorkshopCity', { workshopId: workshop.id, cityId: city.id })
    call('updateCaseStudySummary', { workshopId: workshop.id, cityId: city.id, summary })
    for (const [field, kind] of kinds) {
      for (const text of sample[field]) {
        // Quotes printed in the published summary count as approved; the city speaks for itself.
        const quote = kind === 'quote' ? { attribution: sample.name, approved: true } : {}
        call('createCaseStudyItem', { workshopId: workshop.id, cityId: city.id, kind, text, ...quote })
      }
    }
  }

  tagSampleThemes(call, workshop.id, cityIds)
  const talkId = addTalk(call, workshop.id, speaker.id, cityIds)
  return { workshopId: workshop.id, speakerId: speaker.id, cityIds, talkId }
}

/**
 * The 12 flagship actions belong in the content notes of the Skills Agenda talk. While the
 * agenda service is not built yet, they go to the workshop's key messages instead, under a
 * heading that says what they are, so the sample still shows them.
 */
function addTalk(call: SyncCall, workshopId: string, speakerId: string, cityIds: string[]): string | null {
  try {
    call('createAgendaItem', { workshopId, kind: 'welcome', title: 'Welcome and introductions', durationMinutes: 10 })
    const talk = call('createAgendaItem', {
      workshopId,
      kind: 'talk',
      title: sampleTalk.title,
      durationMinutes: sampleTalk.durationMinutes,
      speakerIds: [speakerId],
      contentNotes: talkNotes()
    })
    for (const [i, cityId] of cityIds.entries()) {
      call('createAgendaItem', { workshopId, kind: 'case_study', title: sampleCities[i]!.name, durationMinutes: 8, cityId })
      if (i === 4) call('createAgendaItem', { workshopId, kind: 'break', title: 'Break', durationMinutes: 10 })
    }
    call('createAgendaItem', { workshopId, kind: 'discussion', title: 'Open discussion and next steps', durationMinutes: 20 })
    return talk.id
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'internal')) throw error
    call('updateWorkshop', { id: workshopId, keyMessages: `${sampleSpeakerQuote}\n\n## ${sampleTalk.title}\n\n${talkNotes()}` })
    return null
  }
}
