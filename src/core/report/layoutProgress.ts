import type { Content } from 'pdfmake/interfaces'
import { pdfmakeInternal } from './pdfmakeFast'
import { isDrawingAsLaidOut } from './pdfmakeFast/drawAsLaidOut'

/*
 * pdfmake reports progress only while it draws pages, but before that it measures every word
 * and lays out every page: more than half of a 1,000-page report's time, during which a
 * progress bar would stand still. The document's top-level blocks come in order through both
 * passes, so how far through them pdfmake is says how far it has got.
 */

/** Share of the work before drawing starts: measuring, then laying out (from profiles of big reports). */
export const phases = { measure: [0.02, 0.35], layout: [0.35, 0.55], draw: [0.55, 1] } as const

/**
 * When pages are drawn as they are laid out (the fast paths), each block is measured, laid
 * out and drawn in turn: one pass through the blocks, then the headers, footers and contents
 * page numbers drawn at the end.
 */
export const drawnAsLaidOut = { measure: [0.02, 0.96], layout: [0.02, 0.96], draw: [0.96, 1] } as const

type Phase = keyof typeof phases

let blockStarts = new WeakMap<object, number>()
let report: ((progress: number) => void) | null = null
let reported = 0

function reach(name: Phase, fraction: number): void {
  const phase = (isDrawingAsLaidOut() ? drawnAsLaidOut : phases)[name]
  const progress = phase[0] + (phase[1] - phase[0]) * fraction
  // In steps of at least 1%, never backwards: pdfmake measures headers and footers again at the end.
  if (report && progress - reported >= 0.01) {
    reported = progress
    report(progress)
  }
}

let installed = false

/** Hooks the measuring and layout passes; safe to call more than once. */
export function installLayoutProgress(): void {
  if (installed) return
  installed = true
  const measure = pdfmakeInternal('DocMeasure').prototype
  const layout = pdfmakeInternal('LayoutBuilder').prototype
  const { measureNode } = measure
  const { processNode } = layout
  if (typeof measureNode !== 'function' || typeof processNode !== 'function') return
  measure.measureNode = function (this: unknown, node: object, ...rest: unknown[]) {
    const at = blockStarts.get(node)
    if (at !== undefined) reach('measure', at)
    return measureNode.call(this, node, ...rest)
  }
  layout.processNode = function (this: unknown, node: object, ...rest: unknown[]) {
    const at = blockStarts.get(node)
    if (at !== undefined) reach('layout', at)
    return processNode.call(this, node, ...rest)
  }
}

/**
 * Reports 0..1 over the whole rendering of `content` while `run` renders it: the measuring
 * and layout passes through the top-level blocks, then pdfmake's own page drawing progress,
 * which `run` receives as a callback. One document at a time per thread.
 */
export async function withLayoutProgress<T>(
  content: Content | undefined,
  onProgress: ((progress: number) => void) | undefined,
  run: (onDrawn: ((fraction: number) => void) | undefined) => Promise<T>
): Promise<T> {
  if (!onProgress) return run(undefined)
  const blocks = Array.isArray(content) ? content : []
  blockStarts = new WeakMap()
  blocks.forEach((block, i) => {
    if (block && typeof block === 'object') blockStarts.set(block, i / blocks.length)
  })
  report = onProgress
  reported = 0
  try {
    return await run((fraction) => reach('draw', fraction))
  } finally {
    report = null
    blockStarts = new WeakMap()
  }
}
