package org.rapidstart.aos.metadata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A table field with its EDT length, mandatory flag and enum. {@link #check} turns a raw value into the
 * canonical text the simulator stores, or into the message AX would show; the DIXF SQL applies the same rules
 * set-based, so both paths store identical values and agree on created/updated/unchanged.
 */
public record AxField(String name, String label, AxFieldType type, int length, @Nullable String enumName,
		boolean mandatory, boolean key) {

	public static final Pattern INT_TEXT = Pattern.compile("[+-]?[0-9]{1,10}");

	public static final Pattern REAL_TEXT = Pattern.compile("[+-]?([0-9]{1,20}(\\.[0-9]{0,12})?|\\.[0-9]{1,12})");

	public static final Pattern DATE_TEXT = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

	/**
	 * Checks one raw value (a JSON string, number or boolean); blank means "not given". The enum must be
	 * resolved by the caller because fields do not hold the enum definitions.
	 */
	public Checked check(@Nullable Object raw, @Nullable AxEnum axEnum) {
		String text = raw == null ? "" : trimSpaces(String.valueOf(raw));
		if (text.isEmpty()) {
			return Checked.empty();
		}
		return switch (this.type) {
			case STRING -> {
				int characters = text.codePointCount(0, text.length());
				yield characters > this.length
						? Checked.failed("The value in field '%s' is too long: %d characters, the maximum is %d."
							.formatted(this.name, characters, this.length))
						: Checked.value(text);
			}
			case INT -> {
				if (!INT_TEXT.matcher(text).matches()) {
					yield Checked.failed("'%s' is not a valid integer in field '%s'.".formatted(text, this.name));
				}
				long value = Long.parseLong(text);
				yield value < Integer.MIN_VALUE || value > Integer.MAX_VALUE
						? Checked.failed("'%s' is not a valid integer in field '%s'.".formatted(text, this.name))
						: Checked.value(Long.toString(value));
			}
			case REAL -> REAL_TEXT.matcher(text).matches()
					? Checked.value(canonicalReal(new BigDecimal(text)))
					: Checked.failed("'%s' is not a valid real number in field '%s'.".formatted(text, this.name));
			case DATE -> {
				try {
					yield DATE_TEXT.matcher(text).matches() ? Checked.value(LocalDate.parse(text).toString())
							: Checked.failed(invalidDate(text));
				}
				catch (DateTimeParseException ex) {
					yield Checked.failed(invalidDate(text));
				}
			}
			case ENUM -> axEnum == null ? Checked.failed("Field '%s' has no enum.".formatted(this.name))
					: axEnum.canonical(text)
						.map(Checked::value)
						.orElseGet(() -> Checked.failed("'%s' is not a valid value for the enum '%s' in field '%s'."
							.formatted(text, axEnum.name(), this.name)));
		};
	}

	public String mandatoryMessage() {
		return "Field '%s' must be filled in.".formatted(this.label);
	}

	private String invalidDate(String text) {
		return "'%s' is not a valid date in field '%s' (expected yyyy-MM-dd).".formatted(text, this.name);
	}

	/** Same canonical form as PostgreSQL's {@code trim_scale(x::numeric)::text}: no exponent, no trailing zeros. */
	static String canonicalReal(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		if (stripped.scale() < 0) {
			stripped = stripped.setScale(0);
		}
		return stripped.signum() == 0 ? "0" : stripped.toPlainString();
	}

	/** Only spaces, like PostgreSQL's {@code btrim(x)}, so the document service and DIXF agree. */
	public static String trimSpaces(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && text.charAt(start) == ' ') {
			start++;
		}
		while (end > start && text.charAt(end - 1) == ' ') {
			end--;
		}
		return text.substring(start, end);
	}

	/** The outcome of {@link #check}: a canonical value, nothing (blank), or an AX-style message. */
	public record Checked(@Nullable String value, @Nullable String message) {

		static Checked empty() {
			return new Checked(null, null);
		}

		static Checked value(String value) {
			return new Checked(value, null);
		}

		static Checked failed(String message) {
			return new Checked(null, message);
		}

	}

}
