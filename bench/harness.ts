import { performance } from 'node:perf_hooks'

/**
 * The bench's timing harness: every comparison runs its sides in the same process, in
 * alternating blocks over several rounds, so that a busy 2-core machine slows both sides
 * alike and the ratio stays trustworthy even when the absolute numbers wobble.
 */

export interface Stats {
  n: number
  median: number
  p95: number
  mean: number
  min: number
  max: number
}

/** Nearest-rank quantile (q in 0..1) of an ascending array: a value that was really observed. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.ceil(q * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export function stats(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b)
  const sum = sorted.reduce((total, x) => total + x, 0)
  return {
    n: sorted.length,
    median: median(sorted),
    p95: quantile(sorted, 0.95),
    mean: sorted.length ? sum / sorted.length : Number.NaN,
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN
  }
}

/** How many times slower `measured` is than `baseline` (both medians, or both p95s). */
export const ratio = (measured: number, baseline: number): number => (baseline > 0 ? measured / baseline : Number.NaN)

export interface Side {
  name: string
  /** One operation. A returned promise is awaited, as a real caller would. */
  run: () => unknown
}

export interface InterleaveOptions {
  rounds: number
  /** Operations per side per round; each one is timed on its own. */
  iterations: number
  /** Untimed operations per side before the first round (JIT, statement caches, page cache). */
  warmup?: number
  /** Start no new round once this much time has gone by (at least one round always runs). */
  budgetMs?: number
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function'

/**
 * Runs every side `iterations` times per round, the sides' order rotated each round, and
 * returns each side's per-operation times in milliseconds.
 */
export async function interleave(sides: readonly Side[], options: InterleaveOptions): Promise<Record<string, number[]>> {
  const samples: Record<string, number[]> = Object.fromEntries(sides.map((side) => [side.name, []]))
  for (const side of sides) {
    for (let i = 0; i < (options.warmup ?? 0); i++) {
      const result = side.run()
      if (isThenable(result)) await result
    }
  }
  const began = performance.now()
  for (let round = 0; round < options.rounds; round++) {
    if (round > 0 && options.budgetMs !== undefined && performance.now() - began > options.budgetMs) break
    for (let k = 0; k < sides.length; k++) {
      const side = sides[(round + k) % sides.length]!
      const into = samples[side.name]!
      for (let i = 0; i < options.iterations; i++) {
        const start = performance.now()
        const result = side.run()
        if (isThenable(result)) await result
        into.push(performance.now() - start)
      }
    }
  }
  return samples
}

/** Times one run of an expensive operation (startup, a 1,000-page report) with its peak RSS. */
export async function timeOnce<T>(run: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now()
  const value = await run()
  return { ms: performance.now() - start, value }
}

/** The largest resident set this process has had so far, in MB (getrusage; includes native memory). */
export const maxRssMb = (): number => process.resourceUsage().maxRSS / 1024
