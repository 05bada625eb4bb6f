package org.rapidstart.customer.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The languages the Customer Portal speaks: English (the base message file) and every language that has its own
 * {@code messages/customer_xx.properties}. Adding a language is adding its files; a test keeps their keys in step.
 */
@Component
public class Languages {

	private static final Pattern FILE = Pattern.compile("customer_([A-Za-z]{2,3}(?:_[A-Za-z]{2})?)\\.properties");

	private final List<Locale> supported;

	Languages() {
		List<Locale> found = new ArrayList<>();
		found.add(Locale.ENGLISH);
		try {
			for (Resource file : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:messages/customer_*.properties")) {
				Matcher name = FILE.matcher(String.valueOf(file.getFilename()));
				if (name.matches()) {
					Locale locale = Locale.forLanguageTag(name.group(1).replace('_', '-'));
					if (!found.contains(locale)) {
						found.add(locale);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		found.sort(Comparator.comparing(Locale::toLanguageTag));
		this.supported = List.copyOf(found);
	}

	public List<Locale> supported() {
		return this.supported;
	}

	public boolean supports(@Nullable Locale locale) {
		return locale != null && this.supported.contains(locale);
	}

	/** The closest supported language to the one asked for (same language, another country), if any. */
	public @Nullable Locale closest(@Nullable Locale wanted) {
		if (wanted == null) {
			return null;
		}
		if (supports(wanted)) {
			return wanted;
		}
		Locale language = Locale.forLanguageTag(wanted.getLanguage());
		return supports(language) ? language : null;
	}

	/** A language by its own name ("English", "Deutsch"), for the choice list. */
	public static String name(Locale locale) {
		String name = locale.getDisplayName(locale);
		return name.isEmpty() ? locale.toLanguageTag() : Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

}
