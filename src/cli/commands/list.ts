import type { RoundtableCore } from '../../core/app'
import type { CliCommand } from '../command'
import { table } from '../format'

type Listing = { rows: unknown[]; headers: string[]; cells: string[][] }

const listings: Record<string, (core: RoundtableCore, query?: string) => Promise<Listing>> = {
  workshops: async (core, query) => {
    const rows = await core.run('listWorkshops', { query })
    return { rows, headers: ['Date', 'Title', 'Cities', 'Id'], cells: rows.map((w) => [w.date, w.title, String(w.cityCount), w.id]) }
  },
  speakers: async (core, query) => {
    const rows = await core.run('listSpeakers', { query })
    return { rows, headers: ['Name', 'Role', 'Organisation', 'Id'], cells: rows.map((s) => [s.name, s.role, s.organisation, s.id]) }
  },
  cities: async (core, query) => {
    const rows = await core.run('listCities', { query })
    return {
      rows,
      headers: ['Name', 'Native', 'Country', 'Group', 'Id'],
      cells: rows.map((c) => [c.name, c.nativeName, c.country, c.group, c.id])
    }
  }
}

export const listCommand: CliCommand = {
  name: 'list',
  usage: 'list workshops|speakers|cities [--json] [--query TEXT]',
  summary: 'List workshops (newest first), speakers or cities.',
  options: { json: { type: 'boolean' }, query: { type: 'string' } },
  async run({ positionals, values, core, io }) {
    const kind = positionals[0] ?? ''
    const listing = Object.hasOwn(listings, kind) ? listings[kind] : undefined
    if (!core || !listing) {
      io.err(`Say what to list: ${Object.keys(listings).join(', ')}.`)
      return 2
    }
    const { rows, headers, cells } = await listing(core, typeof values.query === 'string' ? values.query : undefined)
    if (values.json) io.out(JSON.stringify(rows, null, 2))
    else io.out(rows.length === 0 ? `No ${kind} yet.` : table(headers, cells))
    return 0
  }
}
