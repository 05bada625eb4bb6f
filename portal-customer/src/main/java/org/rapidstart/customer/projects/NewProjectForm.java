package org.rapidstart.customer.projects;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.project.NewProject;
import org.rapidstart.provisioning.project.Organisation;
import org.rapidstart.provisioning.project.ProjectKind;
import org.rapidstart.questionnaire.builtin.Industry;

import org.springframework.format.annotation.DateTimeFormat;

/** New project: name, organisation (name, address, country/region, industry), default or custom, target date. */
public class NewProjectForm {

	@NotBlank(message = "Enter a name for the project.")
	@Size(max = 100, message = "Use at most 100 characters.")
	private String name = "";

	@NotBlank(message = "Enter the organization's name.")
	@Size(max = 200, message = "Use at most 200 characters.")
	private String organisationName = "";

	@Size(max = 200, message = "Use at most 200 characters.")
	private String street = "";

	@Size(max = 100, message = "Use at most 100 characters.")
	private String city = "";

	@Size(max = 100, message = "Use at most 100 characters.")
	private String state = "";

	@Size(max = 20, message = "Use at most 20 characters.")
	private String postalCode = "";

	@NotBlank(message = "Choose the country/region.")
	@Pattern(regexp = "([A-Za-z]{2})?", message = "Choose the country/region.") // blank: @NotBlank says it once
	private String countryRegion = "";

	@NotNull(message = "Choose the industry.")
	private @Nullable Industry industry;

	@NotNull(message = "Choose a default or a custom project.")
	private @Nullable ProjectKind kind;

	private String template = "";

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate targetDate;

	NewProject toNewProject() {
		return new NewProject(this.name, new Organisation(this.organisationName, this.street, this.city, this.state,
				this.postalCode, this.countryRegion, (this.industry != null) ? this.industry : Industry.DISTRIBUTION),
				(this.kind != null) ? this.kind : ProjectKind.CUSTOM, this.template.isBlank() ? null : this.template,
				this.targetDate);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getOrganisationName() {
		return this.organisationName;
	}

	public void setOrganisationName(String organisationName) {
		this.organisationName = organisationName;
	}

	public String getStreet() {
		return this.street;
	}

	public void setStreet(String street) {
		this.street = street;
	}

	public String getCity() {
		return this.city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getState() {
		return this.state;
	}

	public void setState(String state) {
		this.state = state;
	}

	public String getPostalCode() {
		return this.postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode;
	}

	public String getCountryRegion() {
		return this.countryRegion;
	}

	public void setCountryRegion(String countryRegion) {
		this.countryRegion = countryRegion;
	}

	public @Nullable Industry getIndustry() {
		return this.industry;
	}

	public void setIndustry(@Nullable Industry industry) {
		this.industry = industry;
	}

	public @Nullable ProjectKind getKind() {
		return this.kind;
	}

	public void setKind(@Nullable ProjectKind kind) {
		this.kind = kind;
	}

	public String getTemplate() {
		return this.template;
	}

	public void setTemplate(String template) {
		this.template = template;
	}

	public @Nullable LocalDate getTargetDate() {
		return this.targetDate;
	}

	public void setTargetDate(@Nullable LocalDate targetDate) {
		this.targetDate = targetDate;
	}

}
