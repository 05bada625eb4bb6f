-- Preferences: a person's own (language, time zone, date format) and an organisation's defaults for its users.
-- A null column means "not chosen": the organisation's default, else the portal's.
CREATE TABLE account_preference (
    account_id          bigint       PRIMARY KEY REFERENCES account (id),
    language            varchar(35),                    -- a BCP 47 language tag, e.g. en, en-GB
    time_zone           varchar(60),                    -- an IANA time zone id, e.g. Europe/Dublin
    date_format         varchar(20),                    -- a DateFormat name, e.g. DAY_MONTH_YEAR
    version             bigint       NOT NULL DEFAULT 0
);

CREATE TABLE customer_preference (
    customer_id         bigint       PRIMARY KEY REFERENCES customer (id),
    language            varchar(35),
    time_zone           varchar(60),
    date_format         varchar(20),
    version             bigint       NOT NULL DEFAULT 0
);
