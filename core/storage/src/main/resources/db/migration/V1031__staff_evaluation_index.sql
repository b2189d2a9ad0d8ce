-- Staff evaluation (issue 10, decision 1031): an officer's actions in a period are read by actor, not by scanning
-- every event. One narrow index on the append-only events table.
CREATE INDEX events_actor ON events (actor, occurred_at);
