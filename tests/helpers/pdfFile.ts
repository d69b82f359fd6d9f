/**
 * Reading the PDFs pdfkit writes, for tests that look at what text extraction does not
 * show (links, named destinations, page sizes): its objects, its pages in order and its
 * named destinations. pdfkit's output is regular (a classic cross-reference table, one
 * dictionary per object, `/Length` written as a number, strings with every newline and
 * parenthesis escaped), and only pdfkit's output is read here.
 */

export interface PdfObject {
  /** The dictionary or value, as PDF text (Latin-1). */
  text: string
  /** The stream's bytes as written (still compressed), when the object has one. */
  stream?: Buffer
}

export interface PdfFile {
  objects: Map<number, PdfObject>
  root: number
  info: number | null
  /** Page objects in page order. */
  pages: number[]
  pagesNode: number
  namesNode: number | null
  /** Named destinations: name (as its PDF string) → destination array text. */
  dests: Map<string, string>
}

export class PdfReadError extends Error {}

const ref = (text: string, key: string): number | null => {
  const match = new RegExp(`/${key} (\\d+) 0 R`).exec(text)
  return match ? Number(match[1]) : null
}

/** Every object of the file, by number, from its cross-reference table. */
function readObjects(bytes: Buffer): { objects: Map<number, PdfObject>; trailer: string } {
  const tail = bytes.subarray(Math.max(0, bytes.length - 64)).toString('latin1')
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail)
  if (!start) throw new PdfReadError('no startxref')
  const xrefAt = Number(start[1])
  const xref = bytes.subarray(xrefAt).toString('latin1')
  const head = /^xref\s+0 (\d+)\s+/.exec(xref)
  const trailerAt = xref.indexOf('trailer')
  if (!head || trailerAt < 0) throw new PdfReadError('unexpected cross-reference table')
  const offsets = [...xref.slice(head[0].length, trailerAt).matchAll(/(\d{10}) \d{5} ([nf])/g)]
  const objects = new Map<number, PdfObject>()
  const used = offsets.flatMap((m, number) => (m[2] === 'n' ? [{ number, at: Number(m[1]) }] : [])).sort((a, b) => a.at - b.at)
  used.forEach(({ number, at }, i) => {
    const end = i + 1 < used.length ? used[i + 1]!.at : xrefAt
    objects.set(number, readObject(bytes.subarray(at, end), number))
  })
  return { objects, trailer: xref.slice(trailerAt) }
}

function readObject(chunk: Buffer, number: number): PdfObject {
  const header = `${number} 0 obj\n`
  if (chunk.toString('latin1', 0, header.length) !== header) throw new PdfReadError(`object ${number} is not where the table says`)
  // A raw newline never occurs inside a pdfkit string, so the first "\nstream\n" starts the stream.
  const streamAt = chunk.indexOf('\nstream\n', header.length, 'latin1')
  if (streamAt < 0) {
    const end = chunk.lastIndexOf('\nendobj', undefined, 'latin1')
    return { text: chunk.toString('latin1', header.length, end) }
  }
  const text = chunk.toString('latin1', header.length, streamAt)
  const length = /\/Length (\d+)/.exec(text)
  if (!length) throw new PdfReadError(`object ${number} has a stream of unknown length`)
  const from = streamAt + '\nstream\n'.length
  return { text, stream: chunk.subarray(from, from + Number(length[1])) }
}

/** Splits `<< ... /Names [ (key) value (key) value ] >>` of a flat name tree into its entries. */
function readNameTree(text: string): Map<string, string> {
  const entries = new Map<string, string>()
  const names = text.indexOf('/Names [')
  if (names < 0) return entries
  const entry = /(\((?:\\[\s\S]|[^\\)])*\))\s*(\[[^\]]*\])/g
  entry.lastIndex = names + '/Names ['.length
  for (let m = entry.exec(text); m; m = entry.exec(text)) entries.set(m[1]!, m[2]!)
  return entries
}

/** Parses one PDF written by pdfkit. */
export function readPdf(bytes: Buffer): PdfFile {
  const { objects, trailer } = readObjects(bytes)
  const root = ref(trailer, 'Root')
  const catalog = root === null ? undefined : objects.get(root)
  if (root === null || !catalog) throw new PdfReadError('no catalog')
  const pagesNode = ref(catalog.text, 'Pages')
  const pagesObject = pagesNode === null ? undefined : objects.get(pagesNode)
  if (pagesNode === null || !pagesObject) throw new PdfReadError('no page tree')
  const kids = /\/Kids \[([^\]]*)\]/.exec(pagesObject.text)
  const pages = [...(kids?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]))
  const namesNode = ref(catalog.text, 'Names')
  const names = namesNode === null ? undefined : objects.get(namesNode)
  const destsAt = names?.text.indexOf('/Dests') ?? -1
  return {
    objects,
    root,
    info: ref(trailer, 'Info'),
    pages,
    pagesNode,
    namesNode,
    dests: names && destsAt >= 0 ? readNameTree(names.text.slice(destsAt)) : new Map()
  }
}
