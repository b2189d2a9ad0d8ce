-- Citizen lookup grants and second-factor attempt windows in the database, so they hold whichever node answers
-- (issue 14, decision 1410). Portable between H2 2.x and PostgreSQL 15+, like V1.

-- A grant to one dossier. Never the token: its SHA-256 (the browser holds the token); the second factor the grant
-- was opened with is sealed with a key derived from the token, so the table alone opens nothing.
CREATE TABLE citizen_grants (
    token_hash    VARCHAR(64)  NOT NULL PRIMARY KEY,
    -- LOOKUP (the applicant's lookup) or COUNTER (the counter's one-time rating link)
    kind          VARCHAR(12)  NOT NULL,
    dossier_code  VARCHAR(100) NOT NULL,
    sealed_factor VARCHAR(400),
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX citizen_grants_expiry ON citizen_grants (expires_at);

-- Fixed-window attempt counters: one row per key (SHA-256 of what is counted) and window, incremented by upsert.
CREATE TABLE attempt_windows (
    attempt_key  VARCHAR(64) NOT NULL,
    window_start BIGINT      NOT NULL,
    attempts     INTEGER     NOT NULL,
    PRIMARY KEY (attempt_key, window_start)
);
CREATE INDEX attempt_windows_start ON attempt_windows (window_start);
