-- Staff accounts, roles per unit, sessions, API tokens, login attempts and the security audit log (issue 6).
-- Portable between H2 2.x and PostgreSQL 15+. Secrets are never stored: passwords as argon2id strings,
-- session ids and API tokens as SHA-256 hex of a 256-bit random value.

CREATE TABLE staff_accounts (
    login          VARCHAR(64)  NOT NULL PRIMARY KEY,
    display_name   VARCHAR(200) NOT NULL,
    password_hash  VARCHAR(500) NOT NULL,
    active         BOOLEAN      NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE staff_roles (
    login      VARCHAR(64) NOT NULL REFERENCES staff_accounts (login),
    unit_code  VARCHAR(64) NOT NULL,
    role       VARCHAR(32) NOT NULL,
    PRIMARY KEY (login, unit_code, role)
);
CREATE INDEX staff_roles_unit ON staff_roles (unit_code);

CREATE TABLE staff_sessions (
    id_hash     VARCHAR(64)  NOT NULL PRIMARY KEY,
    login       VARCHAR(64)  NOT NULL REFERENCES staff_accounts (login),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    csrf_token  VARCHAR(100) NOT NULL,
    client      VARCHAR(200)
);
CREATE INDEX staff_sessions_login ON staff_sessions (login);

CREATE TABLE staff_api_tokens (
    id          VARCHAR(32)  NOT NULL PRIMARY KEY,
    token_hash  VARCHAR(64)  NOT NULL UNIQUE,
    login       VARCHAR(64)  NOT NULL REFERENCES staff_accounts (login),
    name        VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked     BOOLEAN      NOT NULL
);
CREATE INDEX staff_api_tokens_login ON staff_api_tokens (login);

-- One row per failed login; the key is 'account:<login>' or 'client:<address>'. In the database so that the
-- throttle holds across nodes.
CREATE TABLE login_failures (
    throttle_key  VARCHAR(300) NOT NULL,
    failed_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX login_failures_key ON login_failures (throttle_key, failed_at);

CREATE TABLE audit_log (
    id        VARCHAR(36)   NOT NULL PRIMARY KEY, -- random UUID: no sequence, no contention between nodes
    at        TIMESTAMP WITH TIME ZONE NOT NULL,
    actor     VARCHAR(64)   NOT NULL,
    event     VARCHAR(64)   NOT NULL,
    detail    VARCHAR(4000),
    client    VARCHAR(200)
);
CREATE INDEX audit_log_at ON audit_log (at);
