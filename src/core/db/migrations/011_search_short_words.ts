import type { Migration } from './index'
import { on, sources } from './008_search'

/**
 * Words of one or two characters (创新, 氢能, "EU", 鄂) get an index of their own.
 *
 * The trigram index cannot answer them: migration 10 looked up, in its vocabulary, every
 * trigram that starts with the word, and SQLite counts each such trigram's rows to list it
 * (2 ms for 创新 in 100,000 notes, before the search itself). Single characters were not
 * indexed at all and scanned every row with LIKE, which does not fold accents.
 *
 * search_spread holds each indexed row's text spread out, a space before and after every
 * character: "创新 EU" becomes " 创 新   E U ". There every pair of neighbours is a trigram of
 * its own ("创 新"), and so is every single character (" 鄂 "), folded like the main index. The
 * table keeps no text and no positions (contentless, detail=none): one row id per row and
 * trigram, about 18 MB for 100,000 notes. Its rows follow search_refs, so every write that the
 * triggers of migration 10 index is spread out too, in the same transaction.
 */

/**
 * The combining marks FTS5's remove_diacritics drops from text (sqlite3Fts5UnicodeIsdiacritic).
 * They are dropped before spreading too: spread out, "é" written as e + U+0301 would leave
 * two spaces between e and the next letter once FTS5 drops the mark, and no pair would match.
 */
const droppedMarks: readonly number[] = [
  ...span(0x300, 0x304), ...span(0x306, 0x30c), 0x30f, 0x311, 0x31b, ...span(0x323, 0x328), 0x32d, 0x32e, 0x330, 0x331
]
function span(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i)
}

/** SQL: `text` without the dropped marks. */
const cleaned = (text: string) => droppedMarks.reduce((sql, mark) => `replace(${sql}, char(${mark}), '')`, text)

/** Longest piece spread with one expression; longer text is halved until it fits. */
const piece = 64

/**
 * SQL: `text` cleaned, with a space before and after each of its characters (trailing spaces
 * made one). SQLite's substr walks a text from its start to find a character, so taking one
 * character at a time costs the square of the length. Here the text is halved again and
 * again (each level reads it once) down to pieces of 64 characters, each spread by 64
 * substr calls that walk at most 64 characters: 200,000 characters, the most a field holds,
 * take 50 to 100 ms. SQLite's text functions stop at a NUL character (and replace()
 * cannot remove one), so text after a NUL is not spread out.
 */
export const spreadOut = (text: string) => {
  const chars = Array.from({ length: piece }, (_, i) => (i === 0 ? 'substr(part, 1, 1)' : `iif(size > ${i}, ' ' || substr(part, ${i + 1}, 1), '')`)).join(' || ')
  return `(WITH RECURSIVE halves(at, part, size) AS (
      SELECT 0, whole, length(whole) FROM (SELECT ${cleaned(text)} AS whole)
      UNION ALL
      SELECT at + half.second * (size / 2),
             iif(half.second, substr(part, size / 2 + 1), substr(part, 1, size / 2)),
             iif(half.second, size - size / 2, size / 2)
      FROM halves, (SELECT 0 AS second UNION ALL SELECT 1) half
      WHERE size > ${piece}
    ) SELECT rtrim(' ' || group_concat(${chars}, ' ' ORDER BY at), ' ') || ' ' FROM halves WHERE size <= ${piece})`
}

/** SQL: the indexed text of the search_refs row `ref`, read from its source table. */
const textOf = (ref: string) =>
  `CASE ${sources
    .map(
      (s) =>
        `WHEN ${ref}.kind IN (${s.kinds.map((k) => `'${k}'`).join(', ')})
         THEN (SELECT concat_ws(' ', ${on(s.title, 'x')}, ${on(s.body, 'x')}) FROM ${s.table} x WHERE x.id = ${ref}.ref_id)`
    )
    .join(' ')} END`

const droppedMark = new RegExp(`[${droppedMarks.map((mark) => String.fromCodePoint(mark)).join('')}]`, 'gu')

/** `text` without the marks FTS5 drops: what the spread-out index and the search terms are measured on. */
export const withoutDroppedMarks = (text: string): string => text.replace(droppedMark, '')

/** The same spreading as `spreadOut`, in JS, for filling the table at once: several times faster than the SQL. */
export const spreadOutJs = (text: string | null): string | null =>
  text === null ? null : ` ${Array.from(withoutDroppedMarks(text.split('\0', 1)[0]!)).join(' ')}`.replace(/ +$/, '') + ' '

export const m011SearchShortWords: Migration = {
  version: 11,
  name: 'search index: one- and two-character words (spread-out text)',
  up(db) {
    db.function('roundtable_spread_out', { deterministic: true }, (text) => spreadOutJs(text === null ? null : String(text)))
    // Leaf pages of 500 bytes instead of 4,050: FTS5 seeks through a doclist of a few pages by
    // reading it, and every page of the walk starts with such a seek to its kind's rowids
    // (0.3 ms for 氢能 in the case studies, 0.02 ms with small pages), for 15% more space.
    db.exec(`
      DROP TABLE search_vocab;
      CREATE VIRTUAL TABLE search_spread USING fts5(
        text, content = '', contentless_delete = 1, detail = none, tokenize = 'trigram remove_diacritics 1'
      );
      INSERT INTO search_spread (search_spread, rank) VALUES ('pgsz', 500);
      INSERT INTO search_spread (rowid, text) SELECT r.rowid, roundtable_spread_out(${textOf('r')}) FROM search_refs r;
      INSERT INTO search_spread (search_spread) VALUES ('optimize');
      CREATE TRIGGER search_spread_added AFTER INSERT ON search_refs BEGIN
        INSERT INTO search_spread (rowid, text) VALUES (new.rowid, ${spreadOut(textOf('new'))});
      END;
      CREATE TRIGGER search_spread_removed AFTER DELETE ON search_refs BEGIN
        DELETE FROM search_spread WHERE rowid = old.rowid;
      END;
    `)
  }
}
