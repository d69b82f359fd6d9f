import type { AnyRecord } from './shared'

/* Text written to a PDF object: pdfkit's PDFReference#write */

type Ref = { pendingText?: string[] | null }
/** Joins an object's pending text into bytes; set when the patch is installed. */
let flush: (ref: Ref) => void = () => {}

/**
 * Turns the text written so far to a PDF object into bytes now. A page kept open until the
 * end of the document (for its footer) then holds one buffer, a byte per character, instead
 * of thousands of small strings.
 */
export const settleWrittenText = (reference: object) => flush(reference as Ref)

/**
 * pdfkit turns every piece of text written to a PDF object (a page's content above all) into
 * a Buffer of its own as it is written (Buffer.from(chunk + '\n')), then joins them when the
 * object ends. Drawing a 1,000-page report writes a few hundred thousand such pieces: as many
 * small allocations, and tens of megabytes of buffers waiting for the garbage collector. Text
 * pieces are kept as strings here and turned into one buffer when the object ends, or before
 * anything else is written to it, with the same bytes in the same order.
 */
export function joinTextChunksOnce(reference: AnyRecord): void {
  const proto = Object.getPrototypeOf(reference) as AnyRecord
  const write = proto.write as ((chunk: unknown) => void) | undefined
  const finalize = proto.finalize as (() => void) | undefined
  if (typeof write !== 'function' || typeof finalize !== 'function' || write.length !== 1 || finalize.length !== 0) return
  flush = (ref: Ref) => {
    const pending = ref.pendingText
    if (!pending || pending.length === 0) return
    ref.pendingText = null
    // The original adds '\n' after each piece: joined with '\n', then its own '\n' at the end.
    write.call(ref, pending.join('\n'))
  }
  proto.write = function (this: Ref, chunk: unknown) {
    if (typeof chunk === 'string') (this.pendingText ??= []).push(chunk)
    else {
      flush(this)
      write.call(this, chunk)
    }
  }
  proto.finalize = function (this: Ref) {
    flush(this)
    finalize.call(this)
  }
}
