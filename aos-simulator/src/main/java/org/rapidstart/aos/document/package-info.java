/**
 * The document service: batches of records for one table in one company, validated as AX validates them
 * (mandatory, EDT length, enum, relations) and upserted by natural key with a result per record; and the
 * paged read-back used to verify a load. Records of every table live in one generic table keyed by
 * (table, DataAreaId, natural key); the table definitions come from the catalogue.
 */
@NullMarked
package org.rapidstart.aos.document;

import org.jspecify.annotations.NullMarked;
