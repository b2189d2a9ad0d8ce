-- Citizen evaluations and feedback (issue 5): portable between H2 2.x and PostgreSQL 15+, like V1.

-- One evaluation per dossier (domain.md §7): the primary key makes "rate once" hold under concurrency too.
CREATE TABLE evaluations (
    dossier_code    VARCHAR(100)   NOT NULL PRIMARY KEY REFERENCES dossiers (code),
    unit_code       VARCHAR(64)    NOT NULL,
    procedure_code  VARCHAR(64)    NOT NULL,
    overall         INTEGER        NOT NULL,
    answers_json    VARCHAR(10000) NOT NULL,
    comment         VARCHAR(4000),
    evaluated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX evaluations_unit ON evaluations (unit_code, evaluated_at);

-- Feedback and petitions (phản ánh, kiến nghị) about a procedure, a dossier or a unit, and their answers.
CREATE TABLE feedback (
    reference       VARCHAR(32)    NOT NULL PRIMARY KEY,
    subject_kind    VARCHAR(16)    NOT NULL,
    unit_code       VARCHAR(64)    NOT NULL,
    procedure_code  VARCHAR(64),
    dossier_code    VARCHAR(100),
    sender_name     VARCHAR(500)   NOT NULL,
    contact_hash    VARCHAR(64)    NOT NULL,
    content         VARCHAR(10000) NOT NULL,
    status          VARCHAR(16)    NOT NULL,
    submitted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    answer          VARCHAR(10000),
    answered_by     VARCHAR(200),
    answered_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX feedback_unit ON feedback (unit_code, status, submitted_at);
