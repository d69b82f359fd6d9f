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

const PAGE = Buffer.from('/Type /Page', 'latin1')
const isWordByte = (byte: number) => /\w/.test(String.fromCharCode(byte))

/**
 * pdfkit writes one uncompressed `/Type /Page` dictionary per page (and one `/Type /Pages`).
 * Searched in the bytes as they are: a 1,000-page report is some 4 MB, and a copy of it as
 * text came at the moment the report's memory peaks.
 */
export function countPages(pdf: Uint8Array): number {
  const bytes = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength)
  let pages = 0
  for (let at = bytes.indexOf(PAGE); at !== -1; at = bytes.indexOf(PAGE, at + PAGE.length)) {
    const next = bytes[at + PAGE.length]
    if (next === undefined || !isWordByte(next)) pages++
  }
  return pages
}

/** The PDF as bytes that can be handed to the main thread without a copy when they are the buffer's own. */
const transferable = (pdf: Buffer): Uint8Array =>
  pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength ? new Uint8Array(pdf.buffer) : new Uint8Array(pdf)

type Send = (message: WorkerMessage, transfer?: ArrayBuffer[]) => void

/**
 * A job's start: its first progress, then its document. The request (with the workshop's
 * data) is not kept while the PDF is made: the document holds the text it needs.
 */
function documentFor(request: WorkerRequest, send: Send) {
  send({ jobId: request.jobId, type: 'progress', progress: 0.01 })
  return buildReport(request.data, request.options)
}

const port = parentPort
const queue: WorkerRequest[] = []
let busy = false

async function work(): Promise<void> {
  if (busy || !port) return
  busy = true
  while (queue.length > 0) {
    const { jobId } = queue[0]!
    const send: Send = (message, transfer = []) => port.postMessage(message, transfer)
    try {
      const doc = documentFor(queue.shift()!, send)
      const pdf = await renderPdf(doc, (progress) => send({ jobId, type: 'progress', progress }))
      const bytes = transferable(pdf)
      send({ jobId, type: 'done', pdf: bytes, pageCount: countPages(bytes) }, [bytes.buffer as ArrayBuffer])
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
