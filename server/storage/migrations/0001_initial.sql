-- Sportello schema, version 1.
-- Portable SQL: {{ID}} and {{BLOB}} are replaced per dialect by the Migrator; everything else
-- runs as written on SQLite 3.35+ and PostgreSQL 13+. Times are Unix milliseconds unless the
-- column says seconds (WhatsApp's own timestamps).

-- Every customer message, written before the webhook is acknowledged.
CREATE TABLE inbound_messages (
    id {{ID}},
    phone_number_id TEXT NOT NULL,
    wamid TEXT NOT NULL UNIQUE,
    sender_key TEXT NOT NULL,            -- BSUID when present, else wa_id
    wa_id TEXT,
    user_id TEXT,
    profile_name TEXT,
    type TEXT NOT NULL,
    body_text TEXT,
    context_wamid TEXT,
    wa_timestamp BIGINT NOT NULL,        -- seconds, messages[].timestamp
    received_at BIGINT NOT NULL,
    raw_json TEXT NOT NULL,
    state INTEGER NOT NULL DEFAULT 0,    -- 0 pending, 1 processed
    turn_id BIGINT
);
CREATE INDEX inbound_pending ON inbound_messages (phone_number_id, sender_key, id) WHERE state = 0;
CREATE INDEX inbound_window ON inbound_messages (phone_number_id, sender_key, wa_timestamp);

-- Delivery statuses as Meta reported them; one row per (wamid, status).
CREATE TABLE status_events (
    id {{ID}},
    phone_number_id TEXT NOT NULL,
    wamid TEXT NOT NULL,
    status TEXT NOT NULL,
    wa_timestamp BIGINT,
    recipient_id TEXT,
    biz_opaque TEXT,
    error_code INTEGER,
    error_title TEXT,
    error_details TEXT,
    pricing_category TEXT,
    pricing_type TEXT,
    billable INTEGER,
    received_at BIGINT NOT NULL,
    raw_json TEXT NOT NULL,
    UNIQUE (wamid, status)
);

-- Other notifications (template and account updates, user preferences...), kept verbatim.
CREATE TABLE webhook_events (
    id {{ID}},
    phone_number_id TEXT,
    field TEXT NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,
    raw_json TEXT NOT NULL,
    received_at BIGINT NOT NULL
);

-- Signed payloads we could not use; acknowledged so Meta stops retrying, kept for replay.
CREATE TABLE dead_letters (
    id {{ID}},
    received_at BIGINT NOT NULL,
    reason TEXT NOT NULL,
    phone_number_id TEXT,
    body {{BLOB}} NOT NULL
);

CREATE TABLE contacts (
    id {{ID}},
    phone_number_id TEXT NOT NULL,
    contact_key TEXT NOT NULL,
    wa_id TEXT,
    user_id TEXT,
    profile_name TEXT,
    language TEXT,
    opted_out INTEGER NOT NULL DEFAULT 0,
    opted_out_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (phone_number_id, contact_key)
);
CREATE INDEX contacts_by_wa_id ON contacts (phone_number_id, wa_id);

CREATE TABLE conversations (
    id {{ID}},
    phone_number_id TEXT NOT NULL,
    contact_id BIGINT NOT NULL UNIQUE REFERENCES contacts (id),
    owner TEXT NOT NULL,                 -- bot, pending_human, human, closed
    assigned_agent TEXT,
    last_inbound_at BIGINT,              -- seconds, newest messages[].timestamp
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- What happened in a conversation besides messages: ownership changes, system notes.
CREATE TABLE conversation_events (
    id {{ID}},
    conversation_id BIGINT NOT NULL REFERENCES conversations (id),
    kind TEXT NOT NULL,
    detail TEXT,
    actor TEXT,
    created_at BIGINT NOT NULL
);
CREATE INDEX conversation_events_by_conversation ON conversation_events (conversation_id, id);

-- One row per processed turn; first_inbound_id makes processing idempotent.
CREATE TABLE turns (
    id {{ID}},
    conversation_id BIGINT NOT NULL REFERENCES conversations (id),
    first_inbound_id BIGINT NOT NULL UNIQUE,
    message_count INTEGER NOT NULL,
    route TEXT NOT NULL,
    language TEXT,
    created_at BIGINT NOT NULL
);

-- Everything we send, bot or human, after the gate; read receipts too (kind = 'mark_read').
CREATE TABLE outbox (
    id {{ID}},
    phone_number_id TEXT NOT NULL,
    conversation_id BIGINT,
    recipient TEXT NOT NULL,
    kind TEXT NOT NULL,                  -- text, template, interactive, mark_read
    purpose TEXT NOT NULL,               -- reply, optout_confirmation, ...
    author TEXT NOT NULL,                -- bot, system, agent:<name>
    idempotency_key TEXT NOT NULL UNIQUE,
    payload TEXT NOT NULL,               -- the Graph API request body
    status TEXT NOT NULL,
    status_rank INTEGER NOT NULL DEFAULT 0,
    wamid TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    error_code INTEGER,
    error_title TEXT,
    error_details TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX outbox_work ON outbox (id) WHERE status IN ('queued', 'sending');
CREATE UNIQUE INDEX outbox_wamid ON outbox (wamid) WHERE wamid IS NOT NULL;
CREATE INDEX outbox_by_conversation ON outbox (conversation_id, id);
