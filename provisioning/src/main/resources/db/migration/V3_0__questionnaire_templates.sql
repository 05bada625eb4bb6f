-- Questionnaire templates designed in a tenant. The built-in templates (Order-to-cash, Procure-to-pay, one per
-- module) ship in code (questionnaire-core, builtin) and are never stored: they are read-only for everyone.
-- The engine's JSON template document (questionnaire-core, document.TemplateDocuments) is the source of truth;
-- name, type and published are copied out of it for listing and are kept in step by the one service that writes.
CREATE SEQUENCE questionnaire_template_seq INCREMENT BY 50;
CREATE TABLE questionnaire_template (
    id                  bigint       PRIMARY KEY,
    customer_id         bigint       NOT NULL REFERENCES customer (id),
    name                varchar(100) NOT NULL,
    template_type       varchar(20)  NOT NULL,          -- BUSINESS_PROCESS, MODULE, CUSTOM
    published           boolean      NOT NULL,
    document            jsonb        NOT NULL,
    created_at          timestamptz  NOT NULL,
    created_by          varchar(254) NOT NULL,          -- sign-in ID
    updated_at          timestamptz  NOT NULL,
    updated_by          varchar(254) NOT NULL,
    version             bigint       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX questionnaire_template_name_uq ON questionnaire_template (customer_id, lower(name));
