package org.rapidstart.provisioning.agreement;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** A person agreed to a version of a document at a time. Never changed once written. */
@Entity
@Table(name = "agreement_acceptance")
class AgreementAcceptance {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_acceptance_seq")
	@SequenceGenerator(name = "agreement_acceptance_seq", sequenceName = "agreement_acceptance_seq",
			allocationSize = 50)
	private @Nullable Long id;

	private long accountId;

	@Enumerated(EnumType.STRING)
	private AgreementDocument document;

	@Column(name = "document_version")
	private String documentVersion;

	private Instant acceptedAt;

	protected AgreementAcceptance() {
		this.document = AgreementDocument.ONLINE_SERVICES_AGREEMENT;
		this.documentVersion = "";
		this.acceptedAt = Instant.EPOCH;
	}

	AgreementAcceptance(long accountId, AgreementDocument document, String version, Instant acceptedAt) {
		this.accountId = accountId;
		this.document = document;
		this.documentVersion = version;
		this.acceptedAt = acceptedAt;
	}

	AgreementDocument getDocument() {
		return this.document;
	}

	String getDocumentVersion() {
		return this.documentVersion;
	}

	Instant getAcceptedAt() {
		return this.acceptedAt;
	}

}
