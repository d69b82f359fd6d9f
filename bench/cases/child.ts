import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'

const root = resolve(import.meta.dirname, '../..')

export interface ChildRun<T> {
  /** What the child printed as its last line (JSON), unless it was stopped. */
  result?: T
  /** Wall time, parent side. */
  ms: number
  /** Stopped at the time limit: `ms` is a lower bound. */
  stopped: boolean
}

/**
 * Runs `bench/cases/<script>` in its own Node process (its peak memory is its own) and
 * stops it after `limitMs`, so one slow side cannot take the whole bench's 10 minutes.
 */
export function runChild<T>(script: string, args: string[], limitMs: number): Promise<ChildRun<T>> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now()
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, script), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), limitMs)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      const ms = performance.now() - started
      if (signal === 'SIGKILL') return resolvePromise({ ms, stopped: true })
      if (code !== 0) return reject(new Error(`${script} ${args[0] ?? ''} failed: ${err.slice(-600)}`))
      resolvePromise({ result: JSON.parse(out.trim().split('\n').pop()!) as T, ms, stopped: false })
    })
  })
}
