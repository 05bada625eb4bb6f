-- Rows of Table and Data Import/Export questions. A question's rows are a "row set"; project_table points at the
-- live one. An import writes a new row set with COPY, invisible until one short transaction points the question at
-- it (replace) or moves its rows behind the saved ones (append), so a failed or cancelled import changes nothing.
CREATE SEQUENCE project_row_set_seq;
CREATE TABLE project_table (
    project_id          bigint       NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    question            varchar(40)  NOT NULL,          -- short name as the template spells it
    fields              text[]       NOT NULL,          -- the field of each position of a row's cells
    row_set             bigint       NOT NULL,
    row_count           bigint       NOT NULL,
    version             bigint       NOT NULL,
    changed_at          timestamptz  NOT NULL,
    changed_by          varchar(254) NOT NULL,
    PRIMARY KEY (project_id, question)
);
CREATE UNIQUE INDEX project_table_row_set_uq ON project_table (row_set);

-- No foreign key to the row set: one per row would slow COPY down; discarded sets are deleted by the sweeper.
CREATE TABLE project_table_row (
    row_set             bigint       NOT NULL,
    row_no              integer      NOT NULL,          -- order within the set; gaps where rows were deleted
    cells               text[]       NOT NULL,          -- in the order of project_table.fields, null = empty
    PRIMARY KEY (row_set, row_no)
);

-- Row sets whose rows are to be deleted: replaced sets, sets of failed imports, sets of purged projects.
CREATE TABLE project_row_set_discarded (
    row_set             bigint       PRIMARY KEY,
    discarded_at        timestamptz  NOT NULL
);

-- Imports of a CSV file or a workbook into one table question, run in the background.
CREATE SEQUENCE project_table_import_seq INCREMENT BY 50;
CREATE TABLE project_table_import (
    id                  bigint       PRIMARY KEY,
    project_id          bigint       NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    customer_id         bigint       NOT NULL REFERENCES customer (id),
    question            varchar(40)  NOT NULL,
    file_name           varchar(255) NOT NULL,
    file_kind           varchar(10)  NOT NULL,          -- CSV or WORKBOOK
    mode                varchar(10)  NOT NULL,          -- REPLACE or APPEND
    status              varchar(10)  NOT NULL,          -- QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED
    row_set             bigint       NOT NULL,          -- where the new rows are written
    file_bytes          bigint       NOT NULL,
    bytes_read          bigint       NOT NULL DEFAULT 0,
    expected_rows       bigint,
    rows_read           bigint       NOT NULL DEFAULT 0,
    rows_imported       bigint,
    error_count         bigint       NOT NULL DEFAULT 0,
    problem             text,                            -- why the whole file was refused (header, format)
    cancel_requested    boolean      NOT NULL DEFAULT false,
    started_by          varchar(254) NOT NULL,
    created_at          timestamptz  NOT NULL,
    started_at          timestamptz,
    heartbeat_at        timestamptz,
    finished_at         timestamptz
);
CREATE INDEX project_table_import_question_idx ON project_table_import (project_id, question, created_at);
CREATE INDEX project_table_import_active_idx ON project_table_import (status) WHERE status IN ('QUEUED', 'RUNNING');

-- Every bad row of an import: row number in the file, column and reason.
CREATE TABLE project_table_import_error (
    import_id           bigint       NOT NULL REFERENCES project_table_import (id) ON DELETE CASCADE,
    seq                 integer      NOT NULL,
    row_no              bigint,
    column_label        varchar(200),
    message             text         NOT NULL,
    PRIMARY KEY (import_id, seq)
);
