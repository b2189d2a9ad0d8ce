-- "Feedback answered" message (issue 11, decision 1132 §3): where the sender asked to be told of the answer, as JSON
-- {"SMS": "<phone>", "EMAIL": "<address>"}. NULL when they did not ask, and set back to NULL in the transaction that
-- writes the message to the outbox: the address is kept only as long as it is needed.
ALTER TABLE feedback ADD COLUMN notify_to VARCHAR(400);
