-- Per-unit procedure switches in the database, seen by every node (issue 14, decision 1411); before, each node kept
-- them in <data>/procedure-units.properties. Portable between H2 2.x and PostgreSQL 15+, like V1.

-- A procedure switched off (paused) at one unit; a procedure with no row is on.
CREATE TABLE procedure_switches (
    procedure_code VARCHAR(100) NOT NULL,
    unit_code      VARCHAR(20)  NOT NULL,
    -- the administrator's reason and the announced last day of the pause (decision 1322); both may be NULL
    reason         VARCHAR(1000),
    until_date     DATE,
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (procedure_code, unit_code)
);

-- A change number per kind of shared state, raised in the transaction of every change: nodes poll one row (cheap) and
-- reload only when it moved.
CREATE TABLE shared_changes (
    name          VARCHAR(40) NOT NULL PRIMARY KEY,
    change_number BIGINT      NOT NULL
);
INSERT INTO shared_changes (name, change_number) VALUES ('procedure_switches', 0);
