package org.rapidstart.questionnaire.document;

import java.time.Instant;
import java.util.Objects;

/**
 * The {@code manifest.json} of a {@code .rapidstart} package: the package format version, when and where the
 * template was exported (installation and tenant, as the exporting portal describes itself), and the template name.
 */
public record PackageManifest(String format, int version, String exportedAt, String source, String template) {

    public static final String FORMAT = "rapidstart-package";

    public PackageManifest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(exportedAt, "exportedAt");
        source = source == null ? "" : source;
        template = template == null ? "" : template;
    }

    public static PackageManifest of(Instant exportedAt, String source, String template) {
        return new PackageManifest(FORMAT, TemplateDocuments.VERSION, exportedAt.toString(), source, template);
    }

    public Instant exportedAtInstant() {
        return Instant.parse(exportedAt);
    }
}
