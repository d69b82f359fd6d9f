import { createHash } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { insertCaseStudyItem } from '../src/core/db/caseStudies'
import { insertCity } from '../src/core/db/cities'
import { insertNote } from '../src/core/db/notes'
import { type Db, openDatabase } from '../src/core/db/connection'
import { addWorkshopCity, addWorkshopSpeaker } from '../src/core/db/participation'
import { insertSpeaker } from '../src/core/db/speakers'
import { insertWorkshop } from '../src/core/db/workshops'
import { dataFileIn } from '../src/core/paths'
import type { City } from '../src/shared/domain/city'
import type { Speaker } from '../src/shared/domain/speaker'
import type { Workshop } from '../src/shared/domain/workshop'

/**
 * Deterministic data for the benchmarks: the same seed and sizes always give the same
 * records (ids included), written through the app's own db modules so the rows look
 * exactly like rows the app writes.
 */

export interface Sizes {
  workshops: number
  cities: number
  speakers: number
  notes: number
  /** Rows for the bulk-import figure. */
  importRows: number
  /** Pages of the big report. */
  reportPages: number
}

/** The sizes. */
export const defaultSizes: Sizes = { workshops: 10_000, cities: 200, speakers: 2_000, notes: 100_000, importRows: 100_000, reportPages: 1_000 }

/** mulberry32: tiny, fast, and identical on every platform. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type Rng = () => number
const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1))
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!
/** Zipf-like pick: early words are common, late ones rare, as in real notes. */
const pickSkewed = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(list.length * rng() ** 2.5)]!

/** A version-4 UUID drawn from the generator, so ids are reproducible. */
export function uuidFrom(rng: Rng): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rng() * 16).toString(16))
  hex[12] = '4'
  hex[16] = '89ab'[Math.floor(rng() * 4)]!
  const h = hex.join('')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}

const latinWords = [
  'cooperation', 'skills', 'innovation', 'training', 'city', 'region', 'students', 'companies', 'digital', 'network',
  'exchange', 'programme', 'vocational', 'partners', 'funding', 'pilot', 'platform', 'talent', 'industry', 'university',
  'green', 'mobility', 'apprenticeship', 'startup', 'incubator', 'curriculum', 'employers', 'hydrogen', 'logistics',
  'tourism', 'healthcare', 'ageing', 'robotics', 'semiconductor', 'biotech', 'heritage', 'port', 'rail', 'battery',
  'circular', 'wastewater', 'microcredential', 'dual-system', 'twinning', 'Müller'
] as const
const chineseWords = [
  '合作', '创新', '城市', '人才', '培训', '数字化', '产业', '交流', '职业教育', '绿色', '平台', '企业', '高校', '试点',
  '氢能', '智能制造', '文旅'
] as const
/** Planted in about one note in 300: what a rare search looks like (a place, a programme's name). */
const rareWords = ['Zollverein', 'Łódź', 'Tampere', '产教融合', '双元制', '跨境电商'] as const
const cityNames: readonly (readonly [string, string, string, City['group']])[] = [
  ['Brussels', '', 'Belgium', 'europe'], ['Tampere', '', 'Finland', 'europe'], ['Lyon', '', 'France', 'europe'],
  ['Łódź', '', 'Poland', 'europe'], ['Turin', 'Torino', 'Italy', 'europe'], ['Essen', '', 'Germany', 'europe'],
  ['Porto', '', 'Portugal', 'europe'], ['Aarhus', '', 'Denmark', 'europe'], ["Xi'an", '西安', 'China', 'china'],
  ['Chengdu', '成都', 'China', 'china'], ['Suzhou', '苏州', 'China', 'china'], ['Qingdao', '青岛', 'China', 'china'],
  ['Wuhan', '武汉', 'China', 'china'], ['Shenzhen', '深圳', 'China', 'china'], ['Dalian', '大连', 'China', 'china']
]
const zones = ['Europe/Brussels', 'Europe/Paris', 'Europe/Helsinki', 'Asia/Shanghai'] as const
const formats = ['online', 'onsite', 'hybrid'] as const

/**
 * Queries the search figure uses, common and rare words in each script. Two-character
 * Chinese words are a group of their own: too short for trigrams, the app filters them with LIKE.
 */
export const searchQueries = {
  latin: ['apprenticeship', 'Zollverein', 'hydrogen', 'Łódź', 'cooperation'],
  chinese: ['职业教育', '产教融合', '双元制', '智能制造', '跨境电商'],
  chineseTwoCharacters: ['氢能', '创新', '文旅']
}

export function sentence(rng: Rng, words: number): string {
  const out: string[] = []
  for (let i = 0; i < words; i++) out.push(rng() < 0.25 ? pickSkewed(rng, chineseWords) : pickSkewed(rng, latinWords))
  if (rng() < 1 / 300) out[Math.floor(rng() * out.length)] = pick(rng, rareWords)
  const text = out.join(' ')
  return text.charAt(0).toUpperCase() + text.slice(1) + '.'
}

export interface NotePlan {
  id: string
  workshopIndex: number
  text: string
  /** Minutes after the workshop's start. */
  minute: number
}

export interface Plan {
  workshops: (Omit<Workshop, 'createdAt' | 'updatedAt'>)[]
  cities: (Omit<City, 'createdAt' | 'updatedAt'>)[]
  speakers: (Omit<Speaker, 'createdAt' | 'updatedAt'>)[]
  /** [workshop index, city index] */
  workshopCities: [number, number][]
  workshopSpeakers: [number, number][]
  notes: NotePlan[]
}

/** Every record, in memory, from the seed alone. */
export function plan(sizes: Pick<Sizes, 'workshops' | 'cities' | 'speakers' | 'notes'>, seed: number): Plan {
  const rng = prng(seed)
  const cities = Array.from({ length: sizes.cities }, (_, i) => {
    const [name, nativeName, country, group] = cityNames[i % cityNames.length]!
    const round = Math.floor(i / cityNames.length)
    return {
      id: uuidFrom(rng),
      name: round ? `${name} ${round + 1}` : name,
      nativeName,
      country,
      group,
      kind: pick(rng, ['city', 'region', 'metropolitan_area'] as const),
      notes: sentence(rng, int(rng, 5, 20))
    }
  })
  const speakers = Array.from({ length: sizes.speakers }, (_, i) => ({
    id: uuidFrom(rng),
    name: `Speaker ${i + 1} ${pick(rng, ['Wang', 'Li', 'Zhang', 'Müller', 'Rossi', 'Dubois', 'Nowak', 'Virtanen'])}`,
    role: pick(rng, ['Director', 'Professor', 'Deputy Mayor', 'Programme Officer', 'Founder']),
    organisation: `${pick(rng, latinWords)} ${pick(rng, ['Agency', 'University', 'Council', 'Institute'])}`,
    cityId: sizes.cities && rng() < 0.8 ? cities[int(rng, 0, sizes.cities - 1)]!.id : null,
    bio: sentence(rng, int(rng, 10, 30)),
    email: ''
  }))
  const workshops = Array.from({ length: sizes.workshops }, (_, i) => {
    const year = 2018 + (i % 9)
    return {
      id: uuidFrom(rng),
      title: `${sentence(rng, int(rng, 3, 7)).slice(0, -1)} workshop ${i + 1}`,
      subtitle: rng() < 0.6 ? sentence(rng, int(rng, 4, 10)).slice(0, -1) : '',
      date: `${year}-${String(int(rng, 1, 12)).padStart(2, '0')}-${String(int(rng, 1, 28)).padStart(2, '0')}`,
      startTime: `${String(int(rng, 7, 15)).padStart(2, '0')}:${pick(rng, ['00', '15', '30', '45'])}`,
      timeZone: pick(rng, zones),
      secondTimeZone: rng() < 0.7 ? 'Asia/Shanghai' : null,
      plannedEndTime: null,
      format: pick(rng, formats),
      location: rng() < 0.5 ? pick(rng, cityNames)[0] : '',
      organiser: pick(rng, ['EU-China Urban Partnership', 'Skills Forum', 'City Network']),
      intro: sentence(rng, int(rng, 20, 60)),
      keyMessages: '',
      conclusions: ''
    }
  })
  const workshopCities: [number, number][] = []
  const workshopSpeakers: [number, number][] = []
  for (let w = 0; w < sizes.workshops; w++) {
    if (sizes.cities) for (const c of distinct(rng, int(rng, 2, 6), sizes.cities)) workshopCities.push([w, c])
    if (sizes.speakers) for (const s of distinct(rng, int(rng, 2, 5), sizes.speakers)) workshopSpeakers.push([w, s])
  }
  const notes = Array.from({ length: sizes.workshops ? sizes.notes : 0 }, () => ({
    id: uuidFrom(rng),
    // Recent workshops get most notes, as in real use.
    workshopIndex: Math.floor(sizes.workshops * rng() ** 3),
    text: sentence(rng, int(rng, 6, 30)),
    minute: int(rng, 0, 180)
  }))
  return { workshops, cities, speakers, workshopCities, workshopSpeakers, notes }
}

function distinct(rng: Rng, count: number, of: number): number[] {
  const chosen = new Set<number>()
  while (chosen.size < Math.min(count, of)) chosen.add(int(rng, 0, of - 1))
  return [...chosen]
}

/** sha256 of the plan: equal checksums mean the generator produced exactly the same data. */
export const checksum = (p: Plan): string => createHash('sha256').update(JSON.stringify(p)).digest('hex')

export interface Generated {
  checksum: string
  dataFile: string
  workshopIds: string[]
  cityIds: string[]
  speakerIds: string[]
  /** Pairs that have a case study (workshop id, city id). */
  participations: [string, string][]
  notesWritten: number
  ms: number
}

/** Writes the plan through the db modules in one transaction, into `dataDir`'s data file. */
export function generate(sizes: Pick<Sizes, 'workshops' | 'cities' | 'speakers' | 'notes'>, seed: number, dataDir: string): Generated {
  const start = performance.now()
  const p = plan(sizes, seed)
  mkdirSync(dataDir, { recursive: true })
  const dataFile = dataFileIn(dataDir)
  const db = openDatabase(dataFile, { create: true })
  try {
    const rng = prng(seed ^ 0x5eed)
    inChunks(db, p.cities, ({ id, ...city }) => insertCity(db, city, id))
    inChunks(db, p.speakers, ({ id, ...speaker }) => insertSpeaker(db, speaker, id))
    inChunks(db, p.workshops, ({ id, ...workshop }) => insertWorkshop(db, workshop, id))
    inChunks(db, p.workshopCities, ([w, c]) => {
      addWorkshopCity(db, p.workshops[w]!.id, p.cities[c]!.id)
      if (rng() < 0.25) {
        const input = { workshopId: p.workshops[w]!.id, cityId: p.cities[c]!.id, text: sentence(rng, 12), speakerId: null, attribution: '', approved: true }
        insertCaseStudyItem(db, { ...input, kind: pick(rng, ['practice', 'cooperation', 'quote'] as const) }, uuidFrom(rng))
      }
    })
    inChunks(db, p.workshopSpeakers, ([w, s]) => addWorkshopSpeaker(db, p.workshops[w]!.id, p.speakers[s]!.id))
    const notes = writeNotes(db, p)
    db.pragma('wal_checkpoint(TRUNCATE)')
    return {
      checksum: checksum(p),
      dataFile,
      workshopIds: p.workshops.map((w) => w.id),
      cityIds: p.cities.map((c) => c.id),
      speakerIds: p.speakers.map((s) => s.id),
      participations: p.workshopCities.map(([w, c]) => [p.workshops[w]!.id, p.cities[c]!.id]),
      ...notes,
      ms: performance.now() - start
    }
  } finally {
    db.close()
  }
}

/**
 * Writes in transactions of a few thousand rows: within one transaction every insert that
 * feeds the search index gets slower as the transaction grows (see bench/README.md).
 */
function inChunks<T>(db: Db, items: readonly T[], write: (item: T) => void, size = 2000): void {
  const chunk = db.transaction((slice: readonly T[]) => slice.forEach(write))
  for (let i = 0; i < items.length; i += size) chunk(items.slice(i, i + size))
}

function writeNotes(db: Db, p: Plan): { notesWritten: number } {
  inChunks(db, p.notes, (note) => {
    const workshop = p.workshops[note.workshopIndex]!
    const start = Date.parse(`${workshop.date}T${workshop.startTime}:00Z`)
    const takenAt = new Date(start + note.minute * 60_000).toISOString()
    insertNote(db, { workshopId: workshop.id, text: note.text, takenAt, agendaItemId: null, speakerId: null, cityId: null }, note.id)
  })
  return { notesWritten: p.notes.length }
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href

if (isMain) {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      seed: { type: 'string', default: '42' },
      workshops: { type: 'string' },
      cities: { type: 'string' },
      speakers: { type: 'string' },
      notes: { type: 'string' }
    }
  })
  if (!values['data-dir']) {
    console.error('Usage: tsx bench/generate.ts --data-dir DIR [--seed N] [--workshops N] [--cities N] [--speakers N] [--notes N]')
    process.exit(2)
  }
  const sizes = {
    workshops: Number(values.workshops ?? defaultSizes.workshops),
    cities: Number(values.cities ?? defaultSizes.cities),
    speakers: Number(values.speakers ?? defaultSizes.speakers),
    notes: Number(values.notes ?? defaultSizes.notes)
  }
  const result = generate(sizes, Number(values.seed), resolve(values['data-dir']))
  console.log(`${result.dataFile}: ${JSON.stringify(sizes)} in ${result.ms.toFixed(0)} ms, checksum ${result.checksum}`)
}
