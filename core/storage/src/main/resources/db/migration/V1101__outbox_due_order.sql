-- The worker takes due messages ORDER BY next_attempt_at, id (a fixed order, so that concurrent claimers lock rows in
-- the same order). With the index on next_attempt_at alone, H2 read and sorted every due message for each batch of 200:
-- a backlog of 10,000 messages cost 50 full sorts. With id in the index the batch is read in index order (decision 1010).
DROP INDEX outbox_due;
CREATE INDEX outbox_due ON outbox_messages (next_attempt_at, id);
