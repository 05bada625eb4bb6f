package org.rapidstart.customer.web;

import org.rapidstart.provisioning.RuleViolation;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/** Turns a domain refusal into an error next to the field it concerns, or a form-wide one. */
public final class Rules {

	private Rules() {
	}

	public static void reject(BindingResult result, RuleViolation violation) {
		String field = violation.field();
		if (field != null) {
			try {
				result.rejectValue(field, violation.code(), violation.getMessage());
				return;
			}
			catch (NotReadablePropertyException ex) {
				// the form has no such field: show the message above the form instead
			}
		}
		result.reject(violation.code(), violation.getMessage());
	}

}
