package org.rapidstart.customer.projects;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Reassign question group: the assignee and the target date, and the page it was opened from (the question group's
 * or a page of its project that lists it), to go back to.
 */
public class ReassignForm {

	@NotNull(message = "Choose who answers the question group.")
	private @Nullable Long assignee;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate targetDate;

	private @Nullable String returnTo;

	public @Nullable Long getAssignee() {
		return this.assignee;
	}

	public void setAssignee(@Nullable Long assignee) {
		this.assignee = assignee;
	}

	public @Nullable LocalDate getTargetDate() {
		return this.targetDate;
	}

	public void setTargetDate(@Nullable LocalDate targetDate) {
		this.targetDate = targetDate;
	}

	public @Nullable String getReturnTo() {
		return this.returnTo;
	}

	public void setReturnTo(@Nullable String returnTo) {
		this.returnTo = returnTo;
	}

}
