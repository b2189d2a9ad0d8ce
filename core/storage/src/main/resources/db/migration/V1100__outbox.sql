-- One outbox for every outbound message (issue 11, decision 1100): written in the transaction of the dossier change that
-- causes it, delivered later by the outbox worker of any node. Portable between H2 2.x and PostgreSQL 15+, like V1.
CREATE TABLE outbox_messages (
    -- also the idempotency key the partner receives: a re-delivery after a crash carries the same key
    id              VARCHAR(36)    NOT NULL PRIMARY KEY,
    dossier_code    VARCHAR(100),
    channel         VARCHAR(16)    NOT NULL,
    recipient       VARCHAR(320)   NOT NULL,
    template        VARCHAR(40)    NOT NULL,
    subject         VARCHAR(300),
    body            VARCHAR(4000)  NOT NULL,
    -- PENDING (waits for next_attempt_at), SENDING (claimed until next_attempt_at), SENT, DEAD (gave up; re-send by hand)
    status          VARCHAR(12)    NOT NULL,
    attempts        INTEGER        NOT NULL,
    -- when a worker may take it next: the retry time of a PENDING message, the end of the lease of a SENDING one;
    -- NULL once SENT or DEAD, so the index holds only the messages still to deliver
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    claimed_by      VARCHAR(100),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    last_answer     VARCHAR(1000),
    partner_ref     VARCHAR(200)
);
CREATE INDEX outbox_due ON outbox_messages (next_attempt_at);
CREATE INDEX outbox_dossier ON outbox_messages (dossier_code, created_at);
CREATE INDEX outbox_status ON outbox_messages (status, created_at);
