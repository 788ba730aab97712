-- Sportello schema, version 4: each business's knowledge base (documents cut into chunks) and
-- the lexical index retrieval searches. Same portable dialect as 0001, except knowledge_fts.

-- One imported file; importing a file of the same source name again replaces it.
CREATE TABLE knowledge_documents (
    id {{ID}},
    phone_number_id TEXT NOT NULL,
    source_name TEXT NOT NULL,           -- file name as imported ("faq.csv")
    type TEXT NOT NULL,                  -- markdown, faq, text, pdf
    title TEXT,
    content_hash TEXT NOT NULL,          -- lower-case hex SHA-256 of the chunks' content
    language TEXT,                       -- ISO 639-1 of most chunks
    chunk_count INTEGER NOT NULL,
    created_by TEXT,                     -- user name, or empty for the command line
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (phone_number_id, source_name)
);

-- The retrievable pieces. section is the heading path as a JSON array of strings; validity
-- dates are ISO yyyy-mm-dd (inclusive) so they compare as text in every dialect. A chunk id is
-- never reused (AUTOINCREMENT; a PostgreSQL identity column behaves so by itself): the lexical
-- and dense indexes are keyed by it, and a stale entry must never point at another chunk.
CREATE TABLE knowledge_chunks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id BIGINT NOT NULL REFERENCES knowledge_documents (id),
    phone_number_id TEXT NOT NULL,
    ordinal INTEGER NOT NULL,
    section TEXT,
    question TEXT,
    text TEXT NOT NULL,
    language TEXT,
    valid_from TEXT,
    valid_until TEXT,
    content_hash TEXT NOT NULL,          -- lower-case hex SHA-256 of section, question and text
    updated_at BIGINT NOT NULL,
    UNIQUE (document_id, ordinal)
);
CREATE INDEX knowledge_chunks_by_business ON knowledge_chunks (phone_number_id, language);

-- SQLite only: the lexical index, one row per chunk (rowid = knowledge_chunks.id). It holds
-- the ANALYSED text (folded, stop words dropped, stemmed by KnowledgeAnalyzer), space
-- separated, so the tokenizer only splits on spaces and stemming stays ours: question,
-- section and body are the chunk's fields as terms, exact their unstemmed words, pairs the
-- unordered term pairs within a few words ("a_b", hence the '_' token character). A
-- PostgreSQL backend would keep the same columns as tsvectors (the 'simple' configuration)
-- with a GIN index, behind the same LexicalIndexRepository.
CREATE VIRTUAL TABLE knowledge_fts USING fts5 (
    question, section, body, exact, pairs,
    tokenize = "unicode61 remove_diacritics 0 tokenchars '_'"
);
