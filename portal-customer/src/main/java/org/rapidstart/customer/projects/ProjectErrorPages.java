package org.rapidstart.customer.projects;

import org.rapidstart.provisioning.project.ProjectAccessDenied;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A Viewer (or anyone else who may only read) trying to change a project gets "Not allowed". */
@ControllerAdvice
class ProjectErrorPages {

	@ExceptionHandler(ProjectAccessDenied.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String notAllowed() {
		return "error/403";
	}

}
