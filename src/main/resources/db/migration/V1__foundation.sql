-- Foundation: operations, workspaces and bots, identity, audit, and Spring Session's tables.

CREATE TABLE error_events (
    category  text PRIMARY KEY,
    last_at   timestamptz NOT NULL,
    count     bigint      NOT NULL,
    message   text        NOT NULL
);

CREATE TABLE workspaces (
    id                     uuid PRIMARY KEY,
    client_id              text        NOT NULL UNIQUE CHECK (client_id ~ '^[a-z0-9-]{3,40}$'),
    name                   text        NOT NULL,
    industry               text        NOT NULL,
    timezone               text        NOT NULL,
    status                 text        NOT NULL CHECK (status IN ('active', 'disabled')),
    booking_mode           text        NOT NULL DEFAULT 'off' CHECK (booking_mode IN ('external', 'internal', 'off')),
    external_booking_url   text        CHECK (external_booking_url IS NULL OR external_booking_url LIKE 'https://%'),
    ai_enabled             boolean     NOT NULL DEFAULT true,
    always_offer_callback  boolean     NOT NULL DEFAULT false,
    demo                   boolean     NOT NULL DEFAULT false,
    transcript_retention_days integer  NOT NULL DEFAULT 365,
    lead_retention_days    integer     NOT NULL DEFAULT 730,
    created_at             timestamptz NOT NULL DEFAULT now(),
    updated_at             timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE bots (
    id               uuid PRIMARY KEY,
    workspace_id     uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    bot_id           text        NOT NULL CHECK (bot_id ~ '^[a-z0-9-]{2,40}$'),
    name             text        NOT NULL,
    greeting         text        NOT NULL,
    primary_color    text        NOT NULL DEFAULT '#0f766e',
    position         text        NOT NULL DEFAULT 'right' CHECK (position IN ('left', 'right')),
    allowed_origins  text[]      NOT NULL DEFAULT '{}',
    quick_replies    text[]      NOT NULL DEFAULT '{}',
    active           boolean     NOT NULL DEFAULT true,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (workspace_id, bot_id)
);

CREATE TABLE users (
    id             uuid PRIMARY KEY,
    email          text        NOT NULL UNIQUE,
    password_hash  text,
    role           text        NOT NULL CHECK (role IN ('SUPER_ADMIN', 'WORKSPACE_ADMIN', 'WORKSPACE_VIEWER')),
    workspace_id   uuid        REFERENCES workspaces (id) ON DELETE CASCADE,
    disabled       boolean     NOT NULL DEFAULT false,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    last_login_at  timestamptz,
    CHECK ((role = 'SUPER_ADMIN') = (workspace_id IS NULL))
);

CREATE TABLE password_tokens (
    token_hash   text PRIMARY KEY,
    user_id      uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind         text        NOT NULL CHECK (kind IN ('reset', 'invite')),
    expires_at   timestamptz NOT NULL,
    used_at      timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX password_tokens_user ON password_tokens (user_id);

-- Failed logins, per account and per client IP, for throttling that holds across nodes.
CREATE TABLE login_attempts (
    key          text        NOT NULL,
    attempted_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_attempts_key_time ON login_attempts (key, attempted_at);

CREATE TABLE audit_entries (
    id                        uuid PRIMARY KEY,
    seq                       bigint      NOT NULL UNIQUE,
    created_at                timestamptz NOT NULL,
    actor_user_id             uuid,
    actor_role                text,
    actor_workspace_id        uuid,
    on_behalf_of_workspace_id uuid,
    action                    text        NOT NULL,
    target_type               text,
    target_id                 text,
    workspace_id              uuid,
    before_json               jsonb,
    after_json                jsonb,
    outcome                   text        NOT NULL,
    ip                        text,
    user_agent                text,
    request_id                text,
    prev_hash                 text        NOT NULL,
    hash                      text        NOT NULL
);
CREATE INDEX audit_entries_workspace_time ON audit_entries (workspace_id, created_at);
CREATE INDEX audit_entries_time ON audit_entries (created_at);

CREATE SEQUENCE audit_entries_seq;

-- The hash covers every field of an entry and the previous entry's hash, so a changed, removed
-- or reordered row breaks the chain. Computed in SQL so jsonb normalisation cannot disturb it.
CREATE FUNCTION audit_entry_hash(e audit_entries) RETURNS text AS $$
    SELECT encode(sha256(convert_to(concat_ws('|',
        e.seq::text, e.id::text, (extract(epoch FROM e.created_at) * 1000000)::bigint::text,
        coalesce(e.actor_user_id::text, ''), coalesce(e.actor_role, ''), coalesce(e.actor_workspace_id::text, ''),
        coalesce(e.on_behalf_of_workspace_id::text, ''), e.action, coalesce(e.target_type, ''),
        coalesce(e.target_id, ''), coalesce(e.workspace_id::text, ''), coalesce(e.before_json::text, ''),
        coalesce(e.after_json::text, ''), e.outcome, coalesce(e.ip, ''), coalesce(e.user_agent, ''),
        coalesce(e.request_id, ''), e.prev_hash), 'UTF8')), 'hex')
$$ LANGUAGE sql IMMUTABLE;

-- Entries are chained one at a time across all nodes: the lock is held until the writer commits.
CREATE FUNCTION audit_entries_chain() RETURNS trigger AS $$
DECLARE
    previous text;
BEGIN
    -- Bounded wait: a writer that already holds the lock in an outer transaction fails instead of hanging.
    PERFORM set_config('lock_timeout', '10s', true);
    PERFORM pg_advisory_xact_lock(727274101);
    SELECT hash INTO previous FROM audit_entries ORDER BY seq DESC LIMIT 1;
    NEW.seq := nextval('audit_entries_seq');
    NEW.prev_hash := coalesce(previous, 'genesis');
    NEW.hash := audit_entry_hash(NEW);
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_entries_chain BEFORE INSERT ON audit_entries
    FOR EACH ROW EXECUTE FUNCTION audit_entries_chain();

CREATE FUNCTION audit_entries_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit entries are append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_entries_no_update BEFORE UPDATE OR DELETE ON audit_entries
    FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only();

-- Spring Session JDBC (schema-postgresql.sql of spring-session-jdbc).
CREATE TABLE SPRING_SESSION (
    PRIMARY_ID            CHAR(36)     NOT NULL,
    SESSION_ID            CHAR(36)     NOT NULL,
    CREATION_TIME         BIGINT       NOT NULL,
    LAST_ACCESS_TIME      BIGINT       NOT NULL,
    MAX_INACTIVE_INTERVAL INT          NOT NULL,
    EXPIRY_TIME           BIGINT       NOT NULL,
    PRINCIPAL_NAME        VARCHAR(100),
    CONSTRAINT SPRING_SESSION_PK PRIMARY KEY (PRIMARY_ID)
);
CREATE UNIQUE INDEX SPRING_SESSION_IX1 ON SPRING_SESSION (SESSION_ID);
CREATE INDEX SPRING_SESSION_IX2 ON SPRING_SESSION (EXPIRY_TIME);
CREATE INDEX SPRING_SESSION_IX3 ON SPRING_SESSION (PRINCIPAL_NAME);

CREATE TABLE SPRING_SESSION_ATTRIBUTES (
    SESSION_PRIMARY_ID CHAR(36)     NOT NULL,
    ATTRIBUTE_NAME     VARCHAR(200) NOT NULL,
    ATTRIBUTE_BYTES    BYTEA        NOT NULL,
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_PK PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID) REFERENCES SPRING_SESSION (PRIMARY_ID) ON DELETE CASCADE
);
