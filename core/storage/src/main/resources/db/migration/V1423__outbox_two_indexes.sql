-- The outbox with two indexes instead of four (decision 1104): the notification feed writes about four messages per
-- dossier, and each index is one more B-tree insert per message (issue 11's 15 % limit on the engine benchmark).
-- * The primary key becomes (dossier_code, id): it serves the citizen's page of a dossier and the feed's check for
--   messages already written, so the index outbox_dossier goes. A message without a dossier has dossier_code ''.
-- * outbox_due (next_attempt_at, id) also serves the console: a dead letter keeps next_attempt_at at 9999-12-31
--   (after any due scan) instead of NULL, so the unsent messages (pending, sending, dead) are one range of this index
--   and only the sent ones have NULL. outbox_status goes. The worker finds a claimed message by its lease end and id.
-- Portable between H2 2.x and PostgreSQL 15+: the table is copied, because the two name a primary key differently.
CREATE TABLE outbox_messages_2 (
    id              VARCHAR(36)    NOT NULL,
    dossier_code    VARCHAR(100)   DEFAULT '' NOT NULL,
    channel         VARCHAR(16)    NOT NULL,
    recipient       VARCHAR(320)   NOT NULL,
    template        VARCHAR(40)    NOT NULL,
    subject         VARCHAR(300),
    body            VARCHAR(4000)  NOT NULL,
    status          VARCHAR(12)    NOT NULL,
    attempts        INTEGER        NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    claimed_by      VARCHAR(100),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    last_answer     VARCHAR(1000),
    partner_ref     VARCHAR(200),
    CONSTRAINT outbox_message_key PRIMARY KEY (dossier_code, id)
);
INSERT INTO outbox_messages_2 (id, dossier_code, channel, recipient, template, subject, body, status, attempts,
        next_attempt_at, claimed_by, created_at, sent_at, last_answer, partner_ref)
    SELECT id, COALESCE(dossier_code, ''), channel, recipient, template, subject, body, status, attempts,
        CASE WHEN status = 'DEAD' THEN TIMESTAMP WITH TIME ZONE '9999-12-31 00:00:00+00' ELSE next_attempt_at END,
        claimed_by, created_at, sent_at, last_answer, partner_ref
    FROM outbox_messages;
DROP TABLE outbox_messages;
ALTER TABLE outbox_messages_2 RENAME TO outbox_messages;
CREATE INDEX outbox_due ON outbox_messages (next_attempt_at, id);
