-- Procedure bundles shared by every node through the database (issue 14, decision 1413): the jar a node accepted and
-- its desired state; every node reconciles its framework to these rows. Portable between H2 2.x and PostgreSQL 15+
-- (BYTEA is H2's alias of BINARY VARYING). Only used on PostgreSQL: an H2 file belongs to one node.
CREATE TABLE shared_bundles (
    -- the file name in the deploy folder, e.g. motcua.procedure.chung-thuc.jar: the bundle's identity on every node
    file_name     VARCHAR(200) NOT NULL PRIMARY KEY,
    jar_sha256    VARCHAR(64)  NOT NULL,
    jar           BYTEA        NOT NULL,
    -- ACTIVE, STOPPED or REMOVED (kept as a row so that a node that was down learns of the removal)
    desired_state VARCHAR(12)  NOT NULL,
    -- true when the jar is an older version put back by a rollback: nodes install it although it is a downgrade
    rolled_back   BOOLEAN      NOT NULL,
    -- raised at every change of this row; a node re-applies a row whose revision it has not applied yet
    revision      BIGINT       NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO shared_changes (name, change_number) VALUES ('bundles', 0);
