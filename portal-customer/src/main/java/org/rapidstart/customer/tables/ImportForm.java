package org.rapidstart.customer.tables;

import jakarta.validation.constraints.NotNull;

import org.rapidstart.provisioning.project.table.ImportMode;

/** Upload workbook / CSV upload: what to do with the saved rows (the file comes as a multipart part). */
public class ImportForm {

	@NotNull
	private ImportMode mode = ImportMode.REPLACE;

	public ImportMode getMode() {
		return this.mode;
	}

	public void setMode(ImportMode mode) {
		this.mode = mode;
	}

}
