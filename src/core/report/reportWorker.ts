import { parentPort } from 'node:worker_threads'
import { buildReport } from './build'
import { renderPdf } from './render'
import type { ReportData, ReportOptions } from './types'

/**
 * Runs in a worker thread: lays out and draws PDFs so that the app's main thread (the
 * Electron main process, or browser mode's server) keeps answering while a 1,000-page
 * report is made. One long-lived worker keeps the parsed fonts warm between reports; jobs
 * run one after another. The document definition is built here because it holds functions
 * (running header and footer) that cannot cross threads.
 */
export interface WorkerRequest {
  jobId: string
  data: ReportData
  options: Partial<ReportOptions>
}

export type WorkerMessage =
  | { jobId: string; type: 'progress'; progress: number }
  | { jobId: string; type: 'done'; pdf: Uint8Array; pageCount: number }
  | { jobId: string; type: 'failed'; message: string }

/** pdfkit writes one uncompressed `/Type /Page` dictionary per page. */
export const countPages = (pdf: Uint8Array): number => (Buffer.from(pdf).toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length

const port = parentPort
const queue: WorkerRequest[] = []
let busy = false

async function work(): Promise<void> {
  if (busy || !port) return
  busy = true
  for (let request = queue.shift(); request; request = queue.shift()) {
    const { jobId } = request
    const send = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer)
    try {
      send({ jobId, type: 'progress', progress: 0.01 })
      const doc = buildReport(request.data, request.options)
      const pdf = await renderPdf(doc, (progress) => send({ jobId, type: 'progress', progress }))
      const bytes = new Uint8Array(pdf)
      send({ jobId, type: 'done', pdf: bytes, pageCount: countPages(bytes) }, [bytes.buffer])
    } catch (error) {
      send({ jobId, type: 'failed', message: (error as Error).message })
    }
  }
  busy = false
}

port?.on('message', (request: WorkerRequest) => {
  queue.push(request)
  void work()
})
