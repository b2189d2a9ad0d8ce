-- Roll-ups of the report tables for the city-wide views (issue 10, decision 1012). Portable between H2 2.x and
-- PostgreSQL 15+; written by the roll-up with report_monthly, off the engine's transactions (decision 1011).
--
-- At 1,000,000 dossiers report_monthly holds about 100,000 rows (units x procedures x months): a city-wide view summed
-- 50,000 of them, 0.8-1.3 s on H2. These two tables hold the same sums per unit and month and per procedure and month
-- (a few thousand rows), recounted from report_monthly for every bucket the roll-up touches; the recount test checks
-- that every view still equals a count over report_dossiers.

-- Per unit and month: totals, units ranked and the trend when no procedure is chosen.
CREATE TABLE report_unit_monthly (
    unit_code               VARCHAR(64) NOT NULL,
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
    paid_online             BIGINT NOT NULL,
    used_minutes            BIGINT NOT NULL,
    limit_minutes           BIGINT NOT NULL,
    worst_permille          BIGINT NOT NULL,
    PRIMARY KEY (unit_code, period_month)
);
CREATE INDEX report_unit_monthly_month ON report_unit_monthly (period_month);
INSERT INTO report_unit_monthly (unit_code, period_month, received, received_counter, received_postal, received_online_partial, received_online_full, supplement_requested, apologized, supplement_twice, finished, finished_early, finished_on_time, finished_late, rejected, refused, withdrawn, late_without_apology, stop_without_reason, late_handover, digitised, paid_online, used_minutes, limit_minutes, worst_permille)
    SELECT unit_code, period_month, SUM(received), SUM(received_counter), SUM(received_postal), SUM(received_online_partial), SUM(received_online_full), SUM(supplement_requested), SUM(apologized), SUM(supplement_twice), SUM(finished), SUM(finished_early), SUM(finished_on_time), SUM(finished_late), SUM(rejected), SUM(refused), SUM(withdrawn), SUM(late_without_apology), SUM(stop_without_reason), SUM(late_handover), SUM(digitised), SUM(paid_online), SUM(used_minutes), SUM(limit_minutes), MAX(worst_permille)
    FROM report_monthly GROUP BY unit_code, period_month;

-- Per procedure and month: the procedures table, and any view of one procedure, when no unit is chosen. A procedure's
-- month is recounted from its rows in report_monthly, found through report_monthly_procedure (one row per unit).
CREATE INDEX report_monthly_procedure ON report_monthly (procedure_code, period_month);
CREATE TABLE report_procedure_monthly (
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
    paid_online             BIGINT NOT NULL,
    used_minutes            BIGINT NOT NULL,
    limit_minutes           BIGINT NOT NULL,
    worst_permille          BIGINT NOT NULL,
    PRIMARY KEY (procedure_code, period_month)
);
CREATE INDEX report_procedure_monthly_month ON report_procedure_monthly (period_month);
INSERT INTO report_procedure_monthly (procedure_code, period_month, received, received_counter, received_postal, received_online_partial, received_online_full, supplement_requested, apologized, supplement_twice, finished, finished_early, finished_on_time, finished_late, rejected, refused, withdrawn, late_without_apology, stop_without_reason, late_handover, digitised, paid_online, used_minutes, limit_minutes, worst_permille)
    SELECT procedure_code, period_month, SUM(received), SUM(received_counter), SUM(received_postal), SUM(received_online_partial), SUM(received_online_full), SUM(supplement_requested), SUM(apologized), SUM(supplement_twice), SUM(finished), SUM(finished_early), SUM(finished_on_time), SUM(finished_late), SUM(rejected), SUM(refused), SUM(withdrawn), SUM(late_without_apology), SUM(stop_without_reason), SUM(late_handover), SUM(digitised), SUM(paid_online), SUM(used_minutes), SUM(limit_minutes), MAX(worst_permille)
    FROM report_monthly GROUP BY procedure_code, period_month;

-- Hand-overs per officer, unit (the step's unit) and month: the officers table read a year of hand-overs (1.8 million
-- rows at 1,000,000 dossiers). Recounted from report_handovers for every unit and month the roll-up touches.
CREATE TABLE report_officer_monthly (
    unit_code     VARCHAR(64)  NOT NULL,
    period_month  INTEGER      NOT NULL,
    actor         VARCHAR(200) NOT NULL,
    handovers     BIGINT NOT NULL,
    early         BIGINT NOT NULL,
    on_time       BIGINT NOT NULL,
    late          BIGINT NOT NULL,
    PRIMARY KEY (unit_code, period_month, actor)
);
CREATE INDEX report_officer_monthly_month ON report_officer_monthly (period_month);
INSERT INTO report_officer_monthly (unit_code, period_month, actor, handovers, early, on_time, late)
    SELECT unit_code, handed_over_month, actor, COUNT(*), SUM(CASE WHEN timing = 'EARLY' THEN 1 ELSE 0 END),
           SUM(CASE WHEN timing = 'ON_TIME' THEN 1 ELSE 0 END), SUM(CASE WHEN timing = 'LATE' THEN 1 ELSE 0 END)
    FROM report_handovers GROUP BY unit_code, handed_over_month, actor;

-- The figures of the moment (in progress on time or overdue, due soon, overdue without an apology) are counted at each
-- view from the open dossiers' facts: 7,000 rows at 1,000,000 dossiers, each a lookup of the whole row through
-- report_dossiers_open (0.7 s on a cold H2). Every column they read is in this index, so they are read from it alone.
CREATE INDEX report_dossiers_open_figures ON report_dossiers (in_progress, unit_code, procedure_code, status, due_at,
                                                              due_soon_at, apologies);
