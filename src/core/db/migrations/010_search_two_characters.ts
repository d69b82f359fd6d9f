import type { Migration } from './index'
import { on, type Source, sources, triggers } from './008_search'

/**
 * Lets the trigram index answer two-character words (创新, 氢能, "EU"), which have no trigram of
 * their own. Every occurrence of a two-character word is the start of a trigram, provided
 * something follows it, so each indexed column now ends with a space: 创新 at the very end
 * of a note is indexed as "创新 ". A search for 创新 then asks the vocabulary (search_vocab)
 * for the trigrams that start with it and matches any of them.
 *
 * The triggers are rebuilt with the trailing space and the index is refilled from the source
 * tables (the rowids in search_refs stay as they are), then merged into one b-tree.
 */
const terminated = (expr: string) => `(${expr}) || ' '`

const withTrailingSpace = (s: Source): Source => ({ ...s, title: terminated(s.title), body: terminated(s.body) })

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
  name: 'two-character words from the trigram index (columns end with a space; vocabulary table)',
  up(db) {
    db.exec(`
      ${sources.map(dropTriggers).join('\n')}
      DROP TABLE search_index;
      CREATE VIRTUAL TABLE search_index USING fts5(title, body, tokenize = 'trigram remove_diacritics 1');
      CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_index, row);
      ${sources.map(refill).join('\n')}
      ${sources.map(withTrailingSpace).map(triggers).join('\n')}
      INSERT INTO search_index (search_index) VALUES ('optimize');
    `)
  }
}
