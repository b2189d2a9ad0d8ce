-- Notifications written by a follower of the events (decision 1103). Portable between H2 2.x and PostgreSQL 15+.
-- The engine puts the messages an action causes into the payload of the action's event, in the action's transaction;
-- the follower writes them to the outbox from there. Its mark starts after the events that exist now: they were
-- written when the engine still wrote messages to the outbox itself, so they carry none.
INSERT INTO event_marks (name, last_id) SELECT 'outbox-notifications', COALESCE(MAX(id), 0) FROM events;
