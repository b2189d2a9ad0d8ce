-- Portable between H2 2.x and PostgreSQL 15+: standard types only, no sequences, no vendor functions.
-- JSON is kept as text (VARCHAR so H2 stores it inline, not as a LOB).

CREATE TABLE procedure_versions (
    descriptor_hash  VARCHAR(64)      NOT NULL PRIMARY KEY,
    procedure_code   VARCHAR(64)      NOT NULL,
    version          VARCHAR(64)      NOT NULL,
    descriptor_text  VARCHAR(1000000) NOT NULL,
    definition_json  VARCHAR(1000000) NOT NULL,
    stored_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Daily sequences of dossier codes per agency (Circular 04/2025/TT-VPCP: <agency>-<YYMMDD>-<seq>).
CREATE TABLE daily_sequences (
    agency_code  VARCHAR(64) NOT NULL,
    seq_day      DATE        NOT NULL,
    last_value   BIGINT      NOT NULL,
    PRIMARY KEY (agency_code, seq_day)
);

CREATE TABLE dossiers (
    code                VARCHAR(100)  NOT NULL PRIMARY KEY,
    unit_code           VARCHAR(64)   NOT NULL,
    procedure_code      VARCHAR(64)   NOT NULL,
    procedure_version   VARCHAR(64)   NOT NULL,
    descriptor_hash     VARCHAR(64)   NOT NULL REFERENCES procedure_versions (descriptor_hash),
    applicant_name      VARCHAR(500),
    applicant_json      VARCHAR(100000),
    phone_hash          VARCHAR(64),
    citizen_id_hash     VARCHAR(64),
    form_json           VARCHAR(1000000),
    channel             VARCHAR(16)   NOT NULL,
    result_channel      VARCHAR(16)   NOT NULL,
    status              VARCHAR(32)   NOT NULL,
    outcome             VARCHAR(16),
    current_step        VARCHAR(100),
    queue_unit        VARCHAR(64),
    queue_role        VARCHAR(32),
    submitted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at         TIMESTAMP WITH TIME ZONE,
    appointment_at      TIMESTAMP WITH TIME ZONE,
    new_appointment_at  TIMESTAMP WITH TIME ZONE,
    step_started_at     TIMESTAMP WITH TIME ZONE,
    step_due_at         TIMESTAMP WITH TIME ZONE,
    due_soon_at         TIMESTAMP WITH TIME ZONE,
    next_alert_at       TIMESTAMP WITH TIME ZONE,
    alert_level         INTEGER       NOT NULL,
    clock_stopped       BOOLEAN       NOT NULL,
    finished_at         TIMESTAMP WITH TIME ZONE,
    version             BIGINT        NOT NULL,
    event_count         INTEGER       NOT NULL,
    last_event_hash     VARCHAR(64),
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
-- The scheduler reads only the index range next_alert_at <= now (closed dossiers have NULL).
CREATE INDEX dossiers_next_alert ON dossiers (next_alert_at);
-- Work queues: unit + role, most urgent step first.
CREATE INDEX dossiers_queue ON dossiers (queue_unit, queue_role, step_due_at);
CREATE INDEX dossiers_status ON dossiers (status);

CREATE TABLE events (
    dossier_code  VARCHAR(100)  NOT NULL REFERENCES dossiers (code),
    seq           INTEGER       NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(200)  NOT NULL,
    actor_role    VARCHAR(32)   NOT NULL,
    unit_code     VARCHAR(64),
    action        VARCHAR(40)   NOT NULL,
    from_state    VARCHAR(32),
    to_state      VARCHAR(32)   NOT NULL,
    note          VARCHAR(10000),
    internal      BOOLEAN       NOT NULL,
    payload_json  VARCHAR(100000) NOT NULL,
    payload_hash  VARCHAR(64)   NOT NULL,
    prev_hash     VARCHAR(64)   NOT NULL,
    hash          VARCHAR(64)   NOT NULL,
    PRIMARY KEY (dossier_code, seq)
);

CREATE TABLE clock_stops (
    dossier_code  VARCHAR(100) NOT NULL REFERENCES dossiers (code),
    seq           INTEGER      NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at      TIMESTAMP WITH TIME ZONE,
    reason        VARCHAR(2000) NOT NULL,
    rule          VARCHAR(500)  NOT NULL,
    PRIMARY KEY (dossier_code, seq)
);

CREATE TABLE idempotency_keys (
    idem_key      VARCHAR(300)  NOT NULL PRIMARY KEY,
    request_hash  VARCHAR(64)   NOT NULL,
    response      VARCHAR(10000) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE attachments (
    id             VARCHAR(36)   NOT NULL PRIMARY KEY,
    dossier_code   VARCHAR(100)  NOT NULL REFERENCES dossiers (code),
    field_id       VARCHAR(100)  NOT NULL,
    original_name  VARCHAR(500),
    media_type     VARCHAR(100)  NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    sha256         VARCHAR(64)   NOT NULL,
    stored_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX attachments_dossier ON attachments (dossier_code);
