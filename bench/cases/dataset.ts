import { copyFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { openCore, type RoundtableCore } from '../../src/core/app'
import { dataFileIn } from '../../src/core/paths'
import type { BenchContext } from '../figures'

/** A private copy of the generated data set, so a case that writes leaves the others' data as generated. */
export function copyOfDataset(ctx: BenchContext, name: string): string {
  const dir = join(ctx.scratch, name)
  mkdirSync(dir, { recursive: true })
  copyFileSync(ctx.generated.dataFile, dataFileIn(dir))
  return dir
}

export const openCopy = (ctx: BenchContext, name: string, transport: 'browser' | 'test' = 'test'): RoundtableCore =>
  openCore({ dataDir: copyOfDataset(ctx, name), transport })

/** Walks a list with a fixed stride, so consecutive operations touch unrelated rows. */
export function cycle<T>(list: readonly T[], stride = 7919): () => T {
  let i = 0
  return () => list[(i = (i + stride) % list.length)]!
}
