-- Customer Portal: customer users (an account's membership of a customer tenant, with its RapidStart roles),
-- their e-mailed invitations, and acceptance of the versioned agreements.

CREATE SEQUENCE customer_user_seq INCREMENT BY 50;
CREATE TABLE customer_user (
    id                  bigint       PRIMARY KEY,
    customer_id         bigint       NOT NULL REFERENCES customer (id),
    account_id          bigint       NOT NULL UNIQUE REFERENCES account (id),   -- one organisation per account
    contact_email       varchar(254) NOT NULL,
    roles               varchar(100) NOT NULL,          -- comma-separated: ADMINISTRATOR, DESIGNER, CONFIGURATOR, VIEWER
    active              boolean      NOT NULL,
    invited_at          timestamptz,
    activated_at        timestamptz,                    -- null until the person followed the e-mailed link
    created_at          timestamptz  NOT NULL,
    version             bigint       NOT NULL DEFAULT 0
);
CREATE INDEX customer_user_customer_idx ON customer_user (customer_id);

CREATE SEQUENCE customer_user_invitation_seq INCREMENT BY 50;
CREATE TABLE customer_user_invitation (
    id                  bigint       PRIMARY KEY,
    customer_user_id    bigint       NOT NULL REFERENCES customer_user (id) ON DELETE CASCADE,
    token_hash          varchar(64)  NOT NULL UNIQUE,   -- SHA-256 of the token; the token is only in the e-mail
    created_at          timestamptz  NOT NULL,
    expires_at          timestamptz  NOT NULL,
    used_at             timestamptz,
    superseded_at       timestamptz
);
CREATE INDEX customer_user_invitation_user_idx ON customer_user_invitation (customer_user_id);

CREATE SEQUENCE agreement_acceptance_seq INCREMENT BY 50;
CREATE TABLE agreement_acceptance (
    id                  bigint       PRIMARY KEY,
    account_id          bigint       NOT NULL REFERENCES account (id),
    document            varchar(40)  NOT NULL,
    document_version    varchar(20)  NOT NULL,
    accepted_at         timestamptz  NOT NULL,
    UNIQUE (account_id, document, document_version)
);
