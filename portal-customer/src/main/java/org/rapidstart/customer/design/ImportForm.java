package org.rapidstart.customer.design;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.springframework.web.multipart.MultipartFile;

/** Import template: a .rapidstart file and, optionally, another name than the one in the file. */
public class ImportForm {

	private @Nullable MultipartFile file;

	@Size(max = 100, message = "Use at most 100 characters.")
	private String name = "";

	public @Nullable MultipartFile getFile() {
		return this.file;
	}

	public void setFile(@Nullable MultipartFile file) {
		this.file = file;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
