import { randomUUID } from 'node:crypto'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { ReportJob } from '../../shared/contract/report'
import type { WorkerMessage, WorkerRequest } from './reportWorker'

/**
 * Reports being made, on one worker thread. The caller polls a job until it is
 * done; the finished file is handed out once and then forgotten, so memory does not grow.
 */
interface Job {
  snapshot: ReportJob
}

const requireHere = createRequire(import.meta.url)
const MAX_KEPT = 20

/**
 * Where the worker's code is: next to this file when running from source (tsx, vitest; the
 * worker then needs tsx too), or built beside the main bundle as reportWorker.js.
 */
function workerEntry(): { url: URL; execArgv: string[] } {
  if (import.meta.url.endsWith('.ts')) {
    return { url: new URL('./reportWorker.ts', import.meta.url), execArgv: ['--import', pathToFileURL(requireHere.resolve('tsx')).href] }
  }
  return { url: new URL('./reportWorker.js', import.meta.url), execArgv: [] }
}

/**
 * The report worker's heap for new objects, kept small: a report makes a great many
 * short-lived ones (words, lines), and with V8's default young generation a 1,000-page
 * report's process peaked about 30 MB higher at the same speed (396–431 MB against 371–388 MB
 * in runs alternating). The old generation keeps V8's default limit: a smaller one lowered
 * the peak as much, but a report too big for it would fail.
 */
const reportWorkerLimits = { maxYoungGenerationSizeMb: 16 }

export function createReportJobs() {
  const jobs = new Map<string, Job>()
  let worker: Worker | null = null

  const forgetOldest = () => {
    for (const [id, job] of jobs) {
      if (jobs.size <= MAX_KEPT) break
      if (job.snapshot.status !== 'running') jobs.delete(id)
    }
  }

  const add = (base: Pick<ReportJob, 'fileName' | 'mimeType'>): Job => {
    forgetOldest()
    const job: Job = { snapshot: { jobId: randomUUID(), status: 'running', progress: 0, pageCount: null, data: null, error: null, ...base } }
    jobs.set(job.snapshot.jobId, job)
    return job
  }

  const failRunning = (error: string) => {
    for (const job of jobs.values()) if (job.snapshot.status === 'running') Object.assign(job.snapshot, { status: 'failed', error })
    worker = null
  }

  const startWorker = (): Worker => {
    const entry = workerEntry()
    const started = new Worker(entry.url, { execArgv: entry.execArgv, resourceLimits: reportWorkerLimits })
    started.on('message', (message: WorkerMessage) => {
      const job = jobs.get(message.jobId)
      if (!job) return
      if (message.type === 'progress') job.snapshot.progress = Math.max(job.snapshot.progress, message.progress)
      else if (message.type === 'done') {
        Object.assign(job.snapshot, { status: 'done', progress: 1, pageCount: message.pageCount, data: Buffer.from(message.pdf.buffer, message.pdf.byteOffset, message.pdf.byteLength).toString('base64') })
      } else Object.assign(job.snapshot, { status: 'failed', error: message.message })
    })
    started.on('error', (error) => failRunning(error.message))
    started.on('exit', (code) => failRunning(`The report stopped unexpectedly (exit code ${code}).`))
    // The report worker must not keep the CLI or a test process alive (after the listeners, which ref it).
    started.unref()
    return started
  }

  return {
    /** A job that is finished at once (Markdown is quick to write). */
    finished(fileName: string, mimeType: string, data: string): ReportJob {
      const job = add({ fileName, mimeType })
      Object.assign(job.snapshot, { status: 'done', progress: 1, data })
      return { ...job.snapshot, data: null }
    },

    /** Queues a PDF on the report worker thread and returns at once. */
    startPdf(fileName: string, input: Omit<WorkerRequest, 'jobId'>): ReportJob {
      const job = add({ fileName, mimeType: 'application/pdf' })
      worker ??= startWorker()
      worker.postMessage({ jobId: job.snapshot.jobId, ...input } satisfies WorkerRequest)
      return { ...job.snapshot }
    },

    /** The job as it is now; a finished job is returned with its file once, then dropped. */
    get(jobId: string): ReportJob | undefined {
      const job = jobs.get(jobId)
      if (!job) return undefined
      if (job.snapshot.status !== 'running') jobs.delete(jobId)
      return { ...job.snapshot }
    },

    /** Stops the worker (closing the app). */
    stop(): void {
      const stopping = worker
      worker = null
      void stopping?.terminate()
    }
  }
}

export type ReportJobs = ReturnType<typeof createReportJobs>
