import type { CityGroup, CityKind } from '../../shared/domain/city'

/**
 * The sample workshop: the facts of a real Europe–China webinar on skills (see the seed
 * summary), retold in Roundtable's own words. Quotes are kept as spoken. Tests of the
 * report rely on this content: change it only on purpose.
 */
export const sampleWorkshop = {
  title: 'New skills for sustainability, competitiveness and innovation',
  subtitle: 'IURC Europe–China webinar on education, jobs, skills and entrepreneurship',
  date: '2021-06-24',
  startTime: '10:00',
  timeZone: 'Europe/Brussels',
  secondTimeZone: 'Asia/Shanghai',
  plannedEndTime: '12:30',
  format: 'online' as const,
  location: 'Online',
  organiser: 'IURC China cluster',
  intro:
    'Ten cities and regions from Europe and China met online to look for **synergies between education, jobs, skills and entrepreneurship**: ' +
    'what each is doing, what works, and where they could work together.',
  conclusions:
    'The shared challenges are the same on both sides:\n\n' +
    '- the **green and digital transitions**, which change how people live, work and meet\n' +
    '- an **ageing population**\n' +
    '- a job market shaken by **Covid-19**\n\n' +
    'Three levers make cities and regions more competitive:\n\n' +
    '1. **Research and development**, in universities and research labs\n' +
    '2. **Vocational education and training** and life-long learning, with training providers and businesses\n' +
    '3. **Entrepreneurship and innovation**, through start-up acceleration and mentoring\n\n' +
    'Focus and commitment are what get results, and the **triple helix** matters most: when government, business and ' +
    'education work together, what they achieve tends to last.'
}

export const sampleSpeaker = {
  name: 'Floriske Deutman',
  role: 'Cluster manager',
  organisation: 'IURC China',
  bio: 'Manages the China cluster of the International Urban and Regional Cooperation programme (IURC) and introduced the Skills Agenda for Europe.'
}

export const sampleSpeakerQuote = '“Education is central for a sustainable, competitive and innovative society.”'

export const sampleTalk = {
  title: 'The Skills Agenda for Europe',
  durationMinutes: 20,
  /** The 12 flagship actions of the five-year plan, as the talk presented them. */
  flagshipActions: [
    'A Pact for Skills: everyone joins forces in one collective effort',
    'Better skills intelligence',
    'EU support for national upskilling strategies',
    'Vocational education and training that is ready for the future',
    'The European Universities Initiative, and upskilling for scientists',
    'Skills for the green and the digital transitions',
    'More STEM graduates, and more entrepreneurial and transversal skills',
    'Skills for life',
    'Individual learning accounts',
    'A European approach to micro-credentials',
    'The new Europass platform',
    'A framework that unlocks investment in skills by Member States and private parties'
  ]
}

/** The talk's content notes: a five-year plan to give people and businesses more and better skills. */
export const talkNotes = (): string =>
  'A five-year plan to give people and businesses in Europe more and better skills. Progress is measured on **12 flagship actions**:\n\n' +
  sampleTalk.flagshipActions.map((action, i) => `${i + 1}. ${action}`).join('\n') +
  `\n\n> ${sampleSpeakerQuote}\n> — ${sampleSpeaker.name}`

export interface SampleCity {
  name: string
  nativeName: string
  country: string
  group: CityGroup
  kind: CityKind
  summary: string
  practices: string[]
  cooperation: string[]
  quotes: string[]
  followUps: string[]
}

export { sampleCities } from './cities'
