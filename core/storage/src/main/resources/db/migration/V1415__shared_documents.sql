-- Administrators' edits of units and of the working calendar shared by every node (issue 14, decision 1415): before,
-- each node kept them in <data>/units.csv and <data>/calendar/*.yaml. One row per document, named as the file under
-- <data> it replaces (units.csv, calendar/2027.yaml, calendar/closures.yaml). Portable between H2 2.x and PostgreSQL 15+
-- (TEXT is H2's alias of CHARACTER LARGE OBJECT). Only used on PostgreSQL: an H2 file belongs to one node.
CREATE TABLE shared_documents (
    name       VARCHAR(200) NOT NULL PRIMARY KEY,
    -- the file's text; NULL once removed (kept, so that a node's stale copy of the file is never published again)
    content    TEXT,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO shared_changes (name, change_number) VALUES ('documents', 0);
