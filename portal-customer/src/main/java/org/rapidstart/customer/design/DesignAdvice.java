package org.rapidstart.customer.design;

import java.util.List;

import org.rapidstart.provisioning.template.NotDesignerException;
import org.rapidstart.questionnaire.model.TemplateType;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * For every Design page: the template types the forms offer, and "access denied" for a user without Designer or
 * Administrator (e.g. one whose role changed since sign-in).
 */
@ControllerAdvice(basePackageClasses = DesignAdvice.class)
class DesignAdvice {

	@ModelAttribute("templateTypes")
	List<TemplateType> templateTypes() {
		return List.of(TemplateType.values());
	}

	@ExceptionHandler(NotDesignerException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String notDesigner() {
		return "error/403";
	}

}
