-- The city-wide overdue and due-soon lists, read in their order (issue 10, decision 1013). Portable between H2 2.x and
-- PostgreSQL 15+; report_dossiers is written by the roll-up only, off the engine's transactions (decision 1011).
--
-- The lists are the open facts in due_at order. report_dossiers_open (in_progress, unit_code, due_at) serves a list
-- within units; city-wide it made the database look up all ~7,000 open facts' rows and sort them for a page of 20
-- (0.8-2.4 s on a cold H2 at 1,000,000 dossiers). With this index the list walks the open facts from the soonest due and
-- stops at its page.
CREATE INDEX report_dossiers_open_due ON report_dossiers (in_progress, due_at, dossier_code);
