/**
 * Reading the PDFs pdfkit writes, for tests that look at what text extraction does not show
 * (links and where they go): the file's objects and its pages in order. pdfkit's output is
 * regular (a classic cross-reference table, one dictionary per object, strings with every
 * newline escaped), and only pdfkit's output is read here.
 */

export interface PdfObject {
  /** The dictionary or value, as PDF text (Latin-1); a stream's bytes are left out. */
  text: string
}

export interface PdfFile {
  objects: Map<number, PdfObject>
  /** Page objects in page order. */
  pages: number[]
}

const refIn = (text: string, key: string): number | null => {
  const match = new RegExp(`/${key} (\\d+) 0 R`).exec(text)
  return match ? Number(match[1]) : null
}

function readObject(chunk: Buffer, number: number): PdfObject {
  const header = `${number} 0 obj\n`
  if (chunk.toString('latin1', 0, header.length) !== header) throw new Error(`object ${number} is not where the table says`)
  // A raw newline never occurs inside a pdfkit string, so the first "\nstream\n" starts the stream.
  const streamAt = chunk.indexOf('\nstream\n', header.length, 'latin1')
  const end = streamAt >= 0 ? streamAt : chunk.lastIndexOf('\nendobj', undefined, 'latin1')
  return { text: chunk.toString('latin1', header.length, end) }
}

/** Parses one PDF written by pdfkit, from its cross-reference table. */
export function readPdf(bytes: Buffer): PdfFile {
  const tail = bytes.subarray(Math.max(0, bytes.length - 64)).toString('latin1')
  const xrefAt = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail)?.[1] ?? NaN)
  const xref = bytes.subarray(xrefAt).toString('latin1')
  const trailerAt = xref.indexOf('trailer')
  const head = /^xref\s+0 (\d+)\s+/.exec(xref)
  if (!head || trailerAt < 0) throw new Error('not a PDF as pdfkit writes them')
  const used = [...xref.slice(head[0].length, trailerAt).matchAll(/(\d{10}) \d{5} ([nf])/g)]
    .flatMap((m, number) => (m[2] === 'n' ? [{ number, at: Number(m[1]) }] : []))
    .sort((a, b) => a.at - b.at)
  const objects = new Map<number, PdfObject>()
  used.forEach(({ number, at }, i) => objects.set(number, readObject(bytes.subarray(at, used[i + 1]?.at ?? xrefAt), number)))
  const catalog = objects.get(refIn(xref.slice(trailerAt), 'Root') ?? -1)
  const pageTree = objects.get(refIn(catalog?.text ?? '', 'Pages') ?? -1)
  if (!pageTree) throw new Error('no page tree')
  const kids = /\/Kids \[([^\]]*)\]/.exec(pageTree.text)?.[1] ?? ''
  return { objects, pages: [...kids.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1])) }
}
