-- Feedback desk (issue 10): routing, assignment, forwarding, response deadline, publication and the sender's
-- rating of the answer; the history of every step. Portable between H2 2.x and PostgreSQL 15+, like V1.

ALTER TABLE feedback ADD COLUMN assigned_to VARCHAR(200);
-- Null for feedback received before this version: it has no response deadline.
ALTER TABLE feedback ADD COLUMN due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE feedback ADD COLUMN answer_rating INTEGER;
ALTER TABLE feedback ADD COLUMN answer_rated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE feedback ADD COLUMN published BOOLEAN DEFAULT FALSE NOT NULL;

CREATE INDEX feedback_due ON feedback (unit_code, status, due_at);
CREATE INDEX feedback_published ON feedback (procedure_code, published, answered_at);

-- Append-only: received, assigned, forwarded (with from and to unit and the reason), answered, published, rated.
CREATE TABLE feedback_events (
    reference   VARCHAR(32)    NOT NULL,
    seq         INTEGER        NOT NULL,
    action      VARCHAR(16)    NOT NULL,
    actor       VARCHAR(200)   NOT NULL,
    unit_code   VARCHAR(64)    NOT NULL,
    to_unit     VARCHAR(64),
    note        VARCHAR(4000),
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (reference, seq)
);
