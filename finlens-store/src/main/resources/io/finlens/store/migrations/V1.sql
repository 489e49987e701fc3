-- finlens store, schema version 1: documents, facts, checks, transcript turns, declared entity aliases.
-- Values are exact decimals in base units (DECIMAL(38,10)); offsets are code points into the document text.
CREATE TABLE documents (
    id VARCHAR PRIMARY KEY,          -- content hash (SHA-256 of the bytes, first 16 hex digits)
    name VARCHAR NOT NULL,           -- the path or upload name as given
    language VARCHAR NOT NULL,
    charset VARCHAR,
    title VARCHAR,
    entity VARCHAR,                  -- the document's company as written
    entity_id VARCHAR,               -- resolved, stable across documents
    period VARCHAR,                  -- the document's period, contract spelling
    period_end DATE,
    chars INTEGER NOT NULL,
    bytes INTEGER NOT NULL,
    fact_count INTEGER NOT NULL,
    check_count INTEGER NOT NULL,
    exchange_count INTEGER NOT NULL,
    seq BIGINT NOT NULL,             -- order of storing (not a clock)
    text VARCHAR NOT NULL,           -- the text as read (BOM removed)
    contract BLOB NOT NULL           -- the contract JSON (deflate), exactly what analyze --format json prints
);
CREATE TABLE facts (
    doc_id VARCHAR NOT NULL,
    fact_id VARCHAR NOT NULL,
    entity VARCHAR,
    entity_id VARCHAR,
    metric VARCHAR NOT NULL,
    segment VARCHAR,
    basis VARCHAR,
    period VARCHAR NOT NULL,
    period_kind VARCHAR NOT NULL,
    period_end DATE NOT NULL,
    value DECIMAL(38,10),
    tolerance DECIMAL(38,10),
    unit VARCHAR NOT NULL,
    qualifier VARCHAR,
    range_low DECIMAL(38,10),
    range_high DECIMAL(38,10),
    guidance BOOLEAN NOT NULL,
    yoy DECIMAL(38,10),
    yoy_points DECIMAL(38,10),
    qoq DECIMAL(38,10),
    changes VARCHAR NOT NULL,        -- the contract's changes array (JSON)
    evidence_count INTEGER NOT NULL,
    evidence_start INTEGER NOT NULL, -- first evidence span, code points
    evidence_end INTEGER NOT NULL,
    evidence_text VARCHAR NOT NULL,
    rules VARCHAR NOT NULL
);
CREATE TABLE checks (
    doc_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    rule VARCHAR NOT NULL,
    status VARCHAR NOT NULL,
    fact_ids VARCHAR NOT NULL,
    expected DECIMAL(38,10),
    actual DECIMAL(38,10),
    message VARCHAR NOT NULL
);
CREATE TABLE turns (
    doc_id VARCHAR NOT NULL,
    exchange_idx INTEGER NOT NULL,
    turn_idx INTEGER NOT NULL,
    analyst VARCHAR,
    firm VARCHAR,
    speaker VARCHAR NOT NULL,
    role VARCHAR NOT NULL,
    start_cp INTEGER NOT NULL,
    end_cp INTEGER NOT NULL,
    topics VARCHAR NOT NULL
);
CREATE TABLE entity_aliases (
    alias_key VARCHAR NOT NULL,      -- normalized alias
    alias VARCHAR NOT NULL,          -- as written
    entity_id VARCHAR NOT NULL,
    doc_id VARCHAR NOT NULL
);
