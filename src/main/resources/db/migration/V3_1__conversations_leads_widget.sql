-- Widget sessions and their messages, leads, booking requests and intents, idempotency keys and
-- the rate-limit buckets that every node shares.

CREATE TABLE conversations (
    id               uuid PRIMARY KEY,
    workspace_id     uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    bot_id           text        NOT NULL,
    session_id       text        NOT NULL UNIQUE,
    urgent           boolean     NOT NULL DEFAULT false,
    crisis_category  text,
    message_count    integer     NOT NULL DEFAULT 0,
    started_at       timestamptz NOT NULL DEFAULT now(),
    last_message_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX conversations_workspace_time ON conversations (workspace_id, last_message_at DESC);

CREATE TABLE conversation_messages (
    id               uuid PRIMARY KEY,
    workspace_id     uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    conversation_id  uuid        NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    visitor_text     text        NOT NULL,
    reply_text       text        NOT NULL,
    reply_kind       text        NOT NULL CHECK (reply_kind IN ('answer', 'clarify', 'fallback', 'crisis', 'refusal')),
    sources          jsonb       NOT NULL DEFAULT '[]',
    created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX conversation_messages_conversation ON conversation_messages (conversation_id, created_at);
CREATE INDEX conversation_messages_workspace_kind ON conversation_messages (workspace_id, reply_kind, created_at DESC);

CREATE TABLE leads (
    id            uuid PRIMARY KEY,
    workspace_id  uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    bot_id        text        NOT NULL,
    name          text        NOT NULL,
    email         text,
    phone         text,
    message       text,
    session_id    text,
    consent       boolean     NOT NULL CHECK (consent),
    created_at    timestamptz NOT NULL DEFAULT now(),
    CHECK (email IS NOT NULL OR phone IS NOT NULL)
);
CREATE INDEX leads_workspace_time ON leads (workspace_id, created_at DESC);

CREATE TABLE booking_requests (
    id              uuid PRIMARY KEY,
    workspace_id    uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    bot_id          text        NOT NULL,
    name            text        NOT NULL,
    email           text,
    phone           text,
    service         text,
    preferred_time  text,
    notes           text,
    session_id      text,
    consent         boolean     NOT NULL CHECK (consent),
    status          text        NOT NULL DEFAULT 'received',
    created_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (email IS NOT NULL OR phone IS NOT NULL)
);
CREATE INDEX booking_requests_workspace_time ON booking_requests (workspace_id, created_at DESC);

CREATE TABLE booking_intents (
    id            uuid PRIMARY KEY,
    workspace_id  uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    bot_id        text        NOT NULL,
    session_id    text,
    url           text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX booking_intents_workspace_time ON booking_intents (workspace_id, created_at DESC);

-- One row per Idempotency-Key: the body's hash and the id of what the first request created.
CREATE TABLE idempotency_keys (
    workspace_id  uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    scope         text        NOT NULL,
    idem_key      text        NOT NULL,
    body_hash     text        NOT NULL,
    result_id     uuid        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (workspace_id, scope, idem_key)
);

-- Token buckets shared by every node; refilled lazily by the one UPDATE that takes a token.
-- UNLOGGED: no WAL and no fsync per request; after a database crash the buckets simply start full.
CREATE UNLOGGED TABLE rate_limit_buckets (
    key          text PRIMARY KEY,
    capacity     double precision NOT NULL,
    per_second   double precision NOT NULL,
    tokens       double precision NOT NULL,
    granted      boolean          NOT NULL,
    refilled_at  timestamptz      NOT NULL
);
CREATE INDEX rate_limit_buckets_refilled ON rate_limit_buckets (refilled_at);
