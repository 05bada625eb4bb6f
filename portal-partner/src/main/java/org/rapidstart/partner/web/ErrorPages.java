package org.rapidstart.partner.web;

import org.rapidstart.provisioning.NotAllowedException;
import org.rapidstart.provisioning.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Unknown and foreign ids look the same: "not found". No exception text ever reaches a page.
 */
@ControllerAdvice
class ErrorPages {

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	/** A role the service re-checked (Support, for one) that the signed-in user does not hold. */
	@ExceptionHandler(NotAllowedException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String notAllowed() {
		return "error/403";
	}

	@Controller
	static class AccessDenied {

		@GetMapping("/error/403")
		@ResponseStatus(HttpStatus.FORBIDDEN)
		String forbidden() {
			return "error/403";
		}

	}

}
