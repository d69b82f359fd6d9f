import { useCallback, useEffect, useRef, useState } from 'react'
import type { ReportJob, ReportRequest } from '../../../../shared/contract/report'
import { api, errorMessage } from '../../api/client'

export interface ReportFile {
  fileName: string
  mimeType: string
  bytes: Uint8Array
  pageCount: number | null
}

const POLL_MS = 150

const decode = (job: ReportJob): Uint8Array =>
  job.mimeType === 'application/pdf' ? Uint8Array.from(atob(job.data ?? ''), (c) => c.charCodeAt(0)) : new TextEncoder().encode(job.data ?? '')

/**
 * Makes a report on the service's worker thread and follows its progress. Only the latest
 * request counts: a newer one makes the answer of an older one be ignored.
 */
export function useReportJob() {
  const [progress, setProgress] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)
  const latest = useRef(0)

  useEffect(() => () => void (latest.current += 1), [])

  const run = useCallback(async (request: ReportRequest): Promise<ReportFile | null> => {
    const ticket = (latest.current += 1)
    setError(null)
    setProgress(0)
    try {
      let job = await api.startReport(request)
      do {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS))
        if (ticket !== latest.current) return null
        job = await api.getReportJob({ jobId: job.jobId })
        setProgress(job.progress)
      } while (job.status === 'running')
      if (ticket !== latest.current) return null
      setProgress(null)
      if (job.status === 'failed') {
        setError(job.error ?? '')
        return null
      }
      return { fileName: job.fileName, mimeType: job.mimeType, bytes: decode(job), pageCount: job.pageCount }
    } catch (e) {
      if (ticket === latest.current) {
        setProgress(null)
        setError(errorMessage(e))
      }
      return null
    }
  }, [])

  return { run, progress, error }
}
