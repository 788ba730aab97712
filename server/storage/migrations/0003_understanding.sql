-- Sportello schema, version 3: what the pipeline understood of each turn, and the businesses'
-- own intent examples. Same portable dialect as 0001.

-- The turn's understanding as the console protocol's TurnUnderstanding JSON, plus the few
-- fields routing and reports filter on.
ALTER TABLE turns ADD COLUMN last_inbound_id BIGINT;
ALTER TABLE turns ADD COLUMN intent TEXT;
ALTER TABLE turns ADD COLUMN intent_confidence DOUBLE PRECISION;
ALTER TABLE turns ADD COLUMN sentiment TEXT;
ALTER TABLE turns ADD COLUMN angry INTEGER NOT NULL DEFAULT 0;
ALTER TABLE turns ADD COLUMN urgent INTEGER NOT NULL DEFAULT 0;
ALTER TABLE turns ADD COLUMN understanding TEXT;
CREATE INDEX turns_by_conversation ON turns (conversation_id, id);

-- The newest turn's reading, so the conversation list needs no join.
ALTER TABLE conversations ADD COLUMN last_intent TEXT;
ALTER TABLE conversations ADD COLUMN last_sentiment TEXT;
ALTER TABLE conversations ADD COLUMN angry INTEGER NOT NULL DEFAULT 0;
ALTER TABLE conversations ADD COLUMN urgent INTEGER NOT NULL DEFAULT 0;

-- When the bot asked "do you want to stop receiving messages?" after an opt_out intent
-- without a keyword; a yes within a day confirms. Cleared by the next turn's answer; the
-- last time asked stays, so a customer is not asked again and again.
ALTER TABLE contacts ADD COLUMN opt_out_asked_at BIGINT;
ALTER TABLE contacts ADD COLUMN opt_out_last_asked_at BIGINT;

-- Intent examples a business adds to the default taxonomy (new intents or more examples).
CREATE TABLE intent_examples (
    id {{ID}},
    phone_number_id TEXT NOT NULL,
    intent TEXT NOT NULL,
    language TEXT NOT NULL,
    text TEXT NOT NULL,
    created_by TEXT,
    created_at BIGINT NOT NULL,
    UNIQUE (phone_number_id, language, text)
);
CREATE INDEX intent_examples_by_business ON intent_examples (phone_number_id, intent);
