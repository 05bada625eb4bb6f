/**
 * The metadata catalogue: the ERP tables, fields (type, length, mandatory, key), enums, relations and class
 * operations a designer can target. {@code MetadataCatalogue.ax2012()} is the shipped catalogue of the Dynamics AX
 * 2012 core financial tables (docs/ax-2012-tables.md); {@code fromJson}/{@code toJson} and {@code withTable} let the
 * portal refresh it from a connected AOS.
 */
@NullMarked
package org.rapidstart.questionnaire.metadata;

import org.jspecify.annotations.NullMarked;
