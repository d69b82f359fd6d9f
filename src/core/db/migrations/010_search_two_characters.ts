import type { Migration } from './index'
import { type Allocate, bandOf, bandSpan, on, type Source, sources, triggers } from './008_search'

/**
 * Two changes to the search index, made together because both rebuild it.
 *
 * Two-character words (创新, 氢能, "EU") have no trigram of their own. Every occurrence of one
 * starts a trigram, provided something follows it, so each indexed column now ends with a
 * space: 创新 at the very end of a note is indexed as "创新 ". A search for 创新 asks the
 * vocabulary (search_vocab) for the trigrams that start with it and matches any of them.
 *
 * Newest rows now get the lowest rowids of their kind's band (the next one is the band's
 * lowest so far minus one), so "newest first" is ascending rowid order. FTS5 seeks forward
 * through a long doclist with its doclist index but steps backward page by page: on 100,000
 * notes a page of hits for a common word costs up to ten times less read upwards.
 *
 * search_refs is renumbered in place (creation order kept), the triggers are rebuilt, and the
 * index is refilled from the source tables and merged into one b-tree.
 */
const terminated = (expr: string) => `(${expr}) || ' '`

const withTrailingSpace = (s: Source): Source => ({ ...s, title: terminated(s.title), body: terminated(s.body) })

/** The lowest rowid of the kind's band so far, minus one (the band's top when it is empty). */
const belowLowest: Allocate = (kindExpr) =>
  `coalesce((SELECT r.rowid FROM search_refs r WHERE r.rowid > ${bandOf(kindExpr)} AND r.rowid < ${bandOf(kindExpr)} + ${bandSpan} ORDER BY r.rowid ASC LIMIT 1), ${bandOf(kindExpr)} + ${bandSpan}) - 1`

function refill(s: Source): string {
  const t = withTrailingSpace(s)
  return `
    INSERT INTO search_index (rowid, title, body)
      SELECT r.rowid, ${on(t.title, 'x')}, ${on(t.body, 'x')} FROM ${s.table} x JOIN search_refs r ON r.ref_id = x.id AND r.kind = ${on(s.kind, 'x')};`
}

const dropTriggers = (s: Source) =>
  ['added', 'removed', 'changed'].map((event) => `DROP TRIGGER IF EXISTS search_${s.table}_${event};`).join('\n')

export const m010SearchTwoCharacters: Migration = {
  version: 10,
  name: 'search index: two-character words (columns end with a space, vocabulary), newest rows first in rowid order',
  up(db) {
    db.exec(`
      ${sources.map(dropTriggers).join('\n')}
      DROP TABLE search_index;
      UPDATE search_refs SET rowid = renumbered.rowid
        FROM (SELECT rowid AS old, ${bandOf('kind')} + ${bandSpan} - row_number() OVER (PARTITION BY kind ORDER BY rowid) AS rowid FROM search_refs) renumbered
        WHERE search_refs.rowid = renumbered.old;
      CREATE VIRTUAL TABLE search_index USING fts5(title, body, tokenize = 'trigram remove_diacritics 1');
      CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_index, row);
      ${sources.map(refill).join('\n')}
      ${sources
        .map(withTrailingSpace)
        .map((s) => triggers(s, belowLowest))
        .join('\n')}
      INSERT INTO search_index (search_index) VALUES ('optimize');
    `)
  }
}
