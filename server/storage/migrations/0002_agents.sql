-- Sportello schema, version 2: the agent hub (console users, sessions, drafts, settings).
-- Same portable dialect as 0001.

-- Console users. password_hash is "pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>".
CREATE TABLE users (
    id {{ID}},
    username TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL,                  -- agent, manager, admin
    password_hash TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0,
    settings_json TEXT,                  -- UserSettings (PROTOCOL.md)
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- Login sessions; only a SHA-256 of the token is stored.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    last_used_at BIGINT NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);

-- Replies to console actions by request id, so a replayed action is answered, not repeated.
CREATE TABLE agent_actions (
    user_id BIGINT NOT NULL REFERENCES users (id),
    request_id TEXT NOT NULL,
    type TEXT NOT NULL,
    reply_json TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, request_id)
);

CREATE TABLE conversation_labels (
    conversation_id BIGINT NOT NULL REFERENCES conversations (id),
    label TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (conversation_id, label)
);

-- Proposed replies waiting for review (filled by the understanding/knowledge issues).
CREATE TABLE drafts (
    id {{ID}},
    conversation_id BIGINT NOT NULL REFERENCES conversations (id),
    turn_id BIGINT,
    text TEXT NOT NULL,
    intent TEXT,
    confidence DOUBLE PRECISION,
    sources_json TEXT,                   -- [DraftSource] (PROTOCOL.md)
    state TEXT NOT NULL,                 -- pending, approved, edited, rejected
    final_text TEXT,                     -- what was sent (edited or as proposed)
    resolved_by TEXT,
    outbox_id BIGINT,
    created_at BIGINT NOT NULL,
    resolved_at BIGINT
);
CREATE INDEX drafts_pending ON drafts (conversation_id) WHERE state = 'pending';

-- Manager settings per business: BusinessSettings (PROTOCOL.md) as JSON.
CREATE TABLE business_settings (
    phone_number_id TEXT PRIMARY KEY,
    settings_json TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE canned_responses (
    id {{ID}},
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    language TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- What the console needs per conversation besides ownership: why it was escalated, up to which
-- inbound message agents have read it, and when it was closed (for resolution times).
ALTER TABLE conversations ADD COLUMN escalation_reason TEXT;
ALTER TABLE conversations ADD COLUMN seen_inbound_id BIGINT NOT NULL DEFAULT 0;
ALTER TABLE conversations ADD COLUMN closed_at BIGINT;
CREATE INDEX conversations_by_update ON conversations (updated_at);
