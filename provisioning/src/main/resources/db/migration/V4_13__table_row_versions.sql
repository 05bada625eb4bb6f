-- Optimistic editing of table rows in the grid: a row's version goes up with each change made in the grid, with who
-- made it and when, so an edit or a delete made on a page opened before someone else's change of the same row is
-- refused instead of silently overwriting it. Rows written by an import leave all three null (version 0): a row whose
-- columns fit the tuple header's null bitmap stores nulls for free, so COPY writes rows exactly as large as before.
ALTER TABLE project_table_row
    ADD COLUMN version      integer,
    ADD COLUMN changed_by   varchar(254),
    ADD COLUMN changed_at   timestamptz;
