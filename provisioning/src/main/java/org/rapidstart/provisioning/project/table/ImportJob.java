package org.rapidstart.provisioning.project.table;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An import as its page shows it. {@code problem} says why a whole file was refused (its header, its format);
 * {@code errorCount} counts bad rows, listed by {@link TableImports#problems}.
 */
public record ImportJob(long id, long projectId, String question, String fileName, FileKind kind, ImportMode mode,
		ImportStatus status, long fileBytes, long bytesRead, @Nullable Long expectedRows, long rowsRead,
		@Nullable Long rowsImported, long errorCount, @Nullable String problem, boolean cancelRequested,
		String startedBy, Instant createdAt, @Nullable Instant finishedAt) {

	/** How far the import has read its file, 0 to 100. */
	public int percent() {
		if (this.status == ImportStatus.SUCCEEDED) {
			return 100;
		}
		if (this.kind == FileKind.WORKBOOK && this.expectedRows != null && this.expectedRows > 1) {
			return (int) Math.min(100, this.rowsRead * 100 / (this.expectedRows - 1));
		}
		return this.fileBytes <= 0 ? 0 : (int) Math.min(100, this.bytesRead * 100 / this.fileBytes);
	}

	public boolean isActive() {
		return this.status.isActive();
	}

}
