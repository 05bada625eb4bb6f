package org.rapidstart.customer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * English (the base files) is complete: every message key a template uses exists. Every translation of a message
 * file has exactly the keys of its base file, so a language never silently falls back to English.
 */
class MessageFilesTests {

	private static final List<String> BASENAMES = List.of("customer", "customer-design", "customer-projects");

	private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)(?:\\(|})");

	private static final Path MAIN = Path.of("src/main/resources/messages");

	private static final Path TEST = Path.of("src/test/resources/messages");

	@Test
	void everyTranslationHasExactlyTheKeysOfItsBaseFile() throws IOException {
		int translations = 0;
		for (String basename : BASENAMES) {
			Set<String> base = keys(MAIN.resolve(basename + ".properties"));
			Pattern translation = Pattern.compile(Pattern.quote(basename) + "_[a-z]{2,3}(_[A-Z]{2})?\\.properties");
			// the source folders, not the classpath: a translation deleted from src must not linger in target
			for (Path folder : List.of(MAIN, TEST)) {
				try (Stream<Path> files = Files.list(folder)) {
					for (Path file : files.filter(f -> translation.matcher(f.getFileName().toString()).matches())
						.toList()) {
						translations++;
						Set<String> keys = keys(file);
						assertThat(keys).as("keys missing from " + file).containsAll(base);
						assertThat(base).as("keys of " + file + " unknown to " + basename + ".properties")
							.containsAll(keys);
					}
				}
			}
		}
		assertThat(translations).as("at least the test translation (customer_de) is checked").isPositive();
	}

	@Test
	void everyMessageKeyATemplateUsesExistsInEnglish() throws IOException {
		Set<String> english = new TreeSet<>();
		for (String basename : BASENAMES) {
			english.addAll(keys(MAIN.resolve(basename + ".properties")));
		}
		List<String> missing = new ArrayList<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates/customer"))) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				Matcher key = KEY.matcher(Files.readString(template));
				while (key.find()) {
					if (!english.contains(key.group(1))) {
						missing.add(template.getFileName() + ": " + key.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static Set<String> keys(Path file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

}
