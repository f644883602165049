-- Owner notifications: per-workspace recipients, a transactional outbox, every delivery attempt, daily digests.

CREATE TABLE notification_settings (
    workspace_id uuid PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
    email_recipients jsonb NOT NULL DEFAULT '[]'::jsonb,
    sms_recipients jsonb NOT NULL DEFAULT '[]'::jsonb,
    enabled boolean NOT NULL DEFAULT true,
    daily_digest boolean NOT NULL DEFAULT true,
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- What happened (a lead, a booking request, a crisis flag), recorded whether or not anyone is alerted,
-- so the daily digest can list everything received.
CREATE TABLE notification_events (
    id uuid PRIMARY KEY,
    workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    kind text NOT NULL,
    source_id text,
    summary text NOT NULL,
    urgent boolean NOT NULL DEFAULT false,
    occurred_at timestamptz NOT NULL
);
CREATE INDEX notification_events_ws_time ON notification_events (workspace_id, occurred_at);

-- The outbox: one row per channel and recipient. status: pending, in_flight, sent, dead.
CREATE TABLE notifications (
    id uuid PRIMARY KEY,
    workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    event_id uuid REFERENCES notification_events(id) ON DELETE CASCADE,
    kind text NOT NULL,
    channel text NOT NULL,
    recipient text NOT NULL,
    urgent boolean NOT NULL DEFAULT false,
    subject text,
    body_text text NOT NULL,
    body_html text,
    status text NOT NULL DEFAULT 'pending',
    attempts int NOT NULL DEFAULT 0,
    max_attempts int NOT NULL,
    next_attempt_at timestamptz NOT NULL,
    locked_until timestamptz,
    locked_by text,
    last_error text,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    sent_at timestamptz,
    CONSTRAINT notifications_status CHECK (status IN ('pending', 'in_flight', 'sent', 'dead')),
    CONSTRAINT notifications_channel CHECK (channel IN ('email', 'sms'))
);
CREATE INDEX notifications_due ON notifications (next_attempt_at) WHERE status = 'pending';
CREATE INDEX notifications_lease ON notifications (locked_until) WHERE status = 'in_flight';
CREATE INDEX notifications_ws_created ON notifications (workspace_id, created_at DESC);

CREATE TABLE notification_logs (
    id uuid PRIMARY KEY,
    notification_id uuid NOT NULL REFERENCES notifications(id) ON DELETE CASCADE,
    workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    attempt int NOT NULL,
    channel text NOT NULL,
    recipient text NOT NULL,
    outcome text NOT NULL,
    provider_status text,
    error_category text,
    error_message text,
    duration_ms bigint NOT NULL,
    node text,
    created_at timestamptz NOT NULL
);
CREATE INDEX notification_logs_notification ON notification_logs (notification_id, attempt);
CREATE INDEX notification_logs_ws_time ON notification_logs (workspace_id, created_at DESC);

-- One digest per workspace and day, whichever node claims it first.
CREATE TABLE notification_digests (
    workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    day date NOT NULL,
    claimed_at timestamptz NOT NULL,
    claimed_by text,
    PRIMARY KEY (workspace_id, day)
);
