package org.rapidstart.customer.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.rapidstart.provisioning.NotAllowedException;
import org.rapidstart.provisioning.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Unknown and foreign ids look the same: "not found". A user whose access ended is signed out. No exception text
 * ever reaches a page.
 */
@ControllerAdvice
class ErrorPages {

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	/** Every role a service re-checks (Administrator, Designer, a project's Viewer ...) ends here. */
	@ExceptionHandler(NotAllowedException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String notAllowed() {
		return "error/403";
	}

	@ExceptionHandler(NoLongerAllowedException.class)
	String noLongerAllowed(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		return "redirect:/sign-in?ended";
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
