-- schema version 2: the ingest log, so a run can say what it did and a resumed run where it stopped.
CREATE TABLE ingest_runs (
    run INTEGER NOT NULL,
    stored INTEGER NOT NULL,
    skipped INTEGER NOT NULL,
    failed INTEGER NOT NULL,
    batches INTEGER NOT NULL
);
