package org.rapidstart.questionnaire.document;

import org.rapidstart.questionnaire.internal.JsonSupport;
import org.rapidstart.questionnaire.model.Template;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The template document: a template as versioned JSON, {@code {"format": "rapidstart-template", "version": 1,
 * "template": {...}}}. The built-in templates are stored in it, the portal stores templates in it (jsonb) and
 * {@link RapidStartPackage} carries it between installations. Reading checks the envelope first, so a file from a
 * newer RapidStart gets a message about versions rather than about some property it does not know.
 */
public final class TemplateDocuments {

    public static final String FORMAT = "rapidstart-template";
    public static final int VERSION = 1;

    private TemplateDocuments() {
    }

    record Document(String format, int version, Template template) {
    }

    public static String write(Template template) {
        return JsonSupport.MAPPER.writeValueAsString(new Document(FORMAT, VERSION, template));
    }

    /** @throws TemplateDocumentException when the text is not JSON, not a template document, or of a newer version */
    public static Template read(String json) {
        JsonNode root;
        try {
            root = JsonSupport.MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new TemplateDocumentException("The file is not valid JSON: " + JsonSupport.describe(e) + ".", e);
        }
        if (root == null || !root.isObject()) {
            throw new TemplateDocumentException("The file is not a RapidStart template: it does not hold a JSON object.");
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isString()) {
            throw new TemplateDocumentException("The file is not a RapidStart template: the \"format\" property is"
                    + " missing.");
        }
        if (!FORMAT.equals(format.asString())) {
            throw new TemplateDocumentException("The file is not a RapidStart template: its format is '"
                    + format.asString() + "', expected '" + FORMAT + "'.");
        }
        checkVersion(root.get("version"), "file");
        if (root.get("template") == null || root.get("template").isNull()) {
            throw new TemplateDocumentException("The file has no \"template\" part.");
        }
        try {
            return JsonSupport.MAPPER.readValue(json, Document.class).template();
        } catch (JacksonException e) {
            throw new TemplateDocumentException("The template in the file is not valid: " + describe(e) + ".", e);
        }
    }

    static void checkVersion(JsonNode version, String what) {
        if (version == null || !version.isInt()) {
            throw new TemplateDocumentException("The " + what + " has no format version (a whole number in"
                    + " \"version\").");
        }
        int v = version.intValue();
        if (v > VERSION) {
            throw new TemplateDocumentException("This " + what + " was made by a newer RapidStart (format version " + v
                    + "); this installation reads version " + VERSION + ".");
        }
        if (v < 1) {
            throw new TemplateDocumentException("The " + what + " has an unknown format version " + v
                    + "; this installation reads version " + VERSION + ".");
        }
    }

    /** A model rule broken inside the file (e.g. a Field question without a target) reads better than Jackson's. */
    private static String describe(JacksonException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
            String where = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            return cause.getMessage() + where;
        }
        return JsonSupport.describe(e);
    }
}
