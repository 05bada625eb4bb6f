package org.rapidstart.provisioning.template;

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
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.rapidstart.questionnaire.document.TemplateDocuments;
import org.rapidstart.questionnaire.model.Template;
import org.rapidstart.questionnaire.model.TemplateType;

/**
 * A template designed in one tenant. The engine's template document is the source of truth; name, type and
 * published are copied out of it on every change, for listing and for the unique name per tenant. The document is
 * parsed at most once per loaded entity (and not at all after a change, which already holds the engine's view).
 */
@Entity
@Table(name = "questionnaire_template")
class QuestionnaireTemplate {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "questionnaire_template_seq")
	@SequenceGenerator(name = "questionnaire_template_seq", sequenceName = "questionnaire_template_seq",
			allocationSize = 50)
	private @Nullable Long id;

	private long customerId;

	private String name;

	@Enumerated(EnumType.STRING)
	@Column(name = "template_type")
	private TemplateType templateType;

	private boolean published;

	@JdbcTypeCode(SqlTypes.JSON)
	private String document;

	private Instant createdAt;

	private String createdBy;

	private Instant updatedAt;

	private String updatedBy;

	@Version
	private long version;

	/** The engine's view of {@link #document}, once read (or as last changed). */
	@Transient
	private @Nullable Template parsed;

	protected QuestionnaireTemplate() {
		this.name = "";
		this.templateType = TemplateType.CUSTOM;
		this.document = "";
		this.createdAt = Instant.EPOCH;
		this.createdBy = "";
		this.updatedAt = Instant.EPOCH;
		this.updatedBy = "";
	}

	QuestionnaireTemplate(long customerId, Template template, String by, Instant now) {
		this();
		this.customerId = customerId;
		this.createdAt = now;
		this.createdBy = by;
		change(template, by, now);
	}

	/** The engine's view of the stored document. */
	Template template() {
		Template template = this.parsed;
		if (template == null) {
			template = TemplateDocuments.read(this.document);
			this.parsed = template;
		}
		return template;
	}

	void change(Template template, String by, Instant now) {
		this.name = template.name();
		this.templateType = template.type();
		this.published = template.published();
		this.document = TemplateDocuments.write(template);
		// the engine's documents round-trip (TemplateDocumentsTests), so this is what reading them back would give
		this.parsed = template;
		this.updatedAt = now;
		this.updatedBy = by;
	}

	long getId() {
		if (this.id == null) {
			throw new IllegalStateException("template not saved yet");
		}
		return this.id;
	}

	long getCustomerId() {
		return this.customerId;
	}

	String getName() {
		return this.name;
	}

	TemplateType getTemplateType() {
		return this.templateType;
	}

	boolean isPublished() {
		return this.published;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	String getCreatedBy() {
		return this.createdBy;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	String getUpdatedBy() {
		return this.updatedBy;
	}

	long getVersion() {
		return this.version;
	}

}
