-- Imports of an answers workbook (Export answers, changed, imported back), run in the background with progress and
-- Cancel. The workbook's tables are written to new row sets first (row_sets, so that an import whose instance stopped
-- leaves none behind); everything then changes in one transaction that also marks the import SUCCEEDED, or nothing.
CREATE SEQUENCE project_answers_import_seq INCREMENT BY 50;
CREATE TABLE project_answers_import (
    id                  bigint       PRIMARY KEY,
    project_id          bigint       NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    customer_id         bigint       NOT NULL REFERENCES customer (id),
    file_name           varchar(255) NOT NULL,
    status              varchar(10)  NOT NULL,          -- QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED
    step                integer      NOT NULL DEFAULT 0, -- of steps: the Parameters sheet, each table sheet read,
    steps               integer      NOT NULL DEFAULT 1, -- each table sheet checked, saving
    stage               varchar(20),                     -- PARAMETERS, READING, CHECKING, SAVING
    sheet               varchar(40),                     -- the sheet being read or checked
    rows_done           bigint       NOT NULL DEFAULT 0, -- rows of that sheet read or checked so far
    row_sets            bigint[]     NOT NULL DEFAULT '{}',
    changed_values      integer,
    changed_tables      text[],
    problem_count       integer      NOT NULL DEFAULT 0,
    problem             text,                            -- why it stopped, when not because of the workbook's rows
    cancel_requested    boolean      NOT NULL DEFAULT false,
    started_by          varchar(254) NOT NULL,
    created_at          timestamptz  NOT NULL,
    started_at          timestamptz,
    heartbeat_at        timestamptz,
    finished_at         timestamptz
);
CREATE INDEX project_answers_import_project_idx ON project_answers_import (project_id, created_at);
CREATE INDEX project_answers_import_active_idx ON project_answers_import (status) WHERE status IN ('QUEUED', 'RUNNING');

-- Every problem that refused an import: sheet, row (as the spreadsheet numbers it), column and reason.
CREATE TABLE project_answers_import_problem (
    import_id           bigint       NOT NULL REFERENCES project_answers_import (id) ON DELETE CASCADE,
    seq                 integer      NOT NULL,
    sheet               varchar(40)  NOT NULL,
    row_no              bigint,
    column_label        varchar(200),
    message             text         NOT NULL,
    PRIMARY KEY (import_id, seq)
);
