-- Attachments kept in the database (issue 14, decision 1416) so that every node serves every file and PostgreSQL's
-- backups and replicas hold them. Only used on PostgreSQL: an H2 file belongs to one node, which keeps its attachments
-- in <data>/attachments. Portable between H2 2.x and PostgreSQL 15+ (BYTEA is H2's alias of BINARY VARYING).
CREATE TABLE attachment_contents (
    -- the generated id the dossier's attachment record names (a random UUID, never text the user sent)
    id         VARCHAR(36) NOT NULL PRIMARY KEY,
    content    BYTEA       NOT NULL,
    size_bytes BIGINT      NOT NULL,
    sha256     VARCHAR(64) NOT NULL,
    stored_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
