package org.rapidstart.provisioning.voice;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.audit.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Our stand-in for the VOICE licensing directory: which partners are certified and have signed Schedule C, and
 * which customer accounts exist with which partner of record.
 */
@Service
public class VoiceDirectory {

	static final List<String> PARTNER_COLUMNS = List.of("partner_id", "name", "certified", "schedule_c_signed");

	static final List<String> CUSTOMER_COLUMNS = List.of("account_number", "organisation_name", "street", "city",
			"state", "postal_code", "country_region", "partner_id");

	private static final Set<String> YES = Set.of("yes", "true", "y", "1");

	private static final Set<String> NO = Set.of("no", "false", "n", "0");

	private final VoicePartners partners;

	private final VoiceCustomers customers;

	private final AuditLog audit;

	VoiceDirectory(VoicePartners partners, VoiceCustomers customers, AuditLog audit) {
		this.partners = partners;
		this.customers = customers;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public Optional<VoicePartner> findPartner(String partnerId) {
		return this.partners.findById(partnerId.trim().toUpperCase(Locale.ROOT));
	}

	/** The customer, only when the number is right and the partner is its partner of record. */
	@Transactional(readOnly = true)
	public Optional<VoiceCustomer> findCustomerOfPartner(String accountNumber, String voicePartnerId) {
		return this.customers.findByAccountNumberIgnoreCaseAndPartnerId(accountNumber.trim(), voicePartnerId);
	}

	/**
	 * This partner's customers whose name resembles the term: every word of the term occurs in the name, or,
	 * when that finds nothing, any word does.
	 */
	@Transactional(readOnly = true)
	public List<VoiceCustomer> searchCustomers(String voicePartnerId, String term) {
		List<String> words = List.of(term.trim().toLowerCase(Locale.ROOT).split("\\s+"))
			.stream()
			.filter(w -> w.length() > 0)
			.toList();
		if (words.isEmpty()) {
			return List.of();
		}
		Map<String, VoiceCustomer> any = new LinkedHashMap<>();
		List<VoiceCustomer> all = null;
		for (String word : words) {
			List<VoiceCustomer> found = this.customers.searchByName(voicePartnerId, escapeLike(word));
			found.forEach(c -> any.put(c.getAccountNumber(), c));
			all = (all == null) ? new ArrayList<>(found) : all;
			all.retainAll(found);
		}
		return (all != null && !all.isEmpty()) ? all : List.copyOf(any.values());
	}

	private static String escapeLike(String term) {
		return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/**
	 * Imports partners or customers from CSV; the header row says which. All rows or none: any bad row refuses
	 * the whole file, with every problem listed by line and column.
	 */
	@Transactional
	public ImportResult importCsv(Reader csv, String actor) {
		List<ImportError> errors = new ArrayList<>();
		List<Runnable> writes = new ArrayList<>();
		String kind;
		try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(csv)) {
			List<String> header = null;
			Map<String, Boolean> partnerKnown = new HashMap<>();
			for (NamedCsvRecord row : reader) {
				if (header == null) {
					header = row.getHeader().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
				}
				Row fields = new Row(row, header);
				if (header.containsAll(PARTNER_COLUMNS) && !header.contains("account_number")) {
					partnerRow(fields, errors, writes);
				}
				else if (header.containsAll(CUSTOMER_COLUMNS)) {
					customerRow(fields, errors, writes, partnerKnown);
				}
				else {
					return ImportResult.refused(List.of(new ImportError(1, null,
							"The header row must be either " + String.join(",", PARTNER_COLUMNS) + " (partners) or "
									+ String.join(",", CUSTOMER_COLUMNS) + " (customers).")));
				}
			}
			if (header == null) {
				return ImportResult.refused(List.of(new ImportError(1, null, "The file has no rows.")));
			}
			kind = header.contains("account_number") ? "customers" : "partners";
		}
		catch (CsvParseException ex) {
			return ImportResult.refused(List.of(new ImportError(0, null, "The file is not valid CSV: " + ex.getMessage())));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (!errors.isEmpty()) {
			return ImportResult.refused(errors);
		}
		writes.forEach(Runnable::run);
		this.audit.record(actor, null, null, "VOICE_IMPORTED", writes.size() + " " + kind + " imported from CSV");
		return new ImportResult(kind, writes.size(), List.of());
	}

	private void partnerRow(Row row, List<ImportError> errors, List<Runnable> writes) {
		String id = required(row, "partner_id", 20, errors);
		String name = required(row, "name", 200, errors);
		Boolean certified = yesNo(row, "certified", errors);
		Boolean signed = yesNo(row, "schedule_c_signed", errors);
		if (id == null || name == null || certified == null || signed == null) {
			return;
		}
		String key = id.toUpperCase(Locale.ROOT);
		writes.add(() -> this.partners.findById(key)
			.ifPresentOrElse(p -> p.update(name, certified, signed),
					() -> this.partners.save(new VoicePartner(key, name, certified, signed))));
	}

	private void customerRow(Row row, List<ImportError> errors, List<Runnable> writes,
			Map<String, Boolean> partnerKnown) {
		String number = required(row, "account_number", 20, errors);
		String name = required(row, "organisation_name", 200, errors);
		String partnerId = required(row, "partner_id", 20, errors);
		String street = optional(row, "street", 200, errors);
		String city = optional(row, "city", 100, errors);
		String state = optional(row, "state", 100, errors);
		String postal = optional(row, "postal_code", 20, errors);
		String country = optional(row, "country_region", 2, errors);
		if (number == null || name == null || partnerId == null) {
			return;
		}
		String partnerKey = partnerId.toUpperCase(Locale.ROOT);
		if (!partnerKnown.computeIfAbsent(partnerKey, this.partners::existsById)) {
			errors.add(new ImportError(row.line(), "partner_id",
					"Partner " + partnerKey + " is not in the VOICE directory; import it first."));
			return;
		}
		String key = number.toUpperCase(Locale.ROOT);
		String countryCode = (country != null) ? country.toUpperCase(Locale.ROOT) : null;
		writes.add(() -> this.customers.findById(key)
			.ifPresentOrElse(c -> c.update(name, street, city, state, postal, countryCode, partnerKey),
					() -> this.customers
						.save(new VoiceCustomer(key, name, street, city, state, postal, countryCode, partnerKey))));
	}

	private static @Nullable String required(Row row, String column, int maxLength,
			List<ImportError> errors) {
		String value = optional(row, column, maxLength, errors);
		if (value == null) {
			errors.add(new ImportError(row.line(), column, "A value is required."));
		}
		return value;
	}

	private static @Nullable String optional(Row row, String column, int maxLength,
			List<ImportError> errors) {
		String value = row.field(column).trim();
		if (value.isEmpty()) {
			return null;
		}
		if (value.length() > maxLength) {
			errors.add(new ImportError(row.line(), column,
					"At most " + maxLength + " characters are allowed; this value has " + value.length() + "."));
			return null;
		}
		return value;
	}

	private static @Nullable Boolean yesNo(Row row, String column, List<ImportError> errors) {
		String value = row.field(column).trim().toLowerCase(Locale.ROOT);
		if (YES.contains(value)) {
			return true;
		}
		if (NO.contains(value)) {
			return false;
		}
		errors.add(new ImportError(row.line(), column,
				"Expected yes or no, found '" + value + "'."));
		return null;
	}

	/**
	 * A row's fields by column name, the header's case and surrounding blanks not significant (the header check
	 * ignores them too, so "Partner_ID" must find the partner_id column).
	 */
	private record Row(NamedCsvRecord record, List<String> header) {

		String field(String column) {
			int index = this.header.indexOf(column);
			return (index >= 0 && index < this.record.getFieldCount()) ? this.record.getField(index) : "";
		}

		long line() {
			return this.record.getStartingLineNumber();
		}

	}

	/** What an import did, or why it was refused. */
	public record ImportResult(String kind, int imported, List<ImportError> errors) {

		static ImportResult refused(List<ImportError> errors) {
			return new ImportResult("", 0, List.copyOf(errors));
		}

		public boolean succeeded() {
			return this.errors.isEmpty();
		}

	}

	/** One problem in an imported file: its line, the column (if known) and what is wrong. */
	public record ImportError(long line, @Nullable String column, String message) {

	}

}
