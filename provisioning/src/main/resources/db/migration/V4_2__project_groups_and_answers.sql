-- The question groups of a configuration project, one row per group of the areas in use of its template snapshot,
-- made when the project is created (the snapshot never changes). Each has an assignee, a target date and a status,
-- and an optimistic version of its answers: a save made on an older version is refused (two people editing the same
-- group), naming who changed what and when.
CREATE SEQUENCE project_group_seq INCREMENT BY 50;
CREATE TABLE project_group (
    id                  bigint       PRIMARY KEY,
    project_id          bigint       NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    position            int          NOT NULL,          -- order in the template: areas, then their groups
    area_position       int          NOT NULL,
    functional_area     varchar(100) NOT NULL,
    group_name          varchar(100) NOT NULL,
    assignee_account_id bigint       REFERENCES account (id) ON DELETE SET NULL,
    target_date         date,
    marked_complete     boolean      NOT NULL DEFAULT false,
    completed_at        timestamptz,
    completed_by        varchar(254),
    started             boolean      NOT NULL DEFAULT false,  -- something was saved in the group once
    answers_version     bigint       NOT NULL DEFAULT 0,
    answers_changed_at  timestamptz,
    answers_changed_by  varchar(254),
    version             bigint       NOT NULL DEFAULT 0,
    CONSTRAINT project_group_position_uq UNIQUE (project_id, position)
);
CREATE INDEX project_group_assignee_idx ON project_group (assignee_account_id);

-- Single-value answers (Field and Non-actionable questions; parameter = '') and answered parameters of Class
-- questions. A cleared answer keeps its row with a null value, so "who changed what" can name it too.
CREATE TABLE project_answer (
    project_id          bigint       NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    question            varchar(40)  NOT NULL,          -- short name as the template spells it
    parameter           varchar(100) NOT NULL DEFAULT '',
    value               text,
    group_id            bigint       NOT NULL REFERENCES project_group (id) ON DELETE CASCADE,
    answers_version     bigint       NOT NULL,          -- the group's answers_version this change made
    changed_at          timestamptz  NOT NULL,
    changed_by          varchar(254) NOT NULL,
    PRIMARY KEY (project_id, question, parameter)
);
CREATE INDEX project_answer_group_idx ON project_answer (group_id, answers_version);

-- Autosaved input of a question group page, per person, not yet saved: restored when the person comes back.
CREATE TABLE project_group_draft (
    group_id            bigint       NOT NULL REFERENCES project_group (id) ON DELETE CASCADE,
    account_id          bigint       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    answers_version     bigint       NOT NULL,          -- the version the input was made on
    input               jsonb        NOT NULL,
    saved_at            timestamptz  NOT NULL,
    PRIMARY KEY (group_id, account_id)
);
