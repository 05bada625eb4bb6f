package org.rapidstart.questionnaire.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.jspecify.annotations.Nullable;
import org.rapidstart.questionnaire.metadata.EnumMeta;
import org.rapidstart.questionnaire.metadata.FieldType;
import org.rapidstart.questionnaire.metadata.MetadataCatalogue;
import org.rapidstart.questionnaire.model.Validation;

/**
 * Typed checks of one entered value against its field type and the question's validation rules, and the
 * normalised text that loads (enum values in the AOS's spelling, numbers and dates as entered once they parse).
 * Messages name the subject ("Customer group ...") when there is one, for table cells and class parameters.
 */
public final class FieldValues {

    // the same forms the AOS (and its simulator) accepts, so nothing the engine passes is refused at load
    private static final Pattern INT_TEXT = Pattern.compile("[+-]?[0-9]{1,10}");
    private static final Pattern REAL_TEXT = Pattern.compile("[+-]?([0-9]{1,20}(\\.[0-9]{0,12})?|\\.[0-9]{1,12})");
    private static final Pattern DATE_TEXT = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    // patterns come from templates and are checked once per cell: compiled once each (a million-row import has a
    // handful of them); a pattern that does not compile maps to empty (refused at publish, skipped in a preview)
    private static final int MAX_PATTERNS = 1024;
    private final Map<String, Optional<Pattern>> patterns = new ConcurrentHashMap<>();

    private final MetadataCatalogue catalogue;

    public FieldValues(MetadataCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * The first problem with a non-blank value, if any: type (length, whole number, number, date, enum value),
     * then pattern, range and allowed values.
     */
    public Optional<String> check(String value, @Nullable FieldType type, Validation rules, @Nullable String subject) {
        String v = value.trim();
        String what = subject == null ? "The value" : subject;
        if (type != null) {
            Optional<String> typeProblem = checkType(v, type, rules, subject);
            if (typeProblem.isPresent()) {
                return typeProblem;
            }
        } else if (rules.maxLength() != null && length(v) > rules.maxLength()) {
            return Optional.of(tooLong(what, v, rules.maxLength()));
        }
        if (rules.pattern() != null) {
            Optional<Pattern> pattern = compiled(rules.pattern());
            if (pattern.isPresent() && !pattern.get().matcher(v).matches()) {
                return Optional.of(what + " '" + v + "' does not have the expected form (" + rules.pattern() + ").");
            }
        }
        Optional<String> range = checkRange(v, type, rules, what);
        if (range.isPresent()) {
            return range;
        }
        if (!rules.allowedValues().isEmpty() && rules.allowedValues().stream().noneMatch(a -> a.equalsIgnoreCase(v))) {
            return Optional.of(what + " '" + v + "' is not one of the allowed values: "
                    + String.join(", ", rules.allowedValues()) + ".");
        }
        return Optional.empty();
    }

    private Optional<Pattern> compiled(String regex) {
        Optional<Pattern> known = patterns.get(regex);
        if (known != null) {
            return known;
        }
        if (patterns.size() >= MAX_PATTERNS) {
            // designers editing patterns for months: start over rather than grow without end
            patterns.clear();
        }
        return patterns.computeIfAbsent(regex, r -> {
            try {
                return Optional.of(Pattern.compile(r));
            } catch (PatternSyntaxException e) {
                // refused at publish; an unpublished template in preview simply skips the rule
                return Optional.empty();
            }
        });
    }

    private Optional<String> checkType(String v, FieldType type, Validation rules, @Nullable String subject) {
        String what = subject == null ? "The value" : subject;
        switch (type.kind()) {
            case STRING: {
                int max = rules.maxLength() == null ? type.length() : Math.min(type.length(), rules.maxLength());
                return length(v) > max ? Optional.of(tooLong(what, v, max)) : Optional.empty();
            }
            case INT:
                return parseLong(v) == null
                        ? Optional.of(what + " '" + v + "' is not a whole number.") : Optional.empty();
            case REAL:
                return parseDecimal(v) == null
                        ? Optional.of(what + " '" + v + "' is not a number.") : Optional.empty();
            case DATE:
                return parseDate(v) == null
                        ? Optional.of(what + " '" + v + "' is not a date; enter it as yyyy-MM-dd, e.g. 2027-01-01.")
                        : Optional.empty();
            default: {
                Optional<EnumMeta> e = catalogue.enumeration(type.enumName());
                if (e.isEmpty() || e.get().normalise(v).isPresent()) {
                    return Optional.empty();
                }
                return Optional.of(what + " '" + v + "' is not valid; choose one of: "
                        + String.join(", ", e.get().values()) + ".");
            }
        }
    }

    private static String tooLong(String what, String v, int max) {
        return what + " is too long: " + length(v) + " characters, the maximum is " + max + ".";
    }

    /** Characters as a person counts them (an emoji is one), as AX counts them. */
    private static int length(String v) {
        return v.codePointCount(0, v.length());
    }

    private Optional<String> checkRange(String v, @Nullable FieldType type, Validation rules, String what) {
        if (rules.min() == null && rules.max() == null) {
            return Optional.empty();
        }
        if (type != null && type.kind() == FieldType.Kind.DATE) {
            LocalDate d = parseDate(v);
            LocalDate min = rules.min() == null ? null : parseDate(rules.min());
            LocalDate max = rules.max() == null ? null : parseDate(rules.max());
            if (d != null && min != null && d.isBefore(min)) {
                return Optional.of(what + " must be on or after " + min + ".");
            }
            if (d != null && max != null && d.isAfter(max)) {
                return Optional.of(what + " must be on or before " + max + ".");
            }
            return Optional.empty();
        }
        BigDecimal n = parseDecimal(v);
        BigDecimal min = rules.min() == null ? null : parseDecimal(rules.min());
        BigDecimal max = rules.max() == null ? null : parseDecimal(rules.max());
        if (n == null) {
            // a range on text compares lengths: "between 3 and 4 characters" is the usual need (company code)
            if (min != null && v.length() < min.intValue()) {
                return Optional.of(what + " must have at least " + min.intValue() + " characters.");
            }
            if (max != null && v.length() > max.intValue()) {
                return Optional.of(what + " must have at most " + max.intValue() + " characters.");
            }
            return Optional.empty();
        }
        if (type == null || type.kind() == FieldType.Kind.INT || type.kind() == FieldType.Kind.REAL) {
            if (min != null && n.compareTo(min) < 0) {
                return Optional.of(what + " must be at least " + min.toPlainString() + ".");
            }
            if (max != null && n.compareTo(max) > 0) {
                return Optional.of(what + " must be at most " + max.toPlainString() + ".");
            }
            return Optional.empty();
        }
        // numeric-looking text in a String field (e.g. "001"): the range is about its length as well
        if (min != null && v.length() < min.intValue()) {
            return Optional.of(what + " must have at least " + min.intValue() + " characters.");
        }
        if (max != null && v.length() > max.intValue()) {
            return Optional.of(what + " must have at most " + max.intValue() + " characters.");
        }
        return Optional.empty();
    }

    /**
     * The most characters a value may have for {@link #check} to find nothing wrong with it, when its length is all
     * the type and the rules ask about (a text field with no pattern, range or allowed values: the usual column);
     * -1 when they ask about more. A row checker skips {@link #check} for such a value.
     */
    static int plainLimit(@Nullable FieldType type, Validation rules) {
        if (rules.pattern() != null || rules.min() != null || rules.max() != null || !rules.allowedValues().isEmpty()) {
            return -1;
        }
        int max = rules.maxLength() == null ? Integer.MAX_VALUE : rules.maxLength();
        if (type == null) {
            return max;
        }
        return type.kind() == FieldType.Kind.STRING ? Math.min(type.length(), max) : -1;
    }

    /**
     * Whether a range bound is one {@link #check} can compare with: a date (yyyy-MM-dd) for a Date field, else a plain
     * number. A bound it cannot read would leave the range unchecked, so the publish check refuses it.
     */
    public static boolean isRangeBound(String bound, @Nullable FieldType type) {
        return type != null && type.kind() == FieldType.Kind.DATE ? parseDate(bound) != null
                : parseDecimal(bound) != null;
    }

    /** The text that loads: trimmed, enum values in the catalogue's spelling. Assumes the value passed {@link #check}. */
    public String normalise(String value, @Nullable FieldType type) {
        String v = value.trim();
        if (type != null && type.kind() == FieldType.Kind.ENUM) {
            return catalogue.enumeration(type.enumName()).flatMap(e -> e.normalise(v)).orElse(v);
        }
        return v;
    }

    /** The values of an enum, for list controls. */
    public List<String> enumValues(FieldType type) {
        return type.kind() == FieldType.Kind.ENUM
                ? catalogue.enumeration(type.enumName()).map(EnumMeta::values).orElse(List.of()) : List.of();
    }

    /** A 32-bit whole number, as AX's Int. */
    static @Nullable Long parseLong(String v) {
        if (!INT_TEXT.matcher(v).matches()) {
            return null;
        }
        long n = Long.parseLong(v);
        return n < Integer.MIN_VALUE || n > Integer.MAX_VALUE ? null : n;
    }

    /** A plain decimal number (no exponent, no thousands separators). */
    static @Nullable BigDecimal parseDecimal(String v) {
        return REAL_TEXT.matcher(v).matches() ? new BigDecimal(v) : null;
    }

    static @Nullable LocalDate parseDate(String v) {
        if (!DATE_TEXT.matcher(v).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
