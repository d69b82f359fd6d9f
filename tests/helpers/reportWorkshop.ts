import type { RoundtableCore } from '../../src/core/app'
import type { Agenda, ScheduledItem } from '../../src/shared/domain/agenda'

/**
 * A workshop like the seed summary, entered through the service as a facilitator would.
 * (Stands in for the sample workshop until src/core/sample lands.)
 */
export const flagshipActions = [
  'Pact for skills - a call to join forces in a collective action',
  'Strengthening skills intelligence',
  'EU support for strategic national upskilling action',
  'Future-proof Vocational Education and Training',
  'Rolling out the European Universities Initiative and upskilling scientists',
  'Skills to support the green and digital transitions',
  'Increasing STEM graduates, fostering entrepreneurial and transversal skills',
  'Skills for life',
  'Initiative on individual learning accounts',
  'A European approach to micro-credentials',
  'New Europass platform',
  "Improving the enabling framework to unlock Member States' and private investments in skills"
]

export const reportCities = [
  {
    name: 'Sofia', nativeName: 'София', country: 'Bulgaria', group: 'europe', kind: 'city',
    summary: 'Sofia has launched projects to enhance new skills and education through **digitalization**.',
    practice: ['**Argentum** strengthens the silver economy', '**Smart Garden** makes kids aware of sustainability'],
    cooperation: ['R&D', 'Vocational Education and Training'],
    quote: []
  },
  {
    name: 'Hangzhou', nativeName: '杭州', country: 'China', group: 'china', kind: 'city',
    summary: 'The city shared best practices regarding **cross-border e-commerce** talent cultivation.',
    practice: ['Innovative curriculum', '*Multi-level* training projects'],
    cooperation: ['Joint curation pilot cases', 'Shared talent pool', 'Academic exchange'],
    quote: ['There is a need for global minded talent, as well as professionals with deep local knowledge.']
  },
  {
    name: "Xi'an", nativeName: '西安', country: 'China', group: 'china', kind: 'city',
    summary: "Xi'an presented good practices, among them the *iHARBOUR* innovative campus (西咸新区).",
    practice: ["The 'opening up' of education", '**Industry-education integration**'],
    cooperation: ['Academic exchange and partnerships'],
    quote: ["Build a better future together is the goal of Xi'an. Cooperation and innovation are key factors."]
  },
  {
    name: 'Lazio Region', nativeName: '', country: 'Italy', group: 'europe', kind: 'region',
    summary: 'Cooperation is based on three pillars:\n\n1. Training\n2. Innovation\n3. Participation',
    practice: ['Environmental Rural GIS-based analysis'],
    cooperation: ['Energy transition', 'Digital Twin tools for construction and heritage architecture'],
    quote: []
  },
  {
    name: 'Ljubljana Urban Region', nativeName: '', country: 'Slovenia', group: 'europe', kind: 'region',
    summary: 'The region shared the best practices of the *SMART factory demo center*.',
    practice: ['SMART factory demo center'],
    cooperation: ['**Artificial Intelligence (AI)** and smart algorithms', 'AR and VR'],
    quote: ['We educate people from the industry to raise digital awareness and teach them skills that are important in the digital transformation.']
  }
] as const

export const speakerQuote = 'Education is central for a sustainable, competitive and innovative society.'

export async function createReportWorkshop(core: RoundtableCore) {
  const workshop = await core.run('createWorkshop', {
    title: 'New Skills Agenda for Sustainability, Competitiveness and Innovation',
    subtitle: 'IURC Europe–China webinar on education, jobs, skills and entrepreneurship',
    date: '2021-06-24',
    startTime: '10:00',
    timeZone: 'Europe/Brussels',
    secondTimeZone: 'Asia/Shanghai',
    plannedEndTime: '12:30',
    format: 'online',
    organiser: 'IURC China cluster',
    intro: 'Cities and regions from Europe and China met to look for **synergies between education, jobs, skills and entrepreneurship**.',
    keyMessages: 'Sharing our challenges and solutions will benefit development and resilience:\n\n- **Green and digital transitions**\n- An **ageing population**',
    conclusions: 'Competitiveness can be strengthened through three key factors:\n\n1. **Research and development**\n2. **Vocational education and training**\n3. **Entrepreneurship and innovation**'
  })
  const speaker = await core.run('createSpeaker', { name: 'Floriske Deutman', role: 'Cluster manager', organisation: 'IURC China' })
  await core.run('addWorkshopSpeaker', { workshopId: workshop.id, speakerId: speaker.id })
  const cityIds: string[] = []
  for (const c of reportCities) {
    const city = await core.run('createCity', { name: c.name, nativeName: c.nativeName, country: c.country, group: c.group, kind: c.kind })
    cityIds.push(city.id)
    await core.run('addWorkshopCity', { workshopId: workshop.id, cityId: city.id })
    await core.run('updateCaseStudySummary', { workshopId: workshop.id, cityId: city.id, summary: c.summary })
    for (const kind of ['practice', 'cooperation', 'quote'] as const) {
      for (const text of c[kind]) {
        await core.run('createCaseStudyItem', { workshopId: workshop.id, cityId: city.id, kind, text, approved: true, attribution: kind === 'quote' ? c.name : '' })
      }
    }
  }
  return { workshop, speaker, cityIds }
}

/** The agenda as the agenda area computes it, by hand: used while that area is being built. */
export function handMadeAgenda(workshopId: string, speakerId: string): Agenda {
  const at = (h: number, m: number, zone: 'bru' | 'sha'): ScheduledItem['startLocal'] => ({
    date: '2021-06-24',
    time: `${String(zone === 'bru' ? h : h + 6).padStart(2, '0')}:${String(m).padStart(2, '0')}`,
    otherDay: false
  })
  const items: [string, ScheduledItem['kind'], number, string][] = [
    ['Welcome and introduction', 'welcome', 10, ''],
    ['Skills Agenda for Europe', 'talk', 20, `5-year action plan. Progress is aimed at 12 flagship actions:\n\n${flagshipActions.map((a, i) => `${i + 1}. ${a}`).join('\n')}\n\n> ${speakerQuote}`],
    ['Coffee break', 'break', 10, ''],
    ['City case studies', 'case_study', 90, '']
  ]
  let minutes = 0
  const scheduled = items.map(([title, kind, duration, notes], position): ScheduledItem => {
    const start = minutes
    minutes += duration
    const h = (x: number) => 10 + Math.floor(x / 60)
    return {
      id: `00000000-0000-4000-8000-00000000000${position}`, workshopId, position, title, kind, durationMinutes: duration,
      speakerIds: kind === 'talk' ? [speakerId] : [], cityId: null, facilitatorNotes: kind === 'talk' ? 'Private: keep this talk short.' : '',
      contentNotes: notes, actualStart: null, actualEnd: null, extraMinutes: 0, createdAt: '', updatedAt: '',
      start: '', end: '', startLocal: at(h(start), start % 60, 'bru'), endLocal: at(h(minutes), minutes % 60, 'bru'),
      startSecond: at(h(start), start % 60, 'sha'), endSecond: at(h(minutes), minutes % 60, 'sha')
    }
  })
  return {
    workshopId, date: '2021-06-24', startTime: '10:00', timeZone: 'Europe/Brussels', secondTimeZone: 'Asia/Shanghai', items: scheduled,
    totalMinutes: minutes, start: '2021-06-24T08:00:00Z', end: '2021-06-24T10:10:00Z', endLocal: at(12, 10, 'bru'), endSecond: at(12, 10, 'sha'),
    plannedEnd: null, overrunMinutes: 0, minutesBySpeaker: [], minutesByCity: []
  }
}
