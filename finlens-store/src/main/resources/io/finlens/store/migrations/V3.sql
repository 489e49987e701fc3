-- schema version 3: each fact carries its document's name, period, period end and storing order, so that fact
-- listings and series read one table (a join or an id lookup into documents cost as much as the facts themselves).
ALTER TABLE facts ADD COLUMN doc_name VARCHAR;
ALTER TABLE facts ADD COLUMN doc_period VARCHAR;
ALTER TABLE facts ADD COLUMN doc_period_end DATE;
ALTER TABLE facts ADD COLUMN doc_seq BIGINT;
UPDATE facts SET doc_name = d.name, doc_period = d.period, doc_period_end = d.period_end, doc_seq = d.seq
    FROM documents d WHERE d.id = facts.doc_id;
