-- schema version 4: unique keys. A document is stored once (documents.id is the primary key since V1); a fact, a
-- check and a transcript turn once per document. Rows a race stored twice before this version are removed first.
DELETE FROM facts WHERE rowid NOT IN (SELECT min(rowid) FROM facts GROUP BY doc_id, fact_id);
DELETE FROM checks WHERE rowid NOT IN (SELECT min(rowid) FROM checks GROUP BY doc_id, idx);
DELETE FROM turns WHERE rowid NOT IN (SELECT min(rowid) FROM turns GROUP BY doc_id, exchange_idx, turn_idx);
CREATE UNIQUE INDEX facts_key ON facts (doc_id, fact_id);
CREATE UNIQUE INDEX checks_key ON checks (doc_id, idx);
CREATE UNIQUE INDEX turns_key ON turns (doc_id, exchange_idx, turn_idx);
