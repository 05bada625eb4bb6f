package org.rapidstart.aos.metadata;

import java.util.List;

/**
 * A relation from one or more fields to the natural key of a related table. Every relation in the canonical
 * list targets the whole natural key, so a lookup is a key lookup; FiscalCalendarPeriod's year relation is the
 * one with two fields (calendar and year name).
 */
public record AxRelation(String relatedTable, List<Constraint> constraints) {

	public AxRelation {
		constraints = List.copyOf(constraints);
	}

	/** The field a failed lookup is reported on: the last of the constraint's fields (the most specific). */
	public String field() {
		return this.constraints.get(this.constraints.size() - 1).field();
	}

	public String relatedField() {
		return this.constraints.get(this.constraints.size() - 1).relatedField();
	}

	public List<String> fields() {
		return this.constraints.stream().map(Constraint::field).toList();
	}

	public record Constraint(String field, String relatedField) {
	}

}
