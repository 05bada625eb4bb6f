package org.rapidstart.aos.document;

import java.util.List;
import java.util.Map;

/** A page of records read back; each record is RecId, DataAreaId (company tables) and the fields. */
public record RecordPage(String company, String table, int page, int size, long totalElements, int totalPages,
		List<Map<String, Object>> records) {
}
