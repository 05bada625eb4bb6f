package org.rapidstart.customer.design;

import org.rapidstart.provisioning.template.NotDesignerException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A user without Designer or Administrator (e.g. whose role changed since sign-in) gets "access denied". */
@ControllerAdvice(basePackageClasses = DesignErrors.class)
class DesignErrors {

	@ExceptionHandler(NotDesignerException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String notDesigner() {
		return "error/403";
	}

}
