package org.rapidstart.questionnaire.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.rapidstart.questionnaire.internal.JsonSupport;
import org.rapidstart.questionnaire.model.Template;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A {@code .rapidstart} package: a zip with {@code manifest.json} ({@link PackageManifest}) and {@code template.json}
 * (a template document), for exporting a template from one installation and importing it into another.
 */
public final class RapidStartPackage {

    public static final String MANIFEST = "manifest.json";
    public static final String TEMPLATE = "template.json";
    /** Templates are small; a larger entry is not a template (and must not exhaust memory). */
    private static final int MAX_ENTRY_BYTES = 20 * 1024 * 1024;

    private RapidStartPackage() {
    }

    public static void write(Template template, Instant exportedAt, String source, OutputStream out) {
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            put(zip, MANIFEST, JsonSupport.MAPPER.writeValueAsString(
                    PackageManifest.of(exportedAt, source, template.name())));
            put(zip, TEMPLATE, TemplateDocuments.write(template));
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] toBytes(Template template, Instant exportedAt, String source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(template, exportedAt, source, out);
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /**
     * Reads a package; the template comes back unpublished.
     *
     * @throws TemplateDocumentException when the file is not a package, a part is missing, a part is malformed or
     *                                   the package is from a newer RapidStart
     */
    public static ImportedTemplate read(InputStream in) {
        Map<String, String> parts = new HashMap<>();
        try {
            ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().equals(MANIFEST) || e.getName().equals(TEMPLATE)) {
                    parts.put(e.getName(), readLimited(zip, e.getName()));
                }
            }
        } catch (ZipException e) {
            throw new TemplateDocumentException("The file is not a .rapidstart package (a zip archive): "
                    + e.getMessage() + ".", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (parts.isEmpty()) {
            throw new TemplateDocumentException("The file is not a .rapidstart package: it holds neither "
                    + MANIFEST + " nor " + TEMPLATE + " (is it a zip archive exported by RapidStart?).");
        }
        if (!parts.containsKey(MANIFEST)) {
            throw new TemplateDocumentException("The package is incomplete: " + MANIFEST + " is missing.");
        }
        if (!parts.containsKey(TEMPLATE)) {
            throw new TemplateDocumentException("The package is incomplete: " + TEMPLATE + " is missing.");
        }
        PackageManifest manifest = manifest(parts.get(MANIFEST));
        Template template;
        try {
            template = TemplateDocuments.read(parts.get(TEMPLATE));
        } catch (TemplateDocumentException e) {
            throw new TemplateDocumentException(TEMPLATE + ": " + e.getMessage(), e);
        }
        return new ImportedTemplate(template.withPublished(false), manifest);
    }

    private static PackageManifest manifest(String json) {
        JsonNode root;
        try {
            root = JsonSupport.MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new TemplateDocumentException(MANIFEST + " is not valid JSON: " + JsonSupport.describe(e) + ".", e);
        }
        if (root == null || !root.isObject() || root.get("format") == null
                || !PackageManifest.FORMAT.equals(root.get("format").asString())) {
            throw new TemplateDocumentException(MANIFEST + " is not a RapidStart package manifest (\"format\" must be '"
                    + PackageManifest.FORMAT + "').");
        }
        try {
            TemplateDocuments.checkVersion(root.get("version"), "package");
        } catch (TemplateDocumentException e) {
            throw new TemplateDocumentException(e.getMessage(), e);
        }
        try {
            return JsonSupport.MAPPER.treeToValue(root, PackageManifest.class);
        } catch (JacksonException e) {
            throw new TemplateDocumentException(MANIFEST + " is not valid: " + JsonSupport.describe(e) + ".", e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new TemplateDocumentException(MANIFEST + " is not valid: " + e.getMessage() + ".", e);
        }
    }

    private static String readLimited(InputStream in, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) > 0) {
            out.write(buf, 0, n);
            if (out.size() > MAX_ENTRY_BYTES) {
                throw new TemplateDocumentException(name + " is larger than " + MAX_ENTRY_BYTES / (1024 * 1024)
                        + " MB; it is not a template.");
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
