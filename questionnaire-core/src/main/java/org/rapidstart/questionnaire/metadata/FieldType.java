package org.rapidstart.questionnaire.metadata;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * The type of an ERP field as written in the canonical table list: {@code String(n)}, {@code Int}, {@code Real},
 * {@code Date} or {@code Enum(Name)}. Kept as one small value so that the JSON catalogue and the markdown use the
 * same spelling.
 */
public record FieldType(Kind kind, int length, @Nullable String enumName) {

    /** The kinds of value an AX 2012 field can hold (as far as RapidStart needs them). */
    public enum Kind { STRING, INT, REAL, DATE, ENUM }

    private static final Pattern STRING = Pattern.compile("String\\((\\d+)\\)");
    private static final Pattern ENUM = Pattern.compile("Enum\\((\\w+)\\)");

    public FieldType {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.STRING && length < 1) {
            throw new IllegalArgumentException("A String field needs a length of at least 1.");
        }
        if (kind == Kind.ENUM && (enumName == null || enumName.isBlank())) {
            throw new IllegalArgumentException("An Enum field needs the enum's name.");
        }
        if (kind != Kind.STRING) {
            length = 0;
        }
        if (kind != Kind.ENUM) {
            enumName = null;
        }
    }

    public static FieldType string(int length) {
        return new FieldType(Kind.STRING, length, null);
    }

    public static FieldType ofEnum(String name) {
        return new FieldType(Kind.ENUM, 0, name);
    }

    public static final FieldType INT = new FieldType(Kind.INT, 0, null);
    public static final FieldType REAL = new FieldType(Kind.REAL, 0, null);
    public static final FieldType DATE = new FieldType(Kind.DATE, 0, null);

    /** Parses the canonical spelling, e.g. {@code String(10)} or {@code Enum(NoYes)}. */
    @JsonCreator
    public static FieldType parse(String text) {
        String t = text.trim();
        Matcher m = STRING.matcher(t);
        if (m.matches()) {
            return string(Integer.parseInt(m.group(1)));
        }
        m = ENUM.matcher(t);
        if (m.matches()) {
            return ofEnum(m.group(1));
        }
        switch (t) {
            case "Int": return INT;
            case "Real": return REAL;
            case "Date": return DATE;
            default: throw new IllegalArgumentException("Unknown field type '" + text
                    + "'; expected String(n), Int, Real, Date or Enum(Name).");
        }
    }

    @JsonValue
    @Override
    public String toString() {
        switch (kind) {
            case STRING: return "String(" + length + ")";
            case ENUM: return "Enum(" + enumName + ")";
            case INT: return "Int";
            case REAL: return "Real";
            default: return "Date";
        }
    }
}
