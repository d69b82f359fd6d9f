import { mkdirSync } from 'node:fs'
import { Agent, request } from 'node:http'
import { join } from 'node:path'
import { startBrowserServer } from '../../src/server/server'
import type { BenchCase } from '../figures'
import { comparison } from '../figures'
import { interleave } from '../harness'
import { cycle, openCopy } from './dataset'

/** POSTs one API call on a kept-alive connection, as the renderer's fetch does. */
function post(agent: Agent, port: number, token: string, method: string, input: unknown): Promise<unknown> {
  const body = JSON.stringify(input)
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/api/${method}`,
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, 'Content-Length': Buffer.byteLength(body) }
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => {
          if (res.statusCode !== 200) reject(new Error(`HTTP ${res.statusCode}: ${Buffer.concat(chunks).toString()}`))
          else resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')))
        })
        res.on('error', reject)
      }
    )
    req.on('error', reject)
    req.end(body)
  })
}

/**
 * Browser mode's transport: a getWorkshop round trip over HTTP on 127.0.0.1 (client and
 * server in this process, one kept-alive connection) against the same call in process.
 */
export const httpCase: BenchCase = {
  id: 'http',
  title: 'Browser-mode HTTP round trip',
  async run(ctx) {
    const core = openCopy(ctx, 'http', 'browser')
    const rendererDir = join(ctx.scratch, 'no-renderer')
    mkdirSync(rendererDir, { recursive: true })
    const server = await startBrowserServer({ core, rendererDir })
    const agent = new Agent({ keepAlive: true, maxSockets: 1 })
    try {
      const nextA = cycle(ctx.generated.workshopIds)
      const nextB = cycle(ctx.generated.workshopIds)
      const samples = await interleave(
        [
          { name: 'HTTP', run: () => post(agent, server.port, server.token, 'getWorkshop', { id: nextA() }) },
          { name: 'core.call', run: () => core.call('getWorkshop', { id: nextB() }) }
        ],
        { rounds: ctx.rounds, iterations: 300, warmup: 100 }
      )
      return [
        comparison(
          {
            id: 'http.roundTrip',
            title: 'HTTP round trip: getWorkshop',
            target: 'p95 < 5 ms',
            met: (s) => s.p95 < 5,
            note: 'keep-alive agent, one socket; client and server share this process'
          },
          { name: 'HTTP', samples: samples.HTTP! },
          { name: 'core.call', samples: samples['core.call']! }
        )
      ]
    } finally {
      agent.destroy()
      await server.close()
      core.close()
    }
  }
}
