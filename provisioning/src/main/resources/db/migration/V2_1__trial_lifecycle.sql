-- Trial lifecycle: a prospect's services become inactive when the trial ends, and its data is purged after the
-- retention period; the customer row stays, flagged, so the partner's list can show it as deleted.
ALTER TABLE customer ADD COLUMN inactivated_at timestamptz;
ALTER TABLE customer ADD COLUMN purged_at timestamptz;

-- Each trial reminder (14 and 3 days before the end) is sent once per customer.
CREATE TABLE trial_reminder (
    customer_id         bigint       NOT NULL REFERENCES customer (id),
    days_before         integer      NOT NULL,
    sent_at             timestamptz  NOT NULL,
    PRIMARY KEY (customer_id, days_before)
);
