-- A large import writes its rows into a table of their own, with no index while it loads, and indexes them once at
-- the end: inserting a million index entries one row at a time costs PostgreSQL more than the COPY itself. That table
-- becomes a partition of project_table_row when the import swaps in, and is dropped as a whole when its rows are
-- replaced or discarded, instead of being deleted row by row. Every other row set stays in one shared partition.
--
-- Row sets below 10^15 (from project_row_set_seq) live in the shared partition; a set of 10^15 + n (n also from the
-- sequence) has the table project_table_row_<set>, a partition of the range [set, set + 1) once it is swapped in.
ALTER TABLE project_table_row RENAME TO project_table_row_shared;
ALTER INDEX project_table_row_pkey RENAME TO project_table_row_shared_pkey;

CREATE TABLE project_table_row (
    LIKE project_table_row_shared INCLUDING DEFAULTS,
    PRIMARY KEY (row_set, row_no)
) PARTITION BY RANGE (row_set);

ALTER TABLE project_table_row ATTACH PARTITION project_table_row_shared
    FOR VALUES FROM (MINVALUE) TO (1000000000000000);
