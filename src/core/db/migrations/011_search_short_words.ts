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
 * trigram, 15 MB for 100,000 notes. Its rows follow search_refs, so every write that the
 * triggers of migration 10 index is spread out too, in the same transaction.
 */

/** Characters spread per step of spreadOut's recursion. */
const chunk = 64

/**
 * SQL: `text` with a space before and after each of its characters (trailing spaces made one).
 * SQLite's substr walks a text from its start to find a character, so taking one character
 * per step would cost the square of the length (2 s for 20,000 characters of Chinese). Each
 * step here cuts the next 64 characters off the front and spreads them with 64 substr calls
 * that walk at most 64 characters each: 20,000 characters take a few milliseconds.
 */
export const spreadOut = (text: string) => {
  const chars = Array.from({ length: chunk }, (_, i) => `substr(rest, ${i + 1}, 1)`).join(" || ' ' || ")
  return `(WITH RECURSIVE c(step, rest, part) AS (
      SELECT 0, ${text}, NULL
      UNION ALL
      SELECT step + 1, substr(rest, ${chunk + 1}), ${chars} FROM c WHERE rest <> ''
    ) SELECT rtrim(' ' || group_concat(part, ' ' ORDER BY step), ' ') || ' ' FROM c)`
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

/** The same spreading as `spreadOut`, in JS: filling the table for 100,000 notes takes 5 s this way, 30 s in SQL. */
export const spreadOutJs = (text: string | null): string | null =>
  text === null || text === '' ? null : ` ${Array.from(text).join(' ')}`.replace(/ +$/, '') + ' '

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
