package org.rapidstart.provisioning.template;

/** An exported {@code .rapidstart} package, ready to download. */
public record TemplateFile(String fileName, byte[] content) {

	public static final String MEDIA_TYPE = "application/zip";

}
