package org.rapidstart.aos.document;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** One result per posted record, in posting order, plus the totals. */
public record BatchResult(String company, String table, List<RecordResult> results, Counts counts) {

	public record RecordResult(int index, @Nullable String key, RecordStatus status, @Nullable Long recId,
			List<String> messages) {
	}

	public record Counts(int created, int updated, int unchanged, int failed) {

		static Counts of(List<RecordResult> results) {
			int[] c = new int[4];
			results.forEach(r -> c[r.status().ordinal()]++);
			return new Counts(c[0], c[1], c[2], c[3]);
		}

	}

}
