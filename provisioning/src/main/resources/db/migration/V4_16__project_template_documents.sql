-- A project's template snapshot moves to a table of its own: every page of a project reads the project row, and the
-- snapshot (tens of kilobytes of jsonb, turned into text on every read) is needed only the first time an instance
-- parses it (ProjectEngine keeps the parsed template).
CREATE TABLE project_template_document (
    project_id  bigint  PRIMARY KEY REFERENCES project (id) ON DELETE CASCADE,
    document    jsonb   NOT NULL
);
INSERT INTO project_template_document (project_id, document) SELECT id, template_document FROM project;
ALTER TABLE project DROP COLUMN template_document;
