package org.rapidstart.provisioning.project.table;

import java.util.Locale;
import java.util.Optional;

/** The files an import reads, told apart by their name. */
public enum FileKind {

	/** Comma or semicolon separated text with a header row, UTF-8 (as DIXF takes it). */
	CSV(".csv"),

	/** An Excel workbook; its first sheet is read. */
	WORKBOOK(".xlsx");

	private final String extension;

	FileKind(String extension) {
		this.extension = extension;
	}

	public String extension() {
		return this.extension;
	}

	public static Optional<FileKind> of(String fileName) {
		String name = fileName.toLowerCase(Locale.ROOT).strip();
		if (name.endsWith(".csv") || name.endsWith(".txt")) {
			return Optional.of(CSV);
		}
		if (name.endsWith(".xlsx")) {
			return Optional.of(WORKBOOK);
		}
		return Optional.empty();
	}

}
