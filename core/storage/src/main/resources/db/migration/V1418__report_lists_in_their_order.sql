-- The lists behind the dashboard's numbers, read in the order they are shown (issue 10, decision 1012). Portable between
-- H2 2.x and PostgreSQL 15+. report_* tables are written by the roll-up, off the engine's transactions (decision 1011):
-- these indexes cost the engine's writes nothing.

-- A drill-down page or an export of the dossiers behind a city-wide number reads the newest facts first and stops when
-- its page is full, instead of sorting every matching fact (ORDER BY submitted_at DESC, dossier_code).
CREATE INDEX report_dossiers_recent ON report_dossiers (submitted_at DESC, dossier_code);

-- The late hand-overs, newest first, likewise (ORDER BY handed_over_at DESC, dossier_code).
CREATE INDEX report_handovers_recent ON report_handovers (handed_over_at DESC, dossier_code);

-- The ratings of a period for the 766 indicators, city-wide: read from this index alone, without the rows. Written once
-- per citizen rating, never by a dossier action.
CREATE INDEX evaluations_period ON evaluations (evaluated_at, overall, unit_code, procedure_code);
