-- FAQs, articles and services share one table: they differ only in which columns they use.
CREATE TABLE knowledge_items (
    id               uuid PRIMARY KEY,
    workspace_id     uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    kind             text        NOT NULL CHECK (kind IN ('faq', 'article', 'service')),
    title            text        NOT NULL,
    body             text        NOT NULL,
    price_text       text,
    duration_minutes integer     CHECK (duration_minutes IS NULL OR duration_minutes BETWEEN 1 AND 1440),
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX knowledge_items_workspace ON knowledge_items (workspace_id, kind, created_at, id);

CREATE TABLE knowledge_hours (
    workspace_id uuid PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
    hours_json   jsonb       NOT NULL,
    updated_at   timestamptz NOT NULL DEFAULT now()
);

-- Read on every chat message to decide whether a node's in-memory index is stale.
CREATE TABLE knowledge_versions (
    workspace_id uuid PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
    version      bigint      NOT NULL DEFAULT 0
);
