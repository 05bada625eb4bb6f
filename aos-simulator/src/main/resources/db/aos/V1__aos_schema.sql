-- The AOS simulator's own database (a different product from the cloud side: not in provisioning's migrations).

-- AX 2012 RecIds are 64-bit and start high; starting here makes them look like the real thing.
CREATE SEQUENCE aos_rec_id_seq START WITH 5637144576 CACHE 100;

CREATE TABLE aos_company (
    data_area_id varchar(4)  PRIMARY KEY,
    name         varchar(60) NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);

-- One generic table for every AX table of the catalogue (definitions live in code, AxCatalogue).
-- natural_key is the upper-cased key values, '|'-joined with '\' escapes: AX keys compare case-insensitively.
-- data_area_id is '' for shared tables (Currency, ZIP codes, ...).
-- The natural key is the primary key: every read and write goes by it. rec_id comes from a sequence, so it is
-- unique without an index of its own, and a second index would cost ~10% on a 1M-row DIXF load.
-- COLLATE "C": keys are already case-folded, so byte order is the order we want, and the index compares with
-- memcmp instead of the server locale's strcoll.
CREATE TABLE aos_record (
    rec_id       bigint      NOT NULL,
    table_name   varchar(40) COLLATE "C" NOT NULL,
    data_area_id varchar(4)  COLLATE "C" NOT NULL,
    natural_key  text        COLLATE "C" NOT NULL,
    -- the values in the catalogue's field order, NULL when empty (see StoredFields: cheaper than jsonb in bulk)
    fields       text[]      NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    modified_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT aos_record_natural_key PRIMARY KEY (table_name, data_area_id, natural_key)
);

CREATE TABLE aos_number_sequence (
    data_area_id varchar(4)  NOT NULL,
    code         varchar(20) NOT NULL,
    reference    varchar(60) NOT NULL,
    format       varchar(30) NOT NULL,
    next_value   bigint      NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (data_area_id, code)
);

CREATE SEQUENCE aos_dixf_job_seq;
CREATE SEQUENCE aos_dixf_execution_seq;

CREATE TABLE aos_dixf_job (
    id            bigint      PRIMARY KEY,
    data_area_id  varchar(4)  NOT NULL,
    entity        varchar(40) NOT NULL,
    file_name     varchar(255),
    batch_tasks   int         NOT NULL,
    columns       text        NOT NULL,
    staging_table varchar(63),
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE aos_dixf_execution (
    id             bigint      PRIMARY KEY,
    job_id         bigint      NOT NULL REFERENCES aos_dixf_job (id),
    run_no         int         NOT NULL,
    mode           varchar(30) NOT NULL,
    status         varchar(30) NOT NULL,
    staged_rows    bigint      NOT NULL DEFAULT 0,
    error_rows     bigint      NOT NULL DEFAULT 0,
    created_rows   bigint      NOT NULL DEFAULT 0,
    updated_rows   bigint      NOT NULL DEFAULT 0,
    unchanged_rows bigint      NOT NULL DEFAULT 0,
    message        text,
    started_at     timestamptz NOT NULL DEFAULT now(),
    staged_at      timestamptz,
    validated_at   timestamptz,
    finished_at    timestamptz,
    CONSTRAINT aos_dixf_execution_run UNIQUE (job_id, run_no)
);

CREATE TABLE aos_dixf_row_error (
    execution_id bigint      NOT NULL REFERENCES aos_dixf_execution (id),
    line_no      bigint      NOT NULL,
    field_name   varchar(40),
    message      text        NOT NULL
);
CREATE INDEX aos_dixf_row_error_line ON aos_dixf_row_error (execution_id, line_no);
