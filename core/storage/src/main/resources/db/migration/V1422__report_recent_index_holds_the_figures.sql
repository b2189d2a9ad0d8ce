-- The walk of report_dossiers_recent (V1418) tests every figure's condition on the index entry, not on the row (issue 10,
-- decision 1013). Portable between H2 2.x and PostgreSQL 15+; report_dossiers is written by the roll-up only, off the
-- engine's transactions (decision 1011).
--
-- A city-wide list walks the facts newest first and stops at its page. For a figure of one dossier in 170 ('stopped
-- without reason') that is ~14,000 entries for a page of 50, each a lookup of the whole row to test the condition:
-- 14,000 pages, 0.15-0.6 s on a cold cache at 1,000,000 dossiers. With the columns the figures' conditions and the
-- filters read in the index, both databases test them on the entry (PostgreSQL as index conditions, H2 from the index
-- row) and look up only the rows listed: ~220 pages.
DROP INDEX report_dossiers_recent;
CREATE INDEX report_dossiers_recent ON report_dossiers (submitted_at DESC, dossier_code, submitted_month, finished_month,
    unit_code, procedure_code, channel, status, timing, outcome, supplements, apologies, late_handovers, stop_without_reason,
    attachments, paid_online);
