package org.rapidstart.provisioning.agreement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.rapidstart.provisioning.RuleViolation;
import org.rapidstart.provisioning.audit.AuditLog;
import org.rapidstart.provisioning.customer.Customer;
import org.rapidstart.provisioning.customer.Customers;
import org.rapidstart.provisioning.customeruser.CustomerActor;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The online services agreement and the privacy statement: their current texts, which of them a person still has
 * to agree to, and the record of agreeing (document, version, time).
 */
@Service
public class Agreements {

	private final Map<AgreementDocument, AgreementText> current;

	private final AgreementAcceptances acceptances;

	private final AuditLog audit;

	private final Customers customers;

	private final Clock clock;

	Agreements(AgreementAcceptances acceptances, AuditLog audit, Customers customers, Clock clock) {
		this.customers = customers;
		this.acceptances = acceptances;
		this.audit = audit;
		this.clock = clock;
		this.current = Arrays.stream(AgreementDocument.values())
			.collect(Collectors.toUnmodifiableMap(Function.identity(), d -> load(d, d.currentVersion())));
	}

	/**
	 * The current versions this account has not agreed to yet, in the order they are shown. Asked on every request,
	 * so one query.
	 */
	@Transactional(readOnly = true)
	public List<AgreementText> pending(long accountId) {
		Set<String> accepted = acceptedVersions(accountId);
		return Arrays.stream(AgreementDocument.values())
			.filter(d -> !accepted.contains(key(d, d.currentVersion())))
			.map(this.current::get)
			.toList();
	}

	public List<AgreementText> current() {
		return Arrays.stream(AgreementDocument.values()).map(this.current::get).toList();
	}

	/**
	 * Records that the account agreed to the versions it was shown. A version that is no longer current (the text
	 * changed while the page was open) is refused, so nobody agrees to a text they did not see.
	 */
	@Transactional
	public void accept(CustomerActor actor, Map<AgreementDocument, String> shownVersions) {
		long accountId = actor.accountId();
		Instant now = this.clock.instant();
		for (AgreementDocument document : AgreementDocument.values()) {
			String version = shownVersions.get(document);
			if (version == null || !version.equals(document.currentVersion())) {
				throw new RuleViolation(null, "agreement.changed", "The " + document.title().toLowerCase()
						+ " has changed while you were reading. Review the new version and agree again.");
			}
			if (!this.acceptances.existsByAccountIdAndDocumentAndDocumentVersion(accountId, document, version)) {
				this.acceptances.save(new AgreementAcceptance(accountId, document, version, now));
			}
		}
		this.audit.record(actor.signInId(),
				this.customers.findById(actor.customerId()).map(Customer::getPartnerId).orElse(null),
				actor.customerId(), "AGREEMENTS_ACCEPTED", actor.signInId() + " agreed to " + shownVersions.entrySet()
					.stream()
					.map(e -> e.getKey().title() + " " + e.getValue())
					.sorted()
					.collect(Collectors.joining(", ")));
	}

	/** Accepted documents and versions of an account, for tests and Support. */
	@Transactional(readOnly = true)
	public Set<String> acceptedVersions(long accountId) {
		return this.acceptances.findByAccountId(accountId)
			.stream()
			.map(a -> key(a.getDocument(), a.getDocumentVersion()))
			.collect(Collectors.toUnmodifiableSet());
	}

	private static String key(AgreementDocument document, String version) {
		return document.name() + ":" + version;
	}

	private static AgreementText load(AgreementDocument document, String version) {
		ClassPathResource resource = new ClassPathResource(document.resource(version));
		try (InputStream in = resource.getInputStream()) {
			return new AgreementText(document, version, document.title(),
					new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("agreement text missing: " + document.resource(version), ex);
		}
	}

	/**
	 * One version of a document, as the agreements page shows it.
	 */
	public record AgreementText(AgreementDocument document, String version, String title, String text) {

		public List<String> paragraphs() {
			return Arrays.stream(this.text.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
		}

	}

}
