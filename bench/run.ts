import Database from 'better-sqlite3'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { latestVersion } from '../src/core/db/migrations'
import { dataFileIn } from '../src/core/paths'
import { cases } from './cases'
import { failed, formatTable, type BenchContext, type Figure } from './figures'
import { defaultSizes, generate, type Generated, type Sizes } from './generate'

const root = resolve(dirname(new URL(import.meta.url).pathname), '..')

const { values } = parseArgs({
  options: {
    workshops: { type: 'string' },
    cities: { type: 'string' },
    speakers: { type: 'string' },
    notes: { type: 'string' },
    'import-rows': { type: 'string' },
    'report-pages': { type: 'string' },
    seed: { type: 'string', default: '42' },
    rounds: { type: 'string', default: '5' },
    'import-limit': { type: 'string', default: '75' },
    only: { type: 'string' },
    out: { type: 'string', default: join(root, 'bench/results/latest.json') },
    fresh: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false }
  }
})

if (values.help) {
  console.log(`npm run bench -- [--workshops N] [--cities N] [--speakers N] [--notes N] [--import-rows N] [--report-pages N]
                 [--seed N] [--rounds N] [--import-limit SECONDS] [--only api,http,startup,search,import,report,renderer] [--out FILE] [--fresh]
Defaults: ${JSON.stringify(defaultSizes)}, seed 42, 5 rounds. --fresh regenerates the data set instead of reusing the cached one.`)
  process.exit(0)
}

const num = (value: string | undefined, fallback: number) => (value === undefined ? fallback : Number(value.replaceAll('_', '')))
const sizes: Sizes = {
  workshops: num(values.workshops, defaultSizes.workshops),
  cities: num(values.cities, defaultSizes.cities),
  speakers: num(values.speakers, defaultSizes.speakers),
  notes: num(values.notes, defaultSizes.notes),
  importRows: num(values['import-rows'], defaultSizes.importRows),
  reportPages: num(values['report-pages'], defaultSizes.reportPages)
}
const seed = num(values.seed, 42)
const log = (message: string) => console.log(`[bench ${((performance.now() - began) / 1000).toFixed(0).padStart(3)} s] ${message}`)
const began = performance.now()
const loadAtStart = loadavg().map((l) => +l.toFixed(1))

/** Everything the generated file depends on: seed, sizes, the schema and the db modules that wrote it. */
function datasetKey(): string {
  const hash = createHash('sha256').update(JSON.stringify({ seed, sizes: [sizes.workshops, sizes.cities, sizes.speakers, sizes.notes] }))
  const db = join(root, 'src/core/db')
  const files = [
    ...readdirSync(join(db, 'migrations')).sort().map((name) => join(db, 'migrations', name)),
    ...['connection', 'rows', 'workshops', 'cities', 'speakers', 'participation', 'caseStudies', 'notes'].map((name) => join(db, `${name}.ts`)),
    join(root, 'bench/generate.ts')
  ]
  for (const file of files) hash.update(file).update(readFileSync(file))
  return hash.digest('hex').slice(0, 16)
}

/**
 * Generating 100,000 notes through the db modules (each insert also feeds the search
 * index) takes minutes on 2 cores, so the file is kept between runs and reused only
 * when the seed, the sizes and the db code are all unchanged.
 */
function dataset(scratch: string): Generated {
  const dataDir = join(scratch, 'data')
  const cacheDir = join(tmpdir(), 'roundtable-bench-cache')
  const key = datasetKey()
  const cached = join(cacheDir, `${key}.sqlite`)
  const meta = join(cacheDir, `${key}.json`)
  if (!values.fresh && existsSync(cached) && existsSync(meta)) {
    mkdirSync(dataDir, { recursive: true })
    copyFileSync(cached, dataFileIn(dataDir))
    const generated = { ...(JSON.parse(readFileSync(meta, 'utf8')) as Generated), dataFile: dataFileIn(dataDir) }
    log(`reusing the data set generated earlier with the same seed, sizes and db code (${key}; --fresh to regenerate)`)
    return generated
  }
  log(`generating ${JSON.stringify(sizes)} with seed ${seed}…`)
  const generated = generate(sizes, seed, dataDir)
  log(`generated in ${(generated.ms / 1000).toFixed(1)} s, checksum ${generated.checksum.slice(0, 16)}`)
  mkdirSync(cacheDir, { recursive: true })
  for (const old of readdirSync(cacheDir)) rmSync(join(cacheDir, old), { force: true })
  copyFileSync(generated.dataFile, cached)
  writeFileSync(meta, JSON.stringify(generated))
  return generated
}

function git(...args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim()
  } catch {
    return ''
  }
}

function machine() {
  const sqlite = new Database(':memory:')
  const sqliteVersion = sqlite.prepare('SELECT sqlite_version()').pluck().get() as string
  sqlite.close()
  const versionOf = (name: string) => {
    try {
      return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version
    } catch {
      return 'not installed'
    }
  }
  return {
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGb: +(totalmem() / 2 ** 30).toFixed(1),
      os: `${platform()} ${release()}`,
      // Other work on the machine slows both sides of a comparison alike, but not absolute times.
      loadAverageAtStart: loadAtStart,
      loadAverageAtEnd: loadavg().map((l) => +l.toFixed(1))
    },
    versions: {
      roundtable: (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version,
      commit: git('rev-parse', '--short', 'HEAD'),
      workingTreeDirty: git('status', '--porcelain').length > 0,
      node: process.versions.node,
      betterSqlite3: versionOf('better-sqlite3'),
      sqlite: sqliteVersion,
      schema: latestVersion(),
      pdfmake: versionOf('pdfmake'),
      playwright: versionOf('playwright-core')
    }
  }
}

async function main(): Promise<void> {
  const only = values.only?.split(',').map((s) => s.trim())
  const selected = cases.filter((c) => !only || only.includes(c.id))
  const scratch = mkdtempSync(join(tmpdir(), 'roundtable-bench-'))
  const figures: Figure[] = []
  const extra: Record<string, unknown> = {}
  try {
    const generated = dataset(scratch)
    const ctx: BenchContext = {
      sizes,
      seed,
      rounds: Math.max(1, num(values.rounds, 5)),
      importLimitSeconds: num(values['import-limit'], 75),
      dataDir: dirname(generated.dataFile),
      generated,
      scratch,
      log
    }
    const write = (complete: boolean) => {
      const result = {
        date: new Date().toISOString(),
        complete,
        ...machine(),
        sizes,
        seed,
        rounds: ctx.rounds,
        dataset: { checksum: generated.checksum, notes: generated.notesWritten, bytes: statSync(generated.dataFile).size },
        caseSeconds: extra,
        totalSeconds: +((performance.now() - began) / 1000).toFixed(1),
        figures
      }
      mkdirSync(dirname(resolve(values.out)), { recursive: true })
      writeFileSync(resolve(values.out), JSON.stringify(result, null, 2) + '\n')
    }
    for (const benchCase of selected) {
      log(`${benchCase.title}…`)
      const start = performance.now()
      try {
        figures.push(...(await benchCase.run(ctx)))
      } catch (error) {
        figures.push(failed(benchCase.id, benchCase.title, error))
      }
      extra[benchCase.id] = { seconds: +((performance.now() - start) / 1000).toFixed(1) }
      // Written after every case, so a run stopped halfway still leaves its figures.
      write(false)
    }
    const totalSeconds = +((performance.now() - began) / 1000).toFixed(1)
    console.log(`\n${formatTable(figures)}\n`)
    write(true)
    log(`done in ${totalSeconds} s; written to ${values.out}`)
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

void main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
