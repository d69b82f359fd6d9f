import type { BenchCase, BenchContext, Figure } from '../figures'
import { comparison } from '../figures'
import { interleave } from '../harness'
import { cycle, openCopy } from './dataset'

/**
 * What the contract costs: the same read and write through core.call (zod validation,
 * service handler, transaction) and as the same SQL on prepared better-sqlite3 statements.
 */
export const apiCase: BenchCase = {
  id: 'api',
  title: 'API overhead: contract vs raw SQL',
  async run(ctx) {
    const core = openCopy(ctx, 'api')
    try {
      return [await read(ctx, core), await write(ctx, core)]
    } finally {
      core.close()
    }
  }
}

const target = 'contract ≤ 1.3× raw'

async function read(ctx: BenchContext, core: ReturnType<typeof openCopy>): Promise<Figure> {
  const { db } = core
  const workshop = db.prepare('SELECT * FROM workshops WHERE id = ?')
  const speakers = db.prepare(
    `SELECT s.* FROM workshop_speakers ws JOIN speakers s ON s.id = ws.speaker_id WHERE ws.workshop_id = ? ORDER BY ws.position`
  )
  const cities = db.prepare(
    `SELECT c.*, wc.summary,
       (SELECT count(*) FROM case_study_items i WHERE i.workshop_id = wc.workshop_id AND i.city_id = wc.city_id) AS item_count
     FROM workshop_cities wc JOIN cities c ON c.id = wc.city_id WHERE wc.workshop_id = ? ORDER BY wc.position`
  )
  const nextA = cycle(ctx.generated.workshopIds)
  const nextB = cycle(ctx.generated.workshopIds)
  const samples = await interleave(
    [
      { name: 'core.call', run: () => core.call('getWorkshop', { id: nextA() }) },
      {
        name: 'raw SQL',
        run: () => {
          const id = nextB()
          return { workshop: workshop.get(id), speakers: speakers.all(id), cities: cities.all(id) }
        }
      }
    ],
    { rounds: ctx.rounds, iterations: 400, warmup: 200 }
  )
  return comparison(
    {
      id: 'api.read',
      title: 'read: getWorkshop (workshop + speakers + cities)',
      target,
      met: (_, r) => r <= 1.3,
      note: 'raw side: statements prepared once, rows not mapped to domain objects'
    },
    { name: 'core.call', samples: samples['core.call']! },
    { name: 'raw SQL', samples: samples['raw SQL']! }
  )
}

async function write(ctx: BenchContext, core: ReturnType<typeof openCopy>): Promise<Figure> {
  const { db } = core
  const update = db.prepare('UPDATE workshops SET title = ?, updated_at = ? WHERE id = ?')
  const reread = db.prepare('SELECT * FROM workshops WHERE id = ?')
  const rawUpdate = db.transaction((id: string, title: string) => {
    update.run(title, new Date().toISOString(), id)
    return reread.get(id)
  })
  const nextA = cycle(ctx.generated.workshopIds)
  const nextB = cycle(ctx.generated.workshopIds, 7907)
  let n = 0
  const samples = await interleave(
    [
      { name: 'core.call', run: () => core.call('updateWorkshop', { id: nextA(), title: `Edited title ${n++}` }) },
      { name: 'raw SQL', run: () => rawUpdate.immediate(nextB(), `Edited title ${n++}`) }
    ],
    { rounds: ctx.rounds, iterations: 40, warmup: 10 }
  )
  return comparison(
    {
      id: 'api.write',
      title: 'write: updateWorkshop (title)',
      target,
      met: (_, r) => r <= 1.3,
      note: 'both sides commit one transaction (WAL, synchronous=FULL) and keep the search index in step'
    },
    { name: 'core.call', samples: samples['core.call']! },
    { name: 'raw SQL', samples: samples['raw SQL']! }
  )
}
