-- Foundation: accounts, the VOICE directory, partners, customers, subscriptions, activation, mail outbox, audit.
-- Sequences (not identity columns) so Hibernate can batch inserts; allocation size 50 matches the entities.

CREATE TABLE voice_partner (
    partner_id          varchar(20)  PRIMARY KEY,
    name                varchar(200) NOT NULL,
    certified           boolean      NOT NULL,
    schedule_c_signed   boolean      NOT NULL
);

CREATE TABLE voice_customer (
    account_number      varchar(20)  PRIMARY KEY,
    organisation_name   varchar(200) NOT NULL,
    street              varchar(200),
    city                varchar(100),
    state               varchar(100),
    postal_code         varchar(20),
    country_region      varchar(2),
    partner_id          varchar(20)  NOT NULL REFERENCES voice_partner (partner_id)
);
CREATE INDEX voice_customer_partner_idx ON voice_customer (partner_id);

CREATE SEQUENCE account_seq INCREMENT BY 50;
CREATE TABLE account (
    id                  bigint       PRIMARY KEY,
    sign_in_id          varchar(254) NOT NULL UNIQUE,   -- an e-mail address, stored lower-case
    display_name        varchar(200) NOT NULL,
    password_hash       varchar(200),                   -- null until the person sets a password
    enabled             boolean      NOT NULL,
    created_at          timestamptz  NOT NULL,
    version             bigint       NOT NULL DEFAULT 0
);

CREATE SEQUENCE partner_seq INCREMENT BY 50;
CREATE TABLE partner (
    id                  bigint       PRIMARY KEY,
    voice_partner_id    varchar(20)  NOT NULL UNIQUE REFERENCES voice_partner (partner_id),
    name                varchar(200) NOT NULL,
    activated_at        timestamptz,
    created_at          timestamptz  NOT NULL,
    version             bigint       NOT NULL DEFAULT 0
);

-- A person's membership of a partner organisation (PARTNER_ADMIN, PARTNER_USER), or of the operator (SUPPORT).
CREATE SEQUENCE partner_user_seq INCREMENT BY 50;
CREATE TABLE partner_user (
    id                  bigint       PRIMARY KEY,
    account_id          bigint       NOT NULL UNIQUE REFERENCES account (id),
    partner_id          bigint       REFERENCES partner (id),
    role                varchar(20)  NOT NULL CHECK (role IN ('PARTNER_ADMIN', 'PARTNER_USER', 'SUPPORT')),
    created_at          timestamptz  NOT NULL,
    CHECK ((role = 'SUPPORT') = (partner_id IS NULL))
);
CREATE INDEX partner_user_partner_idx ON partner_user (partner_id);

-- Single-use, expiring links that let a person set a password: partner registration and partner user invitations.
CREATE SEQUENCE account_token_seq INCREMENT BY 50;
CREATE TABLE account_token (
    id                  bigint       PRIMARY KEY,
    account_id          bigint       NOT NULL REFERENCES account (id),
    purpose             varchar(30)  NOT NULL,
    token_hash          varchar(64)  NOT NULL UNIQUE,   -- SHA-256 of the token; the token itself is only in the e-mail
    created_at          timestamptz  NOT NULL,
    expires_at          timestamptz  NOT NULL,
    used_at             timestamptz,
    superseded_at       timestamptz
);
CREATE INDEX account_token_account_idx ON account_token (account_id);

CREATE SEQUENCE customer_seq INCREMENT BY 50;
CREATE TABLE customer (
    id                  bigint       PRIMARY KEY,
    partner_id          bigint       NOT NULL REFERENCES partner (id),
    voice_account_number varchar(20) UNIQUE REFERENCES voice_customer (account_number),
    organisation_name   varchar(200) NOT NULL,
    street              varchar(200),
    city                varchar(100),
    state               varchar(100),
    postal_code         varchar(20),
    country_region      varchar(2),
    admin_name          varchar(200),
    admin_sign_in_id    varchar(254),
    contact_email       varchar(254) NOT NULL,
    created_at          timestamptz  NOT NULL,
    created_by          bigint       NOT NULL REFERENCES account (id),
    version             bigint       NOT NULL DEFAULT 0
);
CREATE INDEX customer_partner_idx ON customer (partner_id);

CREATE SEQUENCE subscription_seq INCREMENT BY 50;
CREATE TABLE subscription (
    id                  bigint       PRIMARY KEY,
    customer_id         bigint       NOT NULL REFERENCES customer (id),
    service             varchar(30)  NOT NULL,
    country_region      varchar(2)   NOT NULL,
    data_centre         varchar(60)  NOT NULL,
    status              varchar(30)  NOT NULL,
    created_at          timestamptz  NOT NULL,
    invitation_sent_at  timestamptz,
    activated_at        timestamptz,
    version             bigint       NOT NULL DEFAULT 0,
    UNIQUE (customer_id, service)
);

CREATE SEQUENCE activation_invitation_seq INCREMENT BY 50;
CREATE TABLE activation_invitation (
    id                  bigint       PRIMARY KEY,
    subscription_id     bigint       NOT NULL REFERENCES subscription (id),
    admin_name          varchar(200) NOT NULL,
    sign_in_id          varchar(254) NOT NULL,
    contact_email       varchar(254) NOT NULL,
    token_hash          varchar(64)  NOT NULL UNIQUE,
    created_at          timestamptz  NOT NULL,
    created_by          bigint       NOT NULL REFERENCES account (id),
    expires_at          timestamptz  NOT NULL,
    used_at             timestamptz,
    superseded_at       timestamptz
);
CREATE INDEX activation_invitation_subscription_idx ON activation_invitation (subscription_id);

CREATE SEQUENCE outbox_message_seq INCREMENT BY 50;
CREATE TABLE outbox_message (
    id                  bigint       PRIMARY KEY,
    recipient           varchar(254) NOT NULL,
    subject             varchar(300) NOT NULL,
    body                text         NOT NULL,
    created_at          timestamptz  NOT NULL,
    attempts            integer      NOT NULL DEFAULT 0,
    next_attempt_at     timestamptz  NOT NULL,
    sent_at             timestamptz,
    last_error          varchar(1000)
);
CREATE INDEX outbox_message_pending_idx ON outbox_message (next_attempt_at) WHERE sent_at IS NULL;

CREATE SEQUENCE audit_event_seq INCREMENT BY 50;
CREATE TABLE audit_event (
    id                  bigint       PRIMARY KEY,
    occurred_at         timestamptz  NOT NULL,
    actor               varchar(254) NOT NULL,          -- sign-in ID, or 'system'
    partner_id          bigint,
    customer_id         bigint,
    action              varchar(60)  NOT NULL,
    details             varchar(2000) NOT NULL
);
CREATE INDEX audit_event_partner_idx ON audit_event (partner_id, occurred_at DESC);
CREATE INDEX audit_event_customer_idx ON audit_event (customer_id, occurred_at DESC);

-- Spring Session JDBC (sessions of both portals live here, so portals scale out).
CREATE TABLE spring_session (
    primary_id            char(36)     NOT NULL,
    session_id            char(36)     NOT NULL,
    creation_time         bigint       NOT NULL,
    last_access_time      bigint       NOT NULL,
    max_inactive_interval integer      NOT NULL,
    expiry_time           bigint       NOT NULL,
    principal_name        varchar(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id    char(36)     NOT NULL,
    attribute_name        varchar(200) NOT NULL,
    attribute_bytes       bytea        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id) REFERENCES spring_session (primary_id) ON DELETE CASCADE
);
