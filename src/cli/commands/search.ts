import type { CliCommand } from '../command'
import { table } from '../format'

/** One line per hit; the matched words are shown between » and « in a terminal. */
const plain = (parts: { text: string; hit: boolean }[]) =>
  parts
    .map((p) => (p.hit ? `»${p.text}«` : p.text))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()

export const searchCommand: CliCommand = {
  name: 'search',
  usage: 'search "QUERY" [--json] [--limit N]',
  summary: 'Search workshops, agenda items, notes, case studies, action items, cities and speakers (Chinese included).',
  options: { json: { type: 'boolean' }, limit: { type: 'string' } },
  async run({ positionals, values, core, io }) {
    const query = positionals.join(' ').trim()
    if (!core || !query) {
      io.err('Say what to search for, e.g. roundtable search "创新".')
      return 2
    }
    const perKind = typeof values.limit === 'string' ? Number.parseInt(values.limit, 10) : 50
    if (!Number.isInteger(perKind) || perKind < 1 || perKind > 500) {
      io.err('--limit takes a whole number from 1 to 500.')
      return 2
    }
    const result = await core.run('search', { query, perKind })
    if (values.json) {
      io.out(JSON.stringify(result, null, 2))
      return 0
    }
    const hits = result.groups.flatMap((g) => g.hits)
    if (hits.length === 0) {
      io.out(`Nothing matches "${query}".`)
      return 0
    }
    io.out(
      table(
        ['Kind', 'Workshop', 'Match', 'Id'],
        hits.map((h) => [h.kind, h.workshopTitle || h.title, plain(h.snippet), h.id])
      )
    )
    return 0
  }
}
