package org.rapidstart.customer.design;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.template.DesignedTemplate;
import org.rapidstart.provisioning.template.TemplateDesign;
import org.rapidstart.provisioning.template.TemplateSummary;
import org.rapidstart.provisioning.template.ViewerTenant;
import org.rapidstart.questionnaire.model.Template;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Copy from another tenant: the templates of the tenants where the signed-in account holds the Viewer role, each
 * of which can be copied into this tenant (unpublished, under a name of the designer's choice), and their
 * functional areas, each of which can be copied into one of this tenant's unpublished templates.
 */
@Controller
@RequestMapping(Positions.DESIGN + "/other-tenants")
class OtherTenantsController {

	private final TemplateDesign design;

	private final Outcomes outcomes;

	OtherTenantsController(TemplateDesign design, Outcomes outcomes) {
		this.design = design;
		this.outcomes = outcomes;
	}

	@GetMapping
	String list(CustomerActor actor, Model model) {
		Map<ViewerTenant, List<TemplateSummary>> tenants = new LinkedHashMap<>();
		for (ViewerTenant tenant : this.design.viewerTenants(actor)) {
			tenants.put(tenant, this.design.templatesOf(actor, tenant.customerId()));
		}
		model.addAttribute("tenants", tenants);
		return "design/other-tenants";
	}

	@GetMapping("/{customerId}/templates/{templateId}/copy")
	String copyForm(CustomerActor actor, @PathVariable long customerId, @PathVariable long templateId, Model model) {
		Template source = source(actor, customerId, templateId, model);
		model.addAttribute("copyForm", CopyForm.named(source.name()));
		return "design/copy";
	}

	@PostMapping("/{customerId}/templates/{templateId}/copy")
	String copy(CustomerActor actor, @PathVariable long customerId, @PathVariable long templateId,
			@Valid @ModelAttribute("copyForm") CopyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Template source = source(actor, customerId, templateId, model);
		return this.outcomes.submit(result, () -> {
			DesignedTemplate copy = this.design.copyFromTenant(actor, customerId, templateId, form.getName());
			redirect.addFlashAttribute("message", "'" + source.name() + "' was copied from "
					+ model.getAttribute("sourceTenant") + " as '" + copy.template().name()
					+ "'. The copy is unpublished.");
			return "redirect:" + Positions.template(copy.id());
		}, () -> "design/copy");
	}

	/** The functional areas of another tenant's template, each of which can be copied into one of ours. */
	@GetMapping("/{customerId}/templates/{templateId}/areas")
	String areas(CustomerActor actor, @PathVariable long customerId, @PathVariable long templateId, Model model) {
		model.addAttribute("sourceTemplate", source(actor, customerId, templateId, model));
		model.addAttribute("customerId", customerId);
		model.addAttribute("templateId", templateId);
		model.addAttribute("targets", this.design.templates(actor)
			.stream()
			.filter(t -> !t.builtIn() && !t.published())
			.toList());
		return "design/other-tenant-areas";
	}

	@PostMapping("/{customerId}/templates/{templateId}/areas/{a}/copy")
	String copyArea(CustomerActor actor, @PathVariable long customerId, @PathVariable long templateId,
			@PathVariable int a, @RequestParam long target, RedirectAttributes redirect) {
		String area = Positions.area(this.design.templateOf(actor, customerId, templateId), a).name();
		String back = Positions.DESIGN + "/other-tenants/" + customerId + "/templates/" + templateId + "/areas";
		return this.outcomes.run(redirect, Positions.template(target), back, () -> {
			this.design.copyFunctionalAreaFromTenant(actor, customerId, templateId, area, target);
			return "The functional area '" + area + "' was copied. It is unpublished.";
		});
	}

	/** The template of another tenant (where the actor holds Viewer) a page is about, named on the page. */
	private Template source(CustomerActor actor, long customerId, long templateId, Model model) {
		ViewerTenant tenant = this.design.viewerTenant(actor, customerId);
		Template source = this.design.templateOf(actor, customerId, templateId);
		model.addAttribute("source", source.name());
		model.addAttribute("sourceTenant", tenant.organisationName());
		return source;
	}

}
