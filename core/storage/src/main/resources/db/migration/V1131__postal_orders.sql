-- Postal orders (Decision 45/2016/QĐ-TTg; issue 11, decision 1131): a pickup of the paper dossier or a delivery of the
-- result by the public postal service. The row is written with its outbox message (same id) in the transaction of the
-- dossier change; the postal adapter fills in the consignment number (mã vận đơn) and fee when the partner accepts the
-- order, and the delivery status as the partner reports it. Portable between H2 2.x and PostgreSQL 15+, like V1.
CREATE TABLE postal_orders (
    -- the outbox message's id, also the idempotency key the postal partner receives
    id              VARCHAR(36)    NOT NULL PRIMARY KEY,
    dossier_code    VARCHAR(100)   NOT NULL,
    -- PICKUP (the dossier from the applicant to the agency) or DELIVERY (the result from the agency to the applicant)
    kind            VARCHAR(16)    NOT NULL,
    consignment_no  VARCHAR(64),
    fee_vnd         BIGINT,
    -- ORDERED (in the outbox), ACCEPTED (partner gave a consignment number), PICKED_UP, IN_TRANSIT, DELIVERED, RETURNED,
    -- CANCELLED; DELIVERED, RETURNED and CANCELLED are final
    status          VARCHAR(16)    NOT NULL,
    status_text     VARCHAR(500),
    ordered_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    -- when the status poller may ask the partner next; NULL before acceptance and once final
    next_poll_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX postal_orders_dossier ON postal_orders (dossier_code, ordered_at);
CREATE INDEX postal_orders_poll ON postal_orders (next_poll_at, id);
