import Papa from 'papaparse'
import { cityCreate } from '../../shared/domain/city'
import type { CsvKind, CsvPreview } from '../../shared/domain/safety'
import { speakerCreate } from '../../shared/domain/speaker'
import { AppError } from '../../shared/errors'
import { insertCity, listCities } from '../db/cities'
import type { Db } from '../db/connection'
import { insertSpeaker, listSpeakers } from '../db/speakers'

interface Field {
  name: string
  required: boolean
  aliases: string[]
}

// Column names as people write them in spreadsheets; matched after lower-casing and dropping punctuation.
const fields: Record<CsvKind, Field[]> = {
  speakers: [
    { name: 'name', required: true, aliases: ['name', 'fullname', 'speaker', 'speakername', '姓名', '名字'] },
    { name: 'role', required: false, aliases: ['role', 'title', 'position', 'jobtitle', '职务'] },
    { name: 'organisation', required: false, aliases: ['organisation', 'organization', 'org', 'company', 'institution', '单位', '机构'] },
    { name: 'city', required: false, aliases: ['city', 'region', 'cityname', '城市'] },
    { name: 'email', required: false, aliases: ['email', 'mail', 'emailaddress', '邮箱'] },
    { name: 'bio', required: false, aliases: ['bio', 'biography', 'about', '简介'] }
  ],
  cities: [
    { name: 'name', required: true, aliases: ['name', 'city', 'cityname', 'region', '城市'] },
    { name: 'nativeName', required: false, aliases: ['nativename', 'native', 'localname', '中文名'] },
    { name: 'country', required: false, aliases: ['country', '国家'] },
    { name: 'group', required: false, aliases: ['group', 'citygroup', 'side'] },
    { name: 'kind', required: false, aliases: ['kind', 'type'] },
    { name: 'notes', required: false, aliases: ['notes', 'note', 'comments', '备注'] }
  ]
}

const normalise = (header: string) => header.toLowerCase().replace(/[\s_\-.()]/g, '')

function parse(text: string): { headers: string[]; rows: Record<string, string>[] } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' })
  const headers = (parsed.meta.fields ?? []).filter((h) => h !== '')
  if (!headers.length) throw new AppError('invalid_input', 'The CSV file has no header row: its first line must name the columns.')
  return { headers, rows: parsed.data }
}

export function suggestMapping(kind: CsvKind, headers: string[]): Record<string, string> {
  const mapping: Record<string, string> = {}
  for (const field of fields[kind]) {
    const header = headers.find((h) => field.aliases.includes(normalise(h)) && !(h in mapping))
    if (header) mapping[header] = field.name
  }
  return mapping
}

// Undo the export's formula guard, so an export → import round trip gives back the same text.
const unescapeCell = (value: string) => value.replace(/^'(?=[=+\-@])/, '')

type Checked = { line: number; values: Record<string, string>; errors: string[]; input: Record<string, unknown> }

function check(db: Db, kind: CsvKind, text: string, mapping: Record<string, string>): { headers: string[]; rows: Checked[] } {
  const known = new Set(fields[kind].map((f) => f.name))
  for (const [header, field] of Object.entries(mapping)) {
    if (!known.has(field)) throw new AppError('invalid_input', `"${field}" (mapped from column "${header}") is not a ${kind} field.`)
  }
  const { headers, rows } = parse(text)
  const cityIds = new Map(listCities(db, {}).map((c) => [c.name.toLowerCase(), c.id]))
  return {
    headers,
    rows: rows.map((raw, i) => {
      const values: Record<string, string> = {}
      for (const [header, field] of Object.entries(mapping)) if (Object.hasOwn(raw, header) && raw[header] !== undefined) values[field] = unescapeCell(String(raw[header]).trim())
      const errors: string[] = []
      const input: Record<string, unknown> = Object.fromEntries(Object.entries(values).filter(([k, v]) => v !== '' && k !== 'city'))
      if (kind === 'speakers' && values.city) {
        const cityId = cityIds.get(values.city.toLowerCase())
        if (cityId) input.cityId = cityId
        else errors.push(`No city called "${values.city}": add it first or leave the column empty.`)
      }
      const parsed = (kind === 'speakers' ? speakerCreate : cityCreate).safeParse(input)
      if (!parsed.success) errors.push(...parsed.error.issues.map((issue) => `${issue.path.join('.') || 'row'}: ${issue.message}`))
      return { line: i + 2, values, errors, input: parsed.success ? parsed.data : {} }
    })
  }
}

/** The dry run: what each row would become, with its problems, and nothing written. */
export function previewCsv(db: Db, kind: CsvKind, text: string, mapping?: Record<string, string>): CsvPreview {
  const headers = parse(text).headers
  const chosen = mapping ?? suggestMapping(kind, headers)
  const { rows } = check(db, kind, text, chosen)
  const invalid = rows.filter((r) => r.errors.length).length
  return {
    headers,
    fields: fields[kind].map(({ name, required }) => ({ name, required })),
    mapping: chosen,
    rows: rows.slice(0, 200).map(({ line, values, errors }) => ({ line, values, errors })),
    valid: rows.length - invalid,
    invalid
  }
}

/** All rows or none: a file with one bad row is refused, with the line to fix. */
export function importCsv(db: Db, kind: CsvKind, text: string, mapping: Record<string, string>): { created: number } {
  const { rows } = check(db, kind, text, mapping)
  const bad = rows.find((r) => r.errors.length)
  if (bad) throw new AppError('invalid_input', `Line ${bad.line}: ${bad.errors[0]} Nothing was imported.`)
  for (const row of rows) {
    if (kind === 'speakers') insertSpeaker(db, speakerCreate.parse(row.input))
    else insertCity(db, cityCreate.parse(row.input))
  }
  return { created: rows.length }
}

/** Cells that start like a formula are prefixed so a spreadsheet shows them as text, not runs them. */
const safeCell = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value)

export function exportCsv(db: Db, kind: CsvKind): string {
  const cityNames = new Map(listCities(db, {}).map((c) => [c.id, c.name]))
  const rows =
    kind === 'speakers'
      ? listSpeakers(db, {}).map((s) => ({ name: s.name, role: s.role, organisation: s.organisation, city: s.cityId ? (cityNames.get(s.cityId) ?? '') : '', email: s.email, bio: s.bio }))
      : listCities(db, {}).map((c) => ({ name: c.name, nativeName: c.nativeName, country: c.country, group: c.group, kind: c.kind, notes: c.notes }))
  const columns = fields[kind].map((f) => f.name)
  return Papa.unparse({ fields: columns, data: rows.map((r) => columns.map((c) => safeCell(String((r as Record<string, string>)[c] ?? '')))) })
}
