-- Report facts (issue 10, decision 1000): folded from each dossier's events by the periodic roll-up in the reports
-- bundle, never written by the engine's transactions. Portable between H2 2.x and PostgreSQL 15+, like V1.

-- One row per dossier: what the figures count. Months are yyyymm integers in Hanoi time (UTC+7).
CREATE TABLE report_dossiers (
    dossier_code      VARCHAR(100) NOT NULL PRIMARY KEY,
    unit_code         VARCHAR(64)  NOT NULL,
    procedure_code    VARCHAR(64)  NOT NULL,
    channel           VARCHAR(16)  NOT NULL,  -- COUNTER, POSTAL, ONLINE_PARTIAL, ONLINE_FULL
    status            VARCHAR(32)  NOT NULL,
    submitted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_month   INTEGER      NOT NULL,
    received_at       TIMESTAMP WITH TIME ZONE,
    finished_at       TIMESTAMP WITH TIME ZONE,
    finished_month    INTEGER,
    due_at            TIMESTAMP WITH TIME ZONE, -- the appointment (recomputed after a supplement, never by an apology)
    due_soon_at       TIMESTAMP WITH TIME ZONE,
    new_due_at        TIMESTAMP WITH TIME ZONE, -- the apology's new appointment
    in_progress       BOOLEAN      NOT NULL,    -- received, no decision yet, not stopped by the applicant
    current_unit      VARCHAR(64),
    timing            VARCHAR(8),               -- EARLY, ON_TIME, LATE for decided dossiers
    outcome           VARCHAR(16),
    supplements       INTEGER      NOT NULL,    -- supplement requests, at reception and during processing
    apologies         INTEGER      NOT NULL,
    late_handovers    INTEGER      NOT NULL,
    stop_without_reason BOOLEAN    NOT NULL,
    attachments       INTEGER      NOT NULL,    -- documents received digitally (at submission and with supplements)
    used_minutes      BIGINT,                   -- working time from receipt to decision, clock stops excluded
    limit_minutes     BIGINT,                   -- working time from receipt to the appointment, clock stops excluded
    event_count       INTEGER      NOT NULL
);
CREATE INDEX report_dossiers_submitted ON report_dossiers (unit_code, submitted_month);
CREATE INDEX report_dossiers_finished ON report_dossiers (unit_code, finished_month);
CREATE INDEX report_dossiers_open ON report_dossiers (in_progress, unit_code, due_at);

-- Every hand-over between steps (Phiếu kiểm soát), with who handed over and its class against the step's deadline.
CREATE TABLE report_handovers (
    dossier_code      VARCHAR(100) NOT NULL,
    seq               INTEGER      NOT NULL,
    step_id           VARCHAR(100) NOT NULL,
    unit_code         VARCHAR(64)  NOT NULL,
    actor             VARCHAR(200) NOT NULL,
    handed_over_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    handed_over_month INTEGER      NOT NULL,
    due_at            TIMESTAMP WITH TIME ZONE,
    timing            VARCHAR(8)   NOT NULL,
    PRIMARY KEY (dossier_code, seq)
);
CREATE INDEX report_handovers_unit ON report_handovers (unit_code, handed_over_month);

-- Per unit, procedure and month: the counts of report_dossiers, kept by the roll-up so that a city-wide view reads
-- thousands of rows, not a million. Each column is the figure of the same name (ReportFigure); a recount test checks
-- that every cell equals the count over report_dossiers.
CREATE TABLE report_monthly (
    unit_code               VARCHAR(64) NOT NULL,
    procedure_code          VARCHAR(64) NOT NULL,
    period_month            INTEGER     NOT NULL,
    received                BIGINT NOT NULL,
    received_counter        BIGINT NOT NULL,
    received_postal         BIGINT NOT NULL,
    received_online_partial BIGINT NOT NULL,
    received_online_full    BIGINT NOT NULL,
    supplement_requested    BIGINT NOT NULL,
    apologized              BIGINT NOT NULL,
    supplement_twice        BIGINT NOT NULL,
    finished                BIGINT NOT NULL,
    finished_early          BIGINT NOT NULL,
    finished_on_time        BIGINT NOT NULL,
    finished_late           BIGINT NOT NULL,
    rejected                BIGINT NOT NULL,
    refused                 BIGINT NOT NULL,
    withdrawn               BIGINT NOT NULL,
    late_without_apology    BIGINT NOT NULL,
    stop_without_reason     BIGINT NOT NULL,
    late_handover           BIGINT NOT NULL,
    digitised               BIGINT NOT NULL,
    used_minutes            BIGINT NOT NULL,
    limit_minutes           BIGINT NOT NULL,
    worst_permille          BIGINT NOT NULL,
    PRIMARY KEY (unit_code, procedure_code, period_month)
);
CREATE INDEX report_monthly_month ON report_monthly (period_month);

-- How far the roll-up has read dossiers.updated_at.
CREATE TABLE report_watermarks (
    name        VARCHAR(64) NOT NULL PRIMARY KEY,
    mark        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The roll-up finds changed dossiers through this index instead of scanning them all.
CREATE INDEX dossiers_updated ON dossiers (updated_at);
