import { performance } from 'node:perf_hooks'
import { openDatabase } from '../../src/core/db/connection'
import { search } from '../../src/core/search/search'
import type { BenchCase, Figure } from '../figures'
import { comparison } from '../figures'
import { searchQueries } from '../generate'
import { interleave } from '../harness'
import { cycle } from './dataset'

const timed = (run: () => unknown): number => {
  const start = performance.now()
  run()
  return performance.now() - start
}

const groups: { key: keyof typeof searchQueries; label: string }[] = [
  { key: 'latin', label: 'Latin' },
  { key: 'chinese', label: 'Chinese (3+ characters)' },
  { key: 'chineseTwoCharacters', label: 'Chinese (2 characters)' }
]

/**
 * The app's search (FTS5 trigram over every kind, 50 hits per kind, newest first) against a
 * LIKE scan of the notes alone for the same words, newest 51 first. The LIKE side does less
 * work (one table) and still has to scan every note for a rare word.
 */
export const searchCase: BenchCase = {
  id: 'search',
  title: 'Search: FTS5 vs LIKE',
  async run(ctx) {
    const db = openDatabase(ctx.generated.dataFile)
    try {
      const like = db.prepare("SELECT id, workshop_id, text FROM notes WHERE text LIKE ? ESCAPE '\\' ORDER BY rowid DESC LIMIT 51")
      const figures: Figure[] = []
      for (const group of groups) {
        const queries = searchQueries[group.key]
        const nextA = cycle(queries, 1)
        const nextB = cycle(queries, 1)
        const samples = await interleave(
          [
            { name: 'FTS5 search()', run: () => search(db, nextA()) },
            { name: 'LIKE scan', run: () => like.all(`%${nextB()}%`) }
          ],
          { rounds: ctx.rounds, iterations: queries.length * 2, warmup: 2, budgetMs: 20_000 }
        )
        // One more timed pass per query, for the breakdown: which words are slow, and how many notes they match.
        const count = db.prepare('SELECT count(*) FROM notes WHERE text LIKE ?').pluck()
        const hits = queries.map((q) => {
          const fts = timed(() => search(db, q))
          const scan = timed(() => like.all(`%${q}%`))
          return `${q} (${(count.get(`%${q}%`) as number).toLocaleString('en')} notes): ${fts.toFixed(1)}/${scan.toFixed(1)} ms`
        })
        figures.push(
          comparison(
            {
              id: `search.${group.key}`,
              title: `search ${group.label} over ${ctx.generated.notesWritten.toLocaleString('en')} notes`,
              target: 'p95 < 5 ms and ≥ 50× faster',
              speedup: true,
              met: (s, r) => s.p95 < 5 && r >= 50,
              note: `per query, FTS/LIKE: ${hits.join('; ')}`
            },
            { name: 'FTS5 search()', samples: samples['FTS5 search()']! },
            { name: 'LIKE scan', samples: samples['LIKE scan']! }
          )
        )
      }
      return figures
    } finally {
      db.close()
    }
  }
}
