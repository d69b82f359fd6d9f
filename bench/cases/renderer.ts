import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { Browser } from 'playwright-core'
import { openCore, type RoundtableCore } from '../../src/core/app'
import { startBrowserServer, type BrowserServer } from '../../src/server/server'
import type { BenchCase, BenchContext, Figure } from '../figures'
import { comparison } from '../figures'
import { generate } from '../generate'
import { stats } from '../harness'
import { buildRenderer, launchChromium } from './browser'
import { copyOfDataset } from './dataset'

/** The little of the DOM the page-side functions use (the bench compiles without DOM types). */
interface Page {
  __bench: { longTasks: { start: number; duration: number }[]; cardAt: number | null; paintAt: number | null }
  innerHeight: number
  document: {
    querySelector: (selector: string) => unknown
    querySelectorAll: (selector: string) => { length: number }
    scrollingElement: { scrollTop: number; scrollHeight: number } | null
  }
  requestAnimationFrame: (callback: () => void) => number
  PerformanceObserver: new (callback: (list: { getEntries: () => { startTime: number; duration: number }[] }) => void) => {
    observe: (options: { type: string; buffered: boolean }) => void
  }
  MutationObserver: new (callback: () => void) => { observe: (target: unknown, options: object) => void; disconnect: () => void }
}

/**
 * Runs in every page before the app: records long tasks, and the moment the first
 * workshop card is in the DOM and the frame after it has been painted.
 */
function instrument(): void {
  const w = globalThis as unknown as Page
  w.__bench = { longTasks: [], cardAt: null, paintAt: null }
  new w.PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__bench.longTasks.push({ start: e.startTime, duration: e.duration })
  }).observe({ type: 'longtask', buffered: true })
  const watcher = new w.MutationObserver(() => {
    if (w.__bench.cardAt !== null || !w.document.querySelector('[data-testid="workshop-card"]')) return
    w.__bench.cardAt = performance.now()
    watcher.disconnect()
    w.requestAnimationFrame(() => setTimeout(() => (w.__bench.paintAt = performance.now()), 0))
  })
  watcher.observe(w.document, { childList: true, subtree: true })
}

interface Load {
  paintMs: number
  longTaskMs: number
  cards: number
}

async function firstPaint(browser: Browser, server: BrowserServer): Promise<Load & { scroll?: { ms: number; longTaskMs: number; steps: number } }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 820 } })
  try {
    const page = await context.newPage()
    await page.addInitScript(instrument)
    await page.goto(server.url)
    await page.waitForFunction(() => (globalThis as unknown as Page).__bench.paintAt !== null, undefined, { timeout: 180_000 })
    const load = await page.evaluate(() => {
      const w = globalThis as unknown as Page
      return {
        paintMs: w.__bench.paintAt!,
        longTaskMs: w.__bench.longTasks.reduce((sum, t) => sum + t.duration, 0),
        cards: w.document.querySelectorAll('[data-testid="workshop-card"]').length
      }
    })
    // A scroll through the list: 100 viewport-high steps, one per frame, or to the end.
    const scroll = await page.evaluate(async () => {
      const w = globalThis as unknown as Page
      await new Promise((r) => setTimeout(r, 500))
      const scroller = w.document.scrollingElement!
      w.__bench.longTasks = []
      const start = performance.now()
      let steps = 0
      while (steps < 100 && scroller.scrollTop + w.innerHeight < scroller.scrollHeight - 1) {
        scroller.scrollTop += w.innerHeight
        steps++
        await new Promise((r) => w.requestAnimationFrame(() => r(null)))
      }
      await new Promise((r) => setTimeout(r, 100))
      return { ms: performance.now() - start, longTaskMs: w.__bench.longTasks.reduce((sum, t) => sum + t.duration, 0), steps }
    })
    return { ...load, scroll }
  } finally {
    await context.close()
  }
}

/**
 * The workshop list in browser mode, Debian Chromium: time from navigation to the first
 * painted frame with workshop cards (listWorkshops over HTTP, React render, layout), with
 * the full data set and with a small one, interleaved; then a scroll through the big list.
 */
export const rendererCase: BenchCase = {
  id: 'renderer',
  title: 'Renderer: workshop list in Chromium',
  async run(ctx) {
    const rendererDir = buildRenderer(ctx.log)
    const small = 100
    const smallDir = join(ctx.scratch, 'renderer-small')
    generate({ workshops: small, cities: 20, speakers: 50, notes: 0 }, ctx.seed, smallDir)
    const sites: { name: string; core: RoundtableCore; server?: BrowserServer }[] = [
      { name: `${ctx.sizes.workshops.toLocaleString('en')} workshops`, core: openCore({ dataDir: copyOfDataset(ctx, 'renderer'), transport: 'browser' }) },
      { name: `${small} workshops`, core: openCore({ dataDir: smallDir, transport: 'browser' }) }
    ]
    let browser: Browser | undefined
    try {
      for (const site of sites) site.server = await startBrowserServer({ core: site.core, rendererDir })
      browser = await launchChromium()
      const results: Record<string, Awaited<ReturnType<typeof firstPaint>>[]> = Object.fromEntries(sites.map((s) => [s.name, []]))
      const rounds = Math.min(ctx.rounds, 2)
      await firstPaint(browser, sites[1]!.server!) // warm the browser's caches once
      const began = performance.now()
      for (let round = 0; round < rounds; round++) {
        if (round > 0 && performance.now() - began > 60_000) break
        for (const site of round % 2 ? [...sites].reverse() : sites) {
          const result = await firstPaint(browser, site.server!)
          results[site.name]!.push(result)
          ctx.log(`renderer ${site.name}: first paint ${result.paintMs.toFixed(0)} ms, ${result.cards} cards in the DOM, scroll long tasks ${result.scroll?.longTaskMs.toFixed(0)} ms`)
        }
      }
      return figures(ctx, sites[0]!.name, sites[1]!.name, results, browser.version())
    } finally {
      await browser?.close()
      for (const site of sites) {
        await site.server?.close()
        site.core.close()
      }
    }
  }
}

function figures(ctx: BenchContext, big: string, small: string, results: Record<string, Awaited<ReturnType<typeof firstPaint>>[]>, chromiumVersion: string): Figure[] {
  const bigRuns = results[big]!
  const cards = bigRuns[0]?.cards ?? 0
  const virtualised = cards < ctx.sizes.workshops
  const domNote = virtualised
    ? `virtualised: ${cards} cards in the DOM`
    : `NOT virtualised: all ${cards.toLocaleString('en')} cards are in the DOM`
  const paint = comparison(
    {
      id: 'renderer.firstPaint',
      title: `workshop list first paint, ${big}`,
      target: '< 500 ms',
      met: (s) => s.median < 500,
      note: `${domNote}; Chromium ${chromiumVersion}; long tasks during load ${stats(bigRuns.map((r) => r.longTaskMs)).median.toFixed(0)} ms`
    },
    { name: big, samples: bigRuns.map((r) => r.paintMs) },
    { name: small, samples: results[small]!.map((r) => r.paintMs) }
  )
  const scrolls = bigRuns.map((r) => r.scroll!).filter(Boolean)
  const scroll: Figure = {
    id: 'renderer.scroll',
    title: `scroll ${scrolls[0]?.steps ?? 0} screens of the list, ${big}: long-task time`,
    unit: 'ms',
    sides: [
      { name: 'long tasks', stats: stats(scrolls.map((s) => s.longTaskMs)) },
      { name: 'scroll wall time', stats: stats(scrolls.map((s) => s.ms)) }
    ],
    met: null,
    status: 'measured',
    note: `one step per frame; ideal: 0 ms of long tasks; ${domNote}`
  }
  return [paint, scroll]
}
