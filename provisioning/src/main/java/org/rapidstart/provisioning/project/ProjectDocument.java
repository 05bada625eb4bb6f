package org.rapidstart.provisioning.project;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The snapshot of the template a project answers, taken when the project was created (a template document). Apart
 * from {@link Project} because it is large and read only when an instance first parses it ({@link ProjectEngine}
 * keeps the parsed template), while the project row is read on every page.
 */
@Entity
@Immutable
@Table(name = "project_template_document")
class ProjectDocument {

	@Id
	private Long projectId;

	@JdbcTypeCode(SqlTypes.JSON)
	private String document;

	protected ProjectDocument() {
		this.projectId = 0L;
		this.document = "{}";
	}

	ProjectDocument(long projectId, String document) {
		this.projectId = projectId;
		this.document = document;
	}

	String getDocument() {
		return this.document;
	}

}
