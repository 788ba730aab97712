-- Sportello schema, version 5: the embedding cache, so re-importing a document only embeds
-- the chunks whose text changed. Same portable dialect as 0001.

-- One vector per (embedding model, SHA-256 of model id and text); the vector is little-endian
-- float32, L2-normalised. The table is only a cache: dropping rows costs re-embedding, nothing else.
CREATE TABLE embedding_cache (
    model TEXT NOT NULL,
    content_hash TEXT NOT NULL,          -- lower-case hex SHA-256
    dimensions INTEGER NOT NULL,
    vector {{BLOB}} NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (model, content_hash)
);
