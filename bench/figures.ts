import type { Generated, Sizes } from './generate'
import { ratio, stats, type Stats } from './harness'

/** One side of a figure: per-operation times, or a single measured value (rows/s, MB). */
export interface Measured {
  name: string
  stats?: Stats
  value?: number
  /** How to print the value when it is not in the figure's unit (e.g. MB beside ms). */
  display?: string
}

export interface Figure {
  /** Stable key in latest.json, e.g. `api.read`. */
  id: string
  title: string
  unit: 'ms' | 'rows/s' | 'MB'
  /** The measured side first, its baseline (if any) second. */
  sides: Measured[]
  /** measured / baseline on medians (for times) or values; `higher` says which way is better. */
  ratio?: { value: number; p95?: number; label: string }
  target?: string
  /** true met, false missed, null when there is no target or nothing to compare. */
  met: boolean | null
  status: 'measured' | 'not available yet' | 'failed'
  note?: string
}

export interface BenchContext {
  sizes: Sizes
  seed: number
  /** Rounds for interleaved comparisons; quick runs use fewer. */
  rounds: number
  /** Each bulk-import side is stopped after this long (it runs in one transaction). */
  importLimitSeconds: number
  /** The generated data set (latest schema), shared read-mostly by the cases. */
  dataDir: string
  generated: Generated
  /** A scratch folder the case may fill; removed at the end of the run. */
  scratch: string
  log: (message: string) => void
}

export interface BenchCase {
  id: string
  title: string
  run: (ctx: BenchContext) => Promise<Figure[]>
}

/** A figure comparing two sampled sides; the ratio is measured ÷ baseline. */
export function comparison(
  base: Omit<Figure, 'sides' | 'ratio' | 'met' | 'status' | 'unit'> & {
    met?: (measured: Stats, r: number) => boolean
    /** Report baseline ÷ measured ("N× faster") instead of measured ÷ baseline. */
    speedup?: boolean
  },
  measured: { name: string; samples: number[] },
  baseline: { name: string; samples: number[] }
): Figure {
  const a = stats(measured.samples)
  const b = stats(baseline.samples)
  const { met, speedup, ...rest } = base
  const r = speedup ? ratio(b.median, a.median) : ratio(a.median, b.median)
  const p95 = speedup ? ratio(b.p95, a.p95) : ratio(a.p95, b.p95)
  return {
    ...rest,
    unit: 'ms',
    sides: [
      { name: measured.name, stats: a },
      { name: baseline.name, stats: b }
    ],
    ratio: { value: r, p95, label: speedup ? `${baseline.name} ÷ ${measured.name} (× faster)` : `${measured.name} ÷ ${baseline.name}` },
    met: met ? met(a, r) : null,
    status: 'measured'
  }
}

export const notAvailable = (id: string, title: string, note: string, target?: string): Figure => ({
  id,
  title,
  unit: 'ms',
  sides: [],
  target,
  met: null,
  status: 'not available yet',
  note
})

export const failed = (id: string, title: string, error: unknown): Figure => ({
  id,
  title,
  unit: 'ms',
  sides: [],
  met: null,
  status: 'failed',
  note: error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 4).join(' | ') : String(error)
})

const fmtMs = (ms: number): string => (ms < 0.1 ? `${(ms * 1000).toFixed(1)} µs` : ms < 10 ? `${ms.toFixed(2)} ms` : `${ms.toFixed(0)} ms`)
const fmtValue = (value: number, unit: Figure['unit']): string =>
  unit === 'rows/s' ? `${Math.round(value).toLocaleString('en')} rows/s` : unit === 'MB' ? `${value.toFixed(0)} MB` : fmtMs(value)

function fmtSide(side: Measured | undefined, unit: Figure['unit']): string {
  if (!side) return ''
  if (side.display) return `${side.name}: ${side.display}`
  if (side.stats) return `${side.name}: ${fmtMs(side.stats.median)} / ${fmtMs(side.stats.p95)}`
  return side.value === undefined ? side.name : `${side.name}: ${fmtValue(side.value, unit)}`
}

/** One table row per figure: what was measured, its baseline, the ratio, the target and the verdict. */
export function formatTable(figures: readonly Figure[]): string {
  const header = ['figure', 'measured (median / p95)', 'baseline (median / p95)', 'ratio', 'target', 'verdict']
  const rows = figures.map((f) => [
    f.title,
    f.status === 'measured' ? fmtSide(f.sides[0], f.unit) : f.status.toUpperCase(),
    f.status === 'measured' ? fmtSide(f.sides[1], f.unit) : (f.note ?? ''),
    f.ratio && Number.isFinite(f.ratio.value) ? `${f.ratio.value.toFixed(2)}×` : '',
    f.target ?? '',
    f.met === null ? '–' : f.met ? 'met' : 'MISSED'
  ])
  const widths = header.map((h, i) => Math.min(70, Math.max(h.length, ...rows.map((r) => r[i]!.length))))
  const line = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ') + ' |'
  const notes = figures.filter((f) => f.note && f.status === 'measured').map((f) => `  · ${f.title}: ${f.note}`)
  return [line(header), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...rows.map(line), ...notes].join('\n')
}
