package org.rapidstart.customer.design;

import java.util.List;

import org.rapidstart.questionnaire.model.TemplateType;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * For every Design page: the template types the forms offer. (A user without Designer or Administrator, e.g. one
 * whose role changed since sign-in, gets the portal's "Not allowed" page: NotDesignerException is a
 * NotAllowedException.)
 */
@ControllerAdvice(basePackageClasses = DesignAdvice.class)
class DesignAdvice {

	@ModelAttribute("templateTypes")
	List<TemplateType> templateTypes() {
		return List.of(TemplateType.values());
	}

}
