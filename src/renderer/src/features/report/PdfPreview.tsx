import { Alert, Paper, ScrollArea, Stack, Text } from '@mantine/core'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

/** Pages beyond this are not drawn in the preview: the saved file has them all. */
const MAX_PAGES = 40
const PAGE_WIDTH = 520

type PdfJs = typeof import('pdfjs-dist')
let pdfjs: Promise<PdfJs> | undefined

/**
 * PDF.js draws the pages itself, so the preview looks the same in the desktop window and in
 * any browser, whether or not it has a PDF viewer. Loaded on first use: it is large.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?worker&url')]).then(([lib, worker]) => {
    lib.GlobalWorkerOptions.workerSrc = worker.default
    return lib
  })
  return pdfjs
}

export function PdfPreview({ bytes }: { bytes: Uint8Array | null }) {
  const { t } = useTranslation('report')
  const holder = useRef<HTMLDivElement>(null)
  const [pages, setPages] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const target = holder.current
    if (!bytes || !target) return
    let cancelled = false
    const draw = async () => {
      const lib = await loadPdfJs()
      // PDF.js takes ownership of the buffer it is given: hand it a copy.
      const loading = lib.getDocument({ data: bytes.slice(), useWorkerFetch: false })
      const doc = await loading.promise
      if (cancelled) return void loading.destroy()
      setPages(doc.numPages)
      const canvases: HTMLCanvasElement[] = []
      for (let n = 1; n <= Math.min(doc.numPages, MAX_PAGES) && !cancelled; n++) {
        const page = await doc.getPage(n)
        const base = page.getViewport({ scale: 1 })
        const ratio = window.devicePixelRatio || 1
        const viewport = page.getViewport({ scale: (PAGE_WIDTH / base.width) * ratio })
        const canvas = document.createElement('canvas')
        canvas.width = viewport.width
        canvas.height = viewport.height
        canvas.style.width = `${viewport.width / ratio}px`
        canvas.setAttribute('aria-label', t('preview.page', { page: n }))
        canvas.dataset.testid = 'report-preview-page'
        await page.render({ canvas, viewport }).promise
        canvases.push(canvas)
        // Show the first page as soon as it is drawn; the rest follow.
        if (n === 1 && !cancelled) target.replaceChildren(canvas)
        else if (!cancelled) target.append(canvas)
      }
      await loading.destroy()
    }
    draw().catch((e: unknown) => !cancelled && setError(String((e as Error).message ?? e)))
    return () => {
      cancelled = true
    }
  }, [bytes, t])

  return (
    <Stack gap="xs">
      {error && <Alert color="red">{error}</Alert>}
      <ScrollArea h="calc(100vh - 260px)" type="auto" offsetScrollbars>
        <Paper bg="gray.2" p="md" radius="md">
          <div ref={holder} data-testid="report-preview" style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 16 }} />
        </Paper>
      </ScrollArea>
      {pages !== null && (
        <Text size="xs" c="dimmed">
          {pages > MAX_PAGES ? t('preview.firstPages', { shown: MAX_PAGES, count: pages }) : t('preview.pages', { count: pages })}
        </Text>
      )}
    </Stack>
  )
}
