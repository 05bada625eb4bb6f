-- Configuration projects: a tenant answers one template (a published stored template or a built-in one).
-- The template document is copied into the project when it is created, so later design work on the template
-- never changes the questions of a project that is being answered.
CREATE SEQUENCE project_seq INCREMENT BY 50;
CREATE TABLE project (
    id                  bigint       PRIMARY KEY,
    customer_id         bigint       NOT NULL REFERENCES customer (id),
    name                varchar(100) NOT NULL,
    kind                varchar(10)  NOT NULL,          -- DEFAULT (industry defaults) or CUSTOM (from a template)
    template_id         bigint       REFERENCES questionnaire_template (id) ON DELETE SET NULL,
    built_in_template   varchar(100),                   -- name of the built-in template, when it came from one
    template_name       varchar(100) NOT NULL,
    template_document   jsonb        NOT NULL,
    organisation_name   varchar(200) NOT NULL,
    street              varchar(200),
    city                varchar(100),
    state               varchar(100),
    postal_code         varchar(20),
    country_region      varchar(2)   NOT NULL,
    industry            varchar(40)  NOT NULL,
    target_date         date,
    created_at          timestamptz  NOT NULL,
    created_by          varchar(254) NOT NULL,
    archived_at         timestamptz,
    version             bigint       NOT NULL DEFAULT 0
);
CREATE INDEX project_customer_idx ON project (customer_id);
CREATE UNIQUE INDEX project_name_uq ON project (customer_id, lower(name)) WHERE archived_at IS NULL;
