package org.rapidstart.provisioning.project;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.RuleViolation;

/**
 * A configuration project of one customer: the organisation it configures, the template it answers and whether it is
 * archived. The template's snapshot ({@link ProjectDocument}, so later design work never changes the questions being
 * answered), answers and question groups live in their own tables.
 */
@Entity
@Table(name = "project")
class Project {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_seq")
	@SequenceGenerator(name = "project_seq", sequenceName = "project_seq", allocationSize = 50)
	private @Nullable Long id;

	private long customerId;

	private String name;

	@Enumerated(EnumType.STRING)
	private ProjectKind kind;

	private @Nullable Long templateId;

	private @Nullable String builtInTemplate;

	private String templateName;

	private String organisationName;

	private @Nullable String street;

	private @Nullable String city;

	private @Nullable String state;

	private @Nullable String postalCode;

	private String countryRegion;

	private String industry;

	private @Nullable LocalDate targetDate;

	private Instant createdAt;

	private String createdBy;

	private @Nullable Instant archivedAt;

	@Version
	private long version;

	protected Project() {
		this.name = "";
		this.kind = ProjectKind.CUSTOM;
		this.templateName = "";
		this.organisationName = "";
		this.countryRegion = "";
		this.industry = "";
		this.createdAt = Instant.EPOCH;
		this.createdBy = "";
	}

	Project(long customerId, String name, ProjectKind kind, @Nullable Long templateId, @Nullable String builtInTemplate,
			String templateName, Organisation organisation, @Nullable LocalDate targetDate,
			Instant now, String createdBy) {
		this.customerId = customerId;
		this.name = name;
		this.kind = kind;
		this.templateId = templateId;
		this.builtInTemplate = builtInTemplate;
		this.templateName = templateName;
		this.organisationName = organisation.name();
		this.street = organisation.street();
		this.city = organisation.city();
		this.state = organisation.state();
		this.postalCode = organisation.postalCode();
		this.countryRegion = organisation.countryRegion();
		this.industry = organisation.industry().name();
		this.targetDate = targetDate;
		this.createdAt = now;
		this.createdBy = createdBy;
	}

	void archive(Instant now) {
		if (this.archivedAt != null) {
			throw new RuleViolation(null, "project.alreadyArchived", "The project " + this.name + " is already archived.");
		}
		this.archivedAt = now;
	}

	void changeTargetDate(@Nullable LocalDate date) {
		this.targetDate = date;
	}

	long getId() {
		if (this.id == null) {
			throw new IllegalStateException("Project not saved yet");
		}
		return this.id;
	}

	long getCustomerId() {
		return this.customerId;
	}

	String getName() {
		return this.name;
	}

	ProjectKind getKind() {
		return this.kind;
	}

	@Nullable Long getTemplateId() {
		return this.templateId;
	}

	@Nullable String getBuiltInTemplate() {
		return this.builtInTemplate;
	}

	String getTemplateName() {
		return this.templateName;
	}


	Organisation getOrganisation() {
		return new Organisation(this.organisationName, this.street, this.city, this.state, this.postalCode,
				this.countryRegion, Organisation.industry(this.industry));
	}

	@Nullable LocalDate getTargetDate() {
		return this.targetDate;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	String getCreatedBy() {
		return this.createdBy;
	}

	@Nullable Instant getArchivedAt() {
		return this.archivedAt;
	}

	boolean isArchived() {
		return this.archivedAt != null;
	}

}
