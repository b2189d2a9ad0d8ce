-- Online payment of fees for fully-online procedures (issue 11, decision 1130). One row per attempt at the gateway: the
-- row's id is the transaction reference the gateway signs and calls back with. Portable between H2 2.x and PostgreSQL 15+.
CREATE TABLE payments (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    dossier_code VARCHAR(100)  NOT NULL,
    amount_vnd   BIGINT        NOT NULL,
    -- PENDING (waits for the citizen), PAID, CANCELLED (the citizen cancelled at the gateway),
    -- REFUNDING (money came late or twice: a refund order is in the outbox)
    status       VARCHAR(12)   NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    -- a success called back after this is not accepted but refunded (motcua.payment.timeout.minutes)
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    settled_at   TIMESTAMP WITH TIME ZONE,
    gateway_txn  VARCHAR(100),
    -- the dossier code, only while PAID: the unique index lets one payment per dossier be accepted, also when two
    -- callbacks race on two nodes (NULLs do not collide in H2 nor PostgreSQL)
    paid_for     VARCHAR(100),
    note         VARCHAR(300)
);
CREATE INDEX payments_dossier ON payments (dossier_code, created_at);
CREATE UNIQUE INDEX payments_paid_for ON payments (paid_for);

-- The 766 indicator "Tỷ lệ thanh toán trực tuyến": an online dossier whose fee was paid online (the engine records the
-- payment as a "pay" event; the roll-up folds it like every other figure, decision 1000).
ALTER TABLE report_dossiers ADD COLUMN paid_online BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE report_monthly ADD COLUMN paid_online BIGINT DEFAULT 0 NOT NULL;
