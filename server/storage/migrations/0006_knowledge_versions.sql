-- Sportello schema, version 6: a per-business knowledge version, so a process holding a dense
-- index in memory (the server) sees that another one (the command line, a second server)
-- changed the knowledge base. Same portable dialect as 0001.

-- Bumped in the same transaction as every document stored or removed; a saved vector index
-- records the version it matches, and one that is behind is brought up to date by diffing
-- chunk ids. A business with no row has version 0.
CREATE TABLE knowledge_versions (
    phone_number_id TEXT PRIMARY KEY,
    version BIGINT NOT NULL
);
