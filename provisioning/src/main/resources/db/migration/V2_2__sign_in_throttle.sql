-- Sign-in throttling, shared by every portal instance: failed sign-ins per account (by sign-in ID, whether or not
-- an account has it) and per client address. Subjects are stored as SHA-256, so the table holds neither typed
-- sign-in IDs nor addresses in clear.
CREATE TABLE sign_in_throttle (
    subject_kind        varchar(10)  NOT NULL CHECK (subject_kind IN ('ACCOUNT', 'ADDRESS')),
    subject             varchar(64)  NOT NULL,
    failures            integer      NOT NULL,
    last_failure_at     timestamptz  NOT NULL,
    refused_until       timestamptz,                    -- no attempt is checked before this time
    PRIMARY KEY (subject_kind, subject)
);
CREATE INDEX sign_in_throttle_last_failure_idx ON sign_in_throttle (last_failure_at);
