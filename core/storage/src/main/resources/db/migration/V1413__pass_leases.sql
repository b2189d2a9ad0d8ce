-- Leases of periodic passes that must run on one node at a time when several nodes share the database (issue 14,
-- decision 1402): the holder renews its lease at every pass; another node takes over once it expired.
CREATE TABLE pass_leases (
    name        VARCHAR(60)  NOT NULL PRIMARY KEY,
    holder      VARCHAR(200) NOT NULL,
    held_until  TIMESTAMP WITH TIME ZONE NOT NULL
);
