package org.rapidstart.questionnaire.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapper of the engine's file formats. Strict on reading (an unknown property is a mistake in a
 * hand-written file or a file from a newer format, and silently dropping it would lose content) and stable on
 * writing (declaration order, empty values left out) so that documents diff well in version control.
 * Not part of the engine's API.
 */
public final class JsonSupport {

    public static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // a flag left out of a hand-written document means false (required, hidden, published ...)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .changeDefaultPropertyInclusion(v -> JsonInclude.Value.construct(
                    JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
            .build();

    private JsonSupport() {
    }

    /** A reader-facing description of a Jackson failure: what went wrong, and where (line, column, path). */
    public static String describe(JacksonException e) {
        StringBuilder sb = new StringBuilder();
        String original = e.getOriginalMessage();
        // Jackson's own first line is precise but mentions Java classes; keep only the part before the first newline.
        int nl = original == null ? -1 : original.indexOf('\n');
        sb.append(original == null ? e.getClass().getSimpleName() : nl < 0 ? original : original.substring(0, nl));
        TokenStreamLocation loc = e.getLocation();
        if (loc != null && loc != TokenStreamLocation.NA && loc.getLineNr() > 0) {
            sb.append(" (line ").append(loc.getLineNr()).append(", column ").append(loc.getColumnNr()).append(')');
        }
        String path = e.getPathReference();
        if (path != null && !e.getPath().isEmpty()) {
            sb.append(" at ").append(pathOf(e));
        }
        return sb.toString();
    }

    private static String pathOf(JacksonException e) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
